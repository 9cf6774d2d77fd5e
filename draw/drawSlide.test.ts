import { createCanvas, type Canvas } from 'canvas';
import * as fab from 'fabric/node';
import { describe, expect, it } from 'vitest';
import { Slide, type SlideInput } from '../shared/model/postDocument';
import { SlideObject, type SlideObjectInput } from '../shared/model/slideObjects';
import type { DrawContext } from './drawContext';
import { drawingOrder, drawObject, drawSlide } from './drawObject';
import { windowMatrix } from './imageFilters';

/** A grey ramp: column x has grey level x (0–255), 256 × 64. */
function greyRamp(): Canvas {
  const c = createCanvas(256, 64);
  const g = c.getContext('2d');
  for (let x = 0; x < 256; x++) {
    g.fillStyle = `rgb(${x},${x},${x})`;
    g.fillRect(x, 0, 1, 64);
  }
  return c;
}

function render(slide: SlideInput, images: Record<string, Canvas>, size = { w: 256, h: 64 }, mode: DrawContext['mode'] = 'export') {
  const canvas = new fab.StaticCanvas(undefined, { width: size.w, height: size.h, enableRetinaScaling: false });
  const drawn = drawSlide(fab, canvas, Slide.parse(slide), { mode, image: (id) => (images[id] as never) ?? null });
  const data = canvas.getNodeCanvas().getContext('2d').getImageData(0, 0, size.w, size.h).data;
  const px = (x: number, y: number) => Array.from(data.slice((y * size.w + x) * 4, (y * size.w + x) * 4 + 4));
  return { px, drawn };
}

const image = (extra: Partial<SlideObjectInput> = {}): SlideObjectInput =>
  ({ type: 'image', id: 'img', assetId: 'ramp', x: 0, y: 0, width: 256, height: 64, ...extra }) as SlideObjectInput;

describe('drawSlide', () => {
  it('maps a window exactly: level − width/2 → 0, level + width/2 → 255, linear between', () => {
    const m = windowMatrix({ level: 100, width: 80 });
    const apply = (g: number) => g * m[0] + m[4] * 255;
    expect(apply(60)).toBeCloseTo(0, 9);
    expect(apply(140)).toBeCloseTo(255, 9);
    expect(apply(100)).toBeCloseTo(127.5, 9);
    const { px } = render({ id: 's', objects: [image({ window: { level: 100, width: 80 } })] }, { ramp: greyRamp() });
    expect(px(40, 10)[0]).toBe(0);
    expect(px(60, 10)[0]).toBe(0);
    expect(px(140, 10)[0]).toBe(255);
    expect(px(200, 10)[0]).toBe(255);
    expect(Math.abs(px(100, 10)[0] - 127.5)).toBeLessThanOrEqual(1);
    expect(Math.abs(px(120, 10)[0] - 191.25)).toBeLessThanOrEqual(1);
  });

  it('crops by fractions of the source and flips', () => {
    // The right half of the ramp, stretched over the whole slide: column x shows grey 128 + x/2.
    const { px } = render({ id: 's', objects: [image({ crop: { x: 0.5, y: 0, width: 0.5, height: 1 } })] }, { ramp: greyRamp() });
    expect(Math.abs(px(10, 5)[0] - 133)).toBeLessThanOrEqual(2);
    expect(Math.abs(px(250, 5)[0] - 253)).toBeLessThanOrEqual(2);
    const flipped = render({ id: 's', objects: [image({ flipX: true })] }, { ramp: greyRamp() });
    expect(Math.abs(flipped.px(10, 5)[0] - 245)).toBeLessThanOrEqual(1);
  });

  it('draws a missing image as a neutral placeholder instead of failing', () => {
    const { px } = render({ id: 's', objects: [image({ assetId: 'gone' })] }, {});
    expect(px(100, 30)).toEqual([0xd8, 0xdc, 0xe2, 255]);
  });

  it('burns a solid redaction in its exact fill, proposed or not, in the export', () => {
    for (const status of ['accepted', 'proposed'] as const) {
      const { px } = render(
        { id: 's', objects: [image(), { type: 'redaction', id: 'r', x: 20, y: 10, width: 60, height: 30, fill: '#123456', status, imageId: 'img' }] },
        { ramp: greyRamp() },
      );
      for (const [x, y] of [[20, 10], [79, 39], [50, 25]]) expect(px(x, y)).toEqual([0x12, 0x34, 0x56, 255]);
      expect(px(19, 25)[0]).toBe(19);
    }
    const seeThrough = render({ id: 's', objects: [image(), { type: 'redaction', id: 'r', x: 20, y: 10, width: 60, height: 30, fill: '#12345600' }] }, { ramp: greyRamp() });
    expect(seeThrough.px(50, 25)).toEqual([0x12, 0x34, 0x56, 255]);
  });

  it('leaves a rejected proposal out of the export and outlines it in the editor', () => {
    const slide = { id: 's', objects: [image(), { type: 'redaction', id: 'r', x: 100, y: 10, width: 60, height: 40, status: 'rejected', imageId: 'img' }] } as SlideInput;
    const exported = render(slide, { ramp: greyRamp() });
    expect(exported.drawn.map((o) => o.medpostId)).toEqual(['img']);
    expect(exported.px(130, 30)[0]).toBe(130);
    const edited = render(slide, { ramp: greyRamp() }, undefined, 'editor');
    expect(edited.drawn.map((o) => o.medpostId)).toEqual(['img', 'r']);
    expect(edited.px(130, 30)[0]).toBe(130);
  });

  it('shows a proposed redaction see-through in the editor', () => {
    const { px } = render(
      { id: 's', objects: [image(), { type: 'redaction', id: 'r', x: 100, y: 10, width: 60, height: 40, fill: '#000000', status: 'proposed', imageId: 'img' }] },
      { ramp: greyRamp() }, undefined, 'editor',
    );
    expect(px(130, 30)[0]).toBeGreaterThan(20);
  });

  it('pixelates the image under a box into at least 6 cells, with no pixel of the ramp left', () => {
    for (const mode of ['pixelate', 'blur'] as const) {
      const box = { x: 64, y: 0, width: 128, height: 64 };
      const { px } = render(
        { id: 's', objects: [image(), { type: 'redaction', id: 'r', ...box, mode, imageId: 'img' }] },
        { ramp: greyRamp() },
      );
      const row = Array.from({ length: box.width }, (_, i) => px(box.x + i, 32)[0]);
      const distinct = new Set(row);
      // A ramp has 128 distinct greys here; a mosaic of ≤ 10-pixel cells keeps at most ~13 (blur smooths the steps, it never restores them).
      if (mode === 'pixelate') expect(distinct.size).toBeLessThanOrEqual(14);
      expect(distinct.size).toBeGreaterThanOrEqual(mode === 'pixelate' ? 6 : 2);
      expect(Math.abs(row[64] - 128)).toBeLessThan(16);
    }
  });

  it('draws arrows with heads at the right end, dashed when asked', () => {
    const arrow = drawObject(fab, SlideObject.parse({ type: 'line', id: 'l', x1: 10, y1: 50, x2: 210, y2: 50, stroke: '#ff0000', strokeWidth: 8, startEnd: 'dot', dashed: true }), { mode: 'export', image: () => null });
    const parts = (arrow as unknown as fab.Group).getObjects();
    expect(parts.map((p) => p.constructor.name)).toEqual(['Line', 'Circle', 'Polygon']);
    expect((parts[0] as fab.Line).strokeDashArray).toEqual([20, 14.4]);
    const r = arrow.getBoundingRect();
    expect(Math.abs(r.left + r.width - 210)).toBeLessThan(1); // the head's tip ends at (x2, y2)
    const { px } = render({ id: 's', background: '#ffffff', objects: [{ type: 'line', id: 'l', x1: 10, y1: 32, x2: 240, y2: 32, stroke: '#ff0000' }] }, {});
    expect(px(236, 32)).toEqual([255, 0, 0, 255]);
    expect(px(120, 32)).toEqual([255, 0, 0, 255]);
    expect(px(120, 50)).toEqual([255, 255, 255, 255]);
  });

  it('never draws a redaction below the image it sits on', () => {
    const objects = [
      { type: 'redaction', id: 'r', x: 0, y: 0, width: 10, height: 10, imageId: 'img' },
      { type: 'shape', id: 's', shape: 'rect', x: 0, y: 0, width: 10, height: 10, fill: '#ff0000' },
      image(),
      { type: 'text', id: 't', x: 0, y: 0, width: 10, height: 10, text: 'x', style: { fontFamily: 'DejaVu Sans', fontSize: 10, fontWeight: 400, italic: false, fill: '#000000' } },
    ].map((o) => SlideObject.parse(o));
    expect(drawingOrder(objects).map((o) => o.id)).toEqual(['s', 'img', 'r', 't']);
    const { drawn } = render({ id: 's', objects }, { ramp: greyRamp() });
    expect(drawn.map((o) => o.medpostId)).toEqual(['s', 'img', 'r', 't']);
  });
});
