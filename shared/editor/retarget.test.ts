import { describe, expect, it } from 'vitest';
import { applyCommand } from '../commands/applyCommand';
import type { PostDocument } from '../model/postDocument';
import { SlideObject, type ImageObject, type RedactionObject, type TextObject } from '../model/slideObjects';
import { boundsOf, insideRect } from './geometry';
import { MIN_READABLE_FONT, retargetCommand, retargetDocument, safeRect } from './retarget';
import { docOf, image, line, redaction, shape, slideOf, text } from '../../test/fixtures/slideObjects';

// A teaching slide at Instagram portrait size: a full-bleed background, a title pinned to the
// top, an X-ray in the middle with two redactions, an arrow and marker on it, a caption and a
// handle pinned to the bottom.
function portraitPost(): PostDocument {
  const slide = slideOf('s1', [
    image('bg', { x: 0, y: 0, width: 1080, height: 1350 }, { anchor: { x: 'stretch', y: 'stretch' } }),
    text('title', { x: 60, y: 80, width: 960, height: 160 }, { anchor: { x: 'stretch', y: 'top' }, style: { fontFamily: 'Inter', fontSize: 72, fontWeight: 700, italic: false, fill: '#111111' } }),
    image('xray', { x: 140, y: 300, width: 800, height: 700 }, { crop: { x: 0.1, y: 0, width: 0.8, height: 1 } }),
    redaction('r-name', 'xray', { x: 160, y: 320, width: 200, height: 40 }),
    redaction('r-bg', 'bg', { x: 560, y: 650, width: 150, height: 40 }),
    line('arrow', 300, 400, 500, 600, { strokeWidth: 12 }),
    SlideObject.parse({ id: 'm1', type: 'marker', number: 1, fill: '#ff0000', x: 510, y: 610, width: 60, height: 60, rotation: 30 }),
    shape('band', { x: 0, y: 1150, width: 1080, height: 200 }, { anchor: { x: 'stretch', y: 'bottom' } }),
    text('caption', { x: 60, y: 1180, width: 960, height: 100 }, { anchor: { x: 'stretch', y: 'bottom' }, style: { fontFamily: 'Inter', fontSize: 36, fontWeight: 400, italic: false, fill: '#111111' } }),
    text('handle', { x: 780, y: 1290, width: 260, height: 40 }, { anchor: { x: 'right', y: 'bottom' } }),
  ]);
  return docOf([slide, slideOf('s2', [text('t2', { x: 100, y: 600, width: 880, height: 150 })])]);
}

const square = { formatId: 'instagram-square', width: 1080, height: 1080 };
const landscape = { formatId: 'linkedin-landscape', width: 1080, height: 566 };
const story = { formatId: 'instagram-story', width: 1080, height: 1920 };
const storySafe = { top: 250, right: 0, bottom: 340, left: 0 };

const byId = (doc: PostDocument, slide = 0) => Object.fromEntries(doc.slides[slide].objects.map((o) => [o.id, o]));
/** The picture's own proportions: the box's aspect divided by the shown part's aspect. */
const pictureAspect = (i: ImageObject) => i.width / i.height / (i.crop.width / i.crop.height);
/** Where a redaction's centre falls in its image's source, as fractions. */
function sourcePoint(r: RedactionObject, img: ImageObject) {
  const u = (r.x + r.width / 2 - img.x) / img.width;
  const v = (r.y + r.height / 2 - img.y) / img.height;
  return { x: img.crop.x + u * img.crop.width, y: img.crop.y + v * img.crop.height };
}

describe.each([
  ['1:1', square, 0.8],
  ['landscape', landscape, 566 / 1350],
  ['story', story, 1],
])('retargetDocument to %s', (_name, canvas, s) => {
  const before = portraitPost();
  const { doc } = retargetDocument(before, canvas, null);
  const old = byId(before);
  const now = byId(doc);

  it('sets the new canvas and keeps every object inside it', () => {
    expect(doc.canvas).toEqual(canvas);
    for (const slide of doc.slides) {
      for (const o of slide.objects) expect(insideRect(boundsOf(o), { x: 0, y: 0, ...canvas }), o.id).toBe(true);
    }
  });

  it('keeps every picture’s proportions, stretched background included', () => {
    for (const id of ['bg', 'xray']) {
      expect(pictureAspect(now[id] as ImageObject)).toBeCloseTo(pictureAspect(old[id] as ImageObject), 9);
    }
    expect(now.bg).toMatchObject({ x: 0, y: 0, width: 1080, height: canvas.height });
  });

  it('scales the centred X-ray uniformly about the canvas centre', () => {
    const x = now.xray as ImageObject;
    expect(x.width).toBeCloseTo(800 * s, 9);
    expect(x.height).toBeCloseTo(700 * s, 9);
    expect(x.x + x.width / 2).toBeCloseTo(540, 9);
    expect(x.y + x.height / 2).toBeCloseTo(canvas.height / 2 + (650 - 675) * s, 9);
  });

  it('keeps redactions over the same part of their picture', () => {
    for (const [r, img] of [['r-name', 'xray'], ['r-bg', 'bg']]) {
      const a = sourcePoint(old[r] as RedactionObject, old[img] as ImageObject);
      const b = sourcePoint(now[r] as RedactionObject, now[img] as ImageObject);
      expect(b.x, r).toBeCloseTo(a.x, 9);
      expect(b.y, r).toBeCloseTo(a.y, 9);
    }
  });

  it('pins the title to the top and the caption to the bottom, keeping margins scaled', () => {
    const title = now.title as TextObject;
    expect(title.y).toBeCloseTo(80 * s, 9);
    expect(title.x).toBeCloseTo(60 * s, 9);
    expect(title.x + title.width).toBeCloseTo(1080 - 60 * s, 9);
    const caption = now.caption as TextObject;
    expect(caption.y + caption.height).toBeCloseTo(canvas.height - 70 * s, 9);
    const handle = now.handle as TextObject;
    expect(handle.x + handle.width).toBeCloseTo(1080 - 40 * s, 9);
  });

  it('scales fonts and strokes by the same factor as the layout', () => {
    expect((now.title as TextObject).style.fontSize).toBeCloseTo(72 * s, 1);
    expect((now.arrow as { strokeWidth: number }).strokeWidth).toBeCloseTo(12 * s, 9);
  });
});

describe('retargetDocument warnings', () => {
  it('names the objects outside a story’s safe zone, not backgrounds, shapes or redactions', () => {
    const { warnings } = retargetDocument(portraitPost(), story, storySafe);
    const named = warnings.filter((w) => /safe zone/.test(w.message)).map((w) => w.objectId).sort();
    expect(named).toEqual(['caption', 'handle', 'title']);
    expect(warnings.find((w) => w.objectId === 'title')).toMatchObject({ slideId: 's1' });
    expect(warnings.find((w) => w.objectId === 'caption')?.message).toMatch(/^This text reaches outside the safe zone/);
  });

  it('gives no safe-zone warning when there is no safe zone, and none for an object inside it', () => {
    expect(retargetDocument(portraitPost(), story, null).warnings).toEqual([]);
    const ok = retargetDocument(portraitPost(), story, storySafe).warnings;
    expect(ok.some((w) => w.objectId === 'xray' || w.objectId === 't2')).toBe(false);
  });

  it('warns when text shrinks below a readable size', () => {
    const { warnings } = retargetDocument(portraitPost(), landscape, null);
    const small = warnings.filter((w) => /hard to read/.test(w.message)).map((w) => w.objectId);
    // caption 36 → 15.1 px and handle/t2 40 → 16.8 px; the title stays above 20 px
    expect(small.sort()).toEqual(['caption', 'handle', 't2']);
    expect(MIN_READABLE_FONT).toBe(20);
  });

  it('shrinks an object larger than the new slide, keeps it inside, and says so', () => {
    const doc = docOf([slideOf('s', [shape('wide', { x: -60, y: 600, width: 1200, height: 100 }), line('long', -100, 10, 1180, 10, { anchor: { x: 'left', y: 'top' } })])]);
    const { doc: out, warnings } = retargetDocument(doc, story, null);
    for (const o of out.slides[0].objects) expect(insideRect(boundsOf(o), { x: 0, y: 0, width: 1080, height: 1920 })).toBe(true);
    const wide = out.slides[0].objects[0] as { width: number; height: number };
    expect(wide.width / wide.height).toBeCloseTo(12, 9);
    expect(warnings.map((w) => w.objectId)).toEqual(['wide', 'long']);
    expect(warnings[0].message).toMatch(/shrunk to fit/);
  });

  it('slides an object that hung off the old canvas back onto the new one without shrinking it', () => {
    const doc = docOf([slideOf('s', [shape('off', { x: 1000, y: 10, width: 200, height: 50 }, { anchor: { x: 'left', y: 'top' } })])]);
    const { doc: out, warnings } = retargetDocument(doc, story, null);
    expect(out.slides[0].objects[0]).toMatchObject({ x: 880, width: 200 });
    expect(warnings).toEqual([]);
  });

  it('keeps a rotated object inside the canvas by its rotated bounds', () => {
    const doc = docOf([slideOf('s', [shape('rot', { x: 900, y: 1200, width: 200, height: 40 }, { rotation: 45, anchor: { x: 'right', y: 'bottom' } })])]);
    const out = retargetDocument(doc, landscape, null).doc;
    expect(insideRect(boundsOf(out.slides[0].objects[0]), { x: 0, y: 0, width: 1080, height: 566 })).toBe(true);
  });

  it('warns when a redaction’s part of the picture is cropped out of view, and keeps it with the picture', () => {
    const doc = docOf([slideOf('s', [image('img', { x: 0, y: 0, width: 1080, height: 1350 }, { anchor: { x: 'stretch', y: 'stretch' } }), redaction('r', 'img', { x: 900, y: 20, width: 150, height: 40 })])]);
    const { doc: out, warnings } = retargetDocument(doc, square, null);
    // the square keeps the middle 80% of the picture's height: the top 10% (y < 135) is gone
    const r = out.slides[0].objects[1] as RedactionObject;
    expect(r.y + r.height).toBeLessThan(0);
    expect(warnings).toEqual([{ slideId: 's', objectId: 'r', message: expect.stringMatching(/cropped out of view/) }]);
  });

  it('trims only the part of an attached redaction that hangs off the canvas', () => {
    const doc = docOf([slideOf('s', [image('img', { x: 0, y: 0, width: 1080, height: 1350 }, { anchor: { x: 'stretch', y: 'stretch' } }), redaction('r', 'img', { x: 1000, y: 100, width: 200, height: 50 })])]);
    const r = retargetDocument(doc, square, null).doc.slides[0].objects[1];
    expect(r).toMatchObject({ x: 1000 * 1, width: 80 });
  });
});

describe('retargetCommand', () => {
  it('applies to the same document retargetDocument returns, and undoes to the original', () => {
    const doc = portraitPost();
    const { command, warnings } = retargetCommand(doc, square, storySafe);
    const applied = applyCommand(doc, command);
    expect(applied.doc).toEqual(retargetDocument(doc, square, storySafe).doc);
    expect(warnings.length).toBeGreaterThan(0);
    expect(applyCommand(applied.doc, applied.inverse).doc).toEqual(doc);
  });

  it('starts with canvas.set and patches only the fields that changed', () => {
    const { command } = retargetCommand(portraitPost(), story, null);
    if (command.type !== 'batch') throw new Error('expected a batch');
    expect(command.commands[0]).toEqual({ type: 'canvas.set', canvas: story });
    const title = command.commands.find((c) => c.type === 'object.update' && c.objectId === 'title');
    // story is as wide as portrait: the title (pinned top, full width) does not move at all
    expect(title).toBeUndefined();
    const caption = command.commands.find((c) => c.type === 'object.update' && c.objectId === 'caption');
    expect(caption).toEqual({ type: 'object.update', slideId: 's1', objectId: 'caption', patch: { y: 1750 } });
  });

  it('is just the canvas change for the same size', () => {
    const doc = portraitPost();
    const { command } = retargetCommand(doc, { ...doc.canvas, formatId: 'other' }, null);
    expect(command).toEqual({ type: 'batch', commands: [{ type: 'canvas.set', canvas: { ...doc.canvas, formatId: 'other' } }] });
  });
});

describe('safeRect', () => {
  it('is the canvas minus the insets, or the whole canvas without a safe zone', () => {
    expect(safeRect({ width: 1080, height: 1920 }, storySafe)).toEqual({ x: 0, y: 250, width: 1080, height: 1330 });
    expect(safeRect({ width: 100, height: 200 }, null)).toEqual({ x: 0, y: 0, width: 100, height: 200 });
  });
});
