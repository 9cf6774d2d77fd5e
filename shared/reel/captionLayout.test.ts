import { describe, expect, it } from 'vitest';
import { CaptionStyle } from '../model/reel';
import type { SlideObject } from '../model/slideObjects';
import { SlideObject as SlideObjectSchema } from '../model/slideObjects';
import { contentArea } from '../templates/contentArea';
import { captionObject, captionObjects, placeCaption } from './captionLayout';
import { estimateLineWidth } from './captionMetrics';

const reel = { width: 1080, height: 1920 };
const reelsSafe = { top: 270, right: 65, bottom: 670, left: 65 };
const style = (extra: Partial<CaptionStyle> = {}) => CaptionStyle.parse(extra);
type Boxed = Extract<SlideObject, { width: number }>;

function inside(o: Boxed, area: { x: number; y: number; width: number; height: number }) {
  expect(o.x).toBeGreaterThanOrEqual(area.x);
  expect(o.y).toBeGreaterThanOrEqual(area.y);
  expect(o.x + o.width).toBeLessThanOrEqual(area.x + area.width);
  expect(o.y + o.height).toBeLessThanOrEqual(area.y + area.height);
}

describe('captionObjects', () => {
  it('puts a box and centred words at the bottom of the safe area, the words inside the box', () => {
    const objects = captionObjects('Look at the apex', style(), reel, reelsSafe, 'c1');
    expect(objects.map((o) => [o.id, o.type])).toEqual([
      ['c1-box', 'shape'],
      ['c1-text', 'text'],
    ]);
    for (const o of objects) expect(SlideObjectSchema.safeParse(o).success).toBe(true);
    const [box, text] = objects as [Extract<SlideObject, { type: 'shape' }>, Extract<SlideObject, { type: 'text' }>];
    const area = contentArea(reel, reelsSafe);
    inside(box, area);
    inside(text, box);
    expect(box.y + box.height).toBe(area.y + area.height);
    expect(Math.abs(box.x + box.width / 2 - (area.x + area.width / 2))).toBeLessThanOrEqual(1);
    expect(box.fill).toBe('#000000b3');
    expect(text.text).toBe('Look at the apex');
    expect(text.style).toMatchObject({ fontFamily: 'Source Sans 3', fontSize: 54, fontWeight: 700, fill: '#ffffff' });
    expect(text.align).toBe('center');
    expect(text.autoFit).toBe(true);
    // As wide as the words, not the whole area.
    expect(box.width).toBeLessThan(area.width * 0.6);
    expect(text.width).toBeGreaterThanOrEqual(estimateLineWidth('Look at the apex', 'Source Sans 3', 54, true) - 1);
  });

  it('places top and middle captions inside the safe area too', () => {
    const area = contentArea(reel, reelsSafe);
    const top = captionObjects('Top', style({ position: 'top' }), reel, reelsSafe)[0] as Boxed;
    expect(top.y).toBe(area.y);
    const middle = captionObjects('Middle', style({ position: 'middle' }), reel, reelsSafe)[0] as Boxed;
    expect(Math.abs(middle.y + middle.height / 2 - (area.y + area.height / 2))).toBeLessThanOrEqual(1);
    inside(middle, area);
  });

  it('wraps a line too wide for the safe area and keeps given line breaks', () => {
    const long = 'Pulmonary embolism presents with pleuritic chest pain, breathlessness and tachycardia';
    const text = captionObject(`${long}\nSecond`, style({ sizePx: 80 }), reel, reelsSafe);
    const area = contentArea(reel, reelsSafe);
    inside(text, area);
    const lines = text.text.split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(lines.at(-1)).toBe('Second');
    expect(lines.slice(0, -1).join(' ')).toBe(long);
    for (const l of lines) expect(estimateLineWidth(l, 'Source Sans 3', 80, true)).toBeLessThanOrEqual(text.width);
    expect(text.height).toBeGreaterThanOrEqual(lines.length * 80 * 1.13);
  });

  it('leaves the box out for a fully transparent background and obeys a landscape canvas without safe zone', () => {
    const objects = captionObjects('No box', style({ background: '#00000000' }), { width: 1920, height: 1080 }, null);
    expect(objects.map((o) => o.type)).toEqual(['text']);
    inside(objects[0] as Boxed, contentArea({ width: 1920, height: 1080 }, null));
  });

  it('never exceeds the area for a text longer than the area is tall (auto-fit shrinks it when drawn)', () => {
    const words = Array.from({ length: 200 }, () => 'word').join(' ');
    const [box, text] = captionObjects(words, style({ sizePx: 120 }), reel, reelsSafe) as Boxed[];
    const area = contentArea(reel, reelsSafe);
    inside(box, area);
    inside(text, box);
  });

  it('estimates unknown fonts wide', () => {
    expect(estimateLineWidth('Hello', 'Comic Neue', 100, false)).toBeGreaterThan(estimateLineWidth('Hello', 'Inter', 100, false));
    expect(placeCaption('x', style(), reel, reelsSafe).lines).toEqual(['x']);
  });
});
