import { describe, expect, it } from 'vitest';
import { image, slideOf } from '../../test/fixtures/slideObjects';
import { MarkerObject } from '../../shared/model/slideObjects';
import { imageUnder, objectForTool } from './tools';

const canvas = { formatId: 'test', width: 1080, height: 1350 };
const slide = slideOf('s', [image('img', { x: 100, y: 100, width: 600, height: 400 }), MarkerObject.parse({ id: 'm', type: 'marker', x: 0, y: 0, width: 50, height: 50, number: 3, fill: '#ff0000' })]);
const drag = (x1: number, y1: number, x2: number, y2: number) => ({ from: { x: x1, y: y1 }, to: { x: x2, y: y2 } });

describe('objectForTool', () => {
  it('draws a rectangle over the dragged box, from either corner', () => {
    expect(objectForTool('rectangle', slide, canvas, drag(300, 200, 100, 50), false)).toMatchObject({ type: 'shape', shape: 'rect', x: 100, y: 50, width: 200, height: 150 });
  });
  it('draws an arrow from where the press started to where it ended', () => {
    expect(objectForTool('arrow', slide, canvas, drag(10, 20, 300, 400), false)).toMatchObject({ type: 'line', x1: 10, y1: 20, x2: 300, y2: 400, endEnd: 'arrow' });
  });
  it('places the next marker number on a click', () => {
    const m = objectForTool('marker', slide, canvas, drag(500, 500, 500, 500), true);
    expect(m).toMatchObject({ type: 'marker', number: 4 });
    if (m.type === 'marker') expect(m.x + m.width / 2).toBeCloseTo(500);
  });
  it('a redaction drawn on an image belongs to it, solid and accepted', () => {
    expect(objectForTool('redaction', slide, canvas, drag(150, 150, 350, 200), false)).toMatchObject({ type: 'redaction', imageId: 'img', mode: 'solid', status: 'accepted' });
    expect(objectForTool('redaction', slide, canvas, drag(900, 900, 950, 950), false)).toMatchObject({ imageId: null });
  });
  it('a click with the text tool makes a text box of the default size there', () => {
    const t = objectForTool('text', slide, canvas, drag(540, 600, 540, 600), true);
    expect(t.type).toBe('text');
    if (t.type === 'text') expect(t.x + t.width / 2).toBeCloseTo(540);
  });
});

it('imageUnder finds the topmost image, honouring rotation', () => {
  const turned = slideOf('s', [image('t', { x: 0, y: 0, width: 400, height: 100 }, { rotation: 90 })]);
  expect(imageUnder(turned, { x: 200, y: 190 })?.id).toBe('t');
  expect(imageUnder(turned, { x: 20, y: 50 })).toBeNull();
});
