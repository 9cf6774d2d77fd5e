import { createCanvas } from 'canvas';
import * as fab from 'fabric/node';
import { describe, expect, it } from 'vitest';
import { SlideObject, type SlideObjectInput } from '../shared/model/slideObjects';
import type { DrawContext } from './drawContext';
import { drawObject } from './drawObject';

const exportCtx = (images: Record<string, unknown> = {}): DrawContext => ({
  mode: 'export',
  image: (id) => (images[id] as never) ?? null,
});
const model = (o: SlideObjectInput) => SlideObject.parse(o);
const draw = (o: SlideObjectInput, ctx = exportCtx()) => drawObject(fab, model(o), ctx);

const textStyle = { fontFamily: 'DejaVu Sans', fontSize: 40, fontWeight: 400 as const, italic: false, fill: '#112233' };

function near(a: number, b: number, tol = 0.75) {
  expect(Math.abs(a - b), `${a} ≈ ${b}`).toBeLessThanOrEqual(tol);
}
function expectBox(o: fab.FabricObject, x: number, y: number, w: number, h: number) {
  const r = o.getBoundingRect();
  near(r.left, x);
  near(r.top, y);
  near(r.width, w);
  near(r.height, h);
}

describe('drawObject', () => {
  it('draws each object type as the right fabric class, origin top-left, carrying the model id', () => {
    const img = createCanvas(200, 100);
    const ctx = exportCtx({ a1: img });
    const cases: [SlideObjectInput, unknown][] = [
      [{ type: 'text', id: 't', x: 10, y: 20, width: 300, height: 200, text: 'Hello', style: textStyle }, fab.Textbox],
      [{ type: 'image', id: 'i', x: 0, y: 0, width: 400, height: 200, assetId: 'a1' }, fab.FabricImage],
      [{ type: 'shape', id: 's1', shape: 'rect', x: 5, y: 5, width: 50, height: 40, fill: '#ff0000' }, fab.Rect],
      [{ type: 'shape', id: 's2', shape: 'ellipse', x: 5, y: 5, width: 50, height: 40, fill: '#ff0000' }, fab.Ellipse],
      [{ type: 'shape', id: 's3', shape: 'triangle', x: 5, y: 5, width: 50, height: 40, fill: '#ff0000' }, fab.Triangle],
      [{ type: 'line', id: 'l', x1: 0, y1: 0, x2: 100, y2: 0, stroke: '#000000' }, fab.Group],
      [{ type: 'icon', id: 'c', icon: 'heart', x: 0, y: 0, width: 48, height: 48, fill: '#000000' }, fab.Path],
      [{ type: 'marker', id: 'm', number: 3, x: 0, y: 0, width: 60, height: 60, fill: '#0055ff' }, fab.Group],
      [{ type: 'redaction', id: 'r', x: 10, y: 10, width: 80, height: 30 }, fab.Group],
    ];
    for (const [input, cls] of cases) {
      const o = drawObject(fab, model(input), ctx);
      expect(o, input.type).toBeInstanceOf(cls);
      expect(o.originX).toBe('left');
      expect(o.originY).toBe('top');
      expect(o.medpostId).toBe(input.id);
      expect(o.medpostType).toBe(input.type);
    }
  });

  it('places boxed objects exactly in their box, the stroke inside it', () => {
    expectBox(draw({ type: 'shape', id: 's', shape: 'rect', x: 30, y: 40, width: 200, height: 100, fill: '#ff0000' }), 30, 40, 200, 100);
    expectBox(
      draw({ type: 'shape', id: 's', shape: 'ellipse', x: 30, y: 40, width: 200, height: 100, fill: null, stroke: '#000000', strokeWidth: 10 }),
      30, 40, 200, 100,
    );
    const round = draw({ type: 'shape', id: 's', shape: 'roundRect', x: 0, y: 0, width: 100, height: 60, fill: '#ff0000', radius: 500 });
    expect((round as unknown as fab.Rect).rx).toBe(30);
    expectBox(draw({ type: 'redaction', id: 'r', x: 12, y: 34, width: 56, height: 78 }), 12, 34, 56, 78);
    expectBox(draw({ type: 'marker', id: 'm', number: 12, x: 100, y: 100, width: 80, height: 60, fill: '#0055ff' }), 110, 100, 60, 60);
  });

  it('draws a built-in icon as a path filling its box, and an unknown id as a ring', () => {
    const heart = draw({ type: 'icon', id: 'h', icon: 'heart', x: 100, y: 100, width: 48, height: 48, fill: '#cc0000' });
    expect(heart).toBeInstanceOf(fab.Path);
    // The heart spans x 2–22 and y 3–21 of its 24-unit grid: scaled ×2 into the box.
    expectBox(heart, 104, 106, 40, 36);
    expect(draw({ type: 'icon', id: 'u', icon: 'no-such-icon', x: 0, y: 0, width: 48, height: 48, fill: '#000000' })).toBeInstanceOf(fab.Group);
  });

  it('rotates about the centre of the model box', () => {
    const o = draw({ type: 'shape', id: 's', shape: 'rect', x: 100, y: 200, width: 300, height: 100, rotation: 30, fill: '#ff0000' });
    expect(o.angle).toBe(30);
    const c = o.getCenterPoint();
    near(c.x, 250, 1e-6);
    near(c.y, 250, 1e-6);
    const quarter = draw({ type: 'shape', id: 's', shape: 'rect', x: 100, y: 200, width: 300, height: 100, rotation: 90, fill: '#f00000' });
    expectBox(quarter, 200, 100, 100, 300);
    const text = draw({ type: 'text', id: 't', x: 0, y: 0, width: 400, height: 400, rotation: 180, text: 'Hi', style: textStyle, autoFit: false });
    const corner = text.getCoords()[0]; // the text's own top-left, turned half a turn about (200, 200)
    near(corner.x, 400, 1e-6);
    near(corner.y, 400, 1e-6);
  });

  it('maps text style, per-range styles, alignment and line height onto the Textbox', () => {
    const t = draw({
      type: 'text', id: 't', x: 0, y: 0, width: 600, height: 400, text: 'Ab\ncdé😀f', style: { ...textStyle, italic: true, underline: true },
      ranges: [{ start: 1, end: 5, style: { fontWeight: 700 } }, { start: 4, end: 9, style: { fill: '#ff0000' } }],
      align: 'center', lineHeight: 1.13,
    }) as unknown as fab.Textbox;
    expect(t.fontStyle).toBe('italic');
    expect(t.underline).toBe(true);
    expect(t.textAlign).toBe('center');
    const justified = draw({ type: 'text', id: 'j', x: 0, y: 0, width: 300, height: 300, text: 'A B', style: textStyle, align: 'justify' }) as unknown as fab.Textbox;
    expect(justified.textAlign).toBe('justify-left');
    near(t.lineHeight, 1, 1e-9);
    // 'b' (offset 1) bold; '\n' is offset 2; 'c','d' bold; 'd' to 'f' red; the emoji (two code units) is one character.
    expect(t.styles).toMatchObject({
      0: { 1: { fontWeight: 700 } },
      1: { 0: { fontWeight: 700 }, 1: { fontWeight: 700, fill: '#ff0000' }, 2: { fill: '#ff0000' }, 3: { fill: '#ff0000' }, 4: { fill: '#ff0000' } },
    });
    expect(Object.keys(t.styles[0])).toEqual(['1']);
  });

  it('shrinks overflowing text until it fits its box, and never grows short text', () => {
    const long = 'Pneumothorax on the left with a deep sulcus sign, no mediastinal shift. '.repeat(6);
    const fitted = draw({ type: 'text', id: 't', x: 0, y: 0, width: 500, height: 300, text: long, style: { ...textStyle, fontSize: 80 } }) as unknown as fab.Textbox;
    expect(fitted.fontSize).toBeLessThan(80);
    expect(fitted.height).toBeLessThanOrEqual(300.5);
    expect(fitted.width).toBeLessThanOrEqual(500.5);
    // One half-pixel step larger would not fit: the search stops at the largest size that fits.
    const bigger = new fab.Textbox(long, { width: 500, fontFamily: 'DejaVu Sans', fontSize: fitted.fontSize + 0.5, lineHeight: fitted.lineHeight });
    expect(bigger.height > 300.5 || bigger.width > 500.5).toBe(true);
    // The search lands on the largest half-pixel size that fits, for boxes from tight to roomy.
    for (const [w, h, size] of [[200, 80, 30], [420, 500, 72], [900, 120, 120], [300, 1000, 200], [150, 30, 12]]) {
      const t = draw({ type: 'text', id: 't', x: 0, y: 0, width: w, height: h, text: long, style: { ...textStyle, fontSize: size } }) as unknown as fab.Textbox;
      const next = new fab.Textbox(long, { width: w, fontFamily: 'DejaVu Sans', fontSize: t.fontSize + 0.5, lineHeight: t.lineHeight });
      if (t.fontSize > 4) expect(t.height <= h + 0.5 && t.width <= w + 0.5, `${w}×${h} at ${t.fontSize}`).toBe(true);
      expect(next.height > h + 0.5 || next.width > w + 0.5, `${w}×${h}: ${t.fontSize + 0.5} would fit`).toBe(true);
    }
    const short = draw({ type: 'text', id: 't', x: 0, y: 0, width: 500, height: 300, text: 'Short', style: { ...textStyle, fontSize: 80 } }) as unknown as fab.Textbox;
    expect(short.fontSize).toBe(80);
    const fixed = draw({ type: 'text', id: 't', x: 0, y: 0, width: 500, height: 300, text: long, style: textStyle, autoFit: false }) as unknown as fab.Textbox;
    expect(fixed.fontSize).toBe(40);
  });
});
