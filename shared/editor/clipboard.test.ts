import { describe, expect, it } from 'vitest';
import { applyCommand } from '../commands/applyCommand';
import type { Command } from '../commands/command';
import type { PostDocument } from '../model/postDocument';
import type { SlideObject } from '../model/slideObjects';
import { copyObjects, duplicateSlide, pasteObjects, PASTE_STEP } from './clipboard';
import { docOf, idMaker, image, line, redaction, shape, slideOf, text } from '../../test/fixtures/slideObjects';
import { failureOf } from '../../test/fixtures/studioFailure';

const canvas = { width: 1080, height: 1350 };

const source = slideOf('s1', [
  image('img', { x: 100, y: 100, width: 400, height: 300 }, { groupId: 'G' }),
  redaction('red', 'img', { x: 120, y: 120, width: 50, height: 20 }),
  text('cap', { x: 100, y: 420, width: 400, height: 60 }, { groupId: 'G' }),
  shape('other', { x: 800, y: 800, width: 50, height: 50 }),
]);
const target = slideOf('s2', [shape('bg', { x: 0, y: 0, width: 1080, height: 1350 })]);

function pasted(doc: PostDocument, slideIndex: number, cmd: Command): SlideObject[] {
  const before = doc.slides[slideIndex].objects.length;
  return applyCommand(doc, cmd).doc.slides[slideIndex].objects.slice(before);
}

describe('copyObjects', () => {
  it('copies in stacking order and brings an image’s redactions even when not selected', () => {
    const p = copyObjects(source, ['cap', 'img']);
    expect(p.version).toBe(1);
    expect(p.sourceSlideId).toBe('s1');
    expect(p.objects.map((o) => o.id)).toEqual(['img', 'red', 'cap']);
  });

  it('is plain JSON, detached from the document', () => {
    const p = copyObjects(source, ['img']);
    expect(JSON.parse(JSON.stringify(p))).toEqual(p);
    expect(p.objects[0]).not.toBe(source.objects[0]);
  });

  it('copies nothing for an empty selection, and pasting that adds nothing', () => {
    const p = copyObjects(source, []);
    expect(p.objects).toEqual([]);
    expect(pasteObjects(p, target, canvas, idMaker())).toEqual({ type: 'batch', commands: [] });
  });
});

describe('pasteObjects', () => {
  it('lands in place on another slide, on top, with new ids and links remapped', () => {
    const doc = docOf([source, target]);
    const objs = pasted(doc, 1, pasteObjects(copyObjects(source, ['img', 'cap']), target, canvas, idMaker()));
    expect(objs.map((o) => [o.id, o.type])).toEqual([
      ['n1', 'image'],
      ['n2', 'redaction'],
      ['n3', 'text'],
    ]);
    expect(objs[0]).toMatchObject({ x: 100, y: 100, groupId: 'n4' });
    expect(objs[1]).toMatchObject({ imageId: 'n1', groupId: null, x: 120 });
    expect(objs[2]).toMatchObject({ groupId: 'n4' });
  });

  it('shifts by 24 px on the slide it came from, and by another step on each further paste', () => {
    let doc = docOf([source]);
    const payload = copyObjects(source, ['other']);
    const make = idMaker();
    const first = pasteObjects(payload, doc.slides[0], canvas, make);
    expect(pasted(doc, 0, first)[0]).toMatchObject({ x: 800 + PASTE_STEP, y: 800 + PASTE_STEP });
    doc = applyCommand(doc, first).doc;
    const second = pasteObjects(payload, doc.slides[0], canvas, make);
    expect(pasted(doc, 0, second)[0]).toMatchObject({ x: 848, y: 848 });
  });

  it('uses an explicit offset when given', () => {
    const objs = pasted(docOf([source]), 0, pasteObjects(copyObjects(source, ['other']), source, canvas, idMaker(), 0));
    expect(objs[0]).toMatchObject({ x: 800, y: 800 });
  });

  it('keeps the pasted set on the canvas, as a whole', () => {
    const corner = slideOf('c', [shape('a', { x: 1000, y: 1300, width: 60, height: 40 }), shape('b', { x: 900, y: 1200, width: 50, height: 50 })]);
    const objs = pasted(docOf([corner]), 0, pasteObjects(copyObjects(corner, ['a', 'b']), corner, canvas, idMaker()));
    // +24 would push a past the right (1084) and bottom (1364) edges: the set moves back by 4 and 14
    expect(objs.map((o) => [(o as { x: number }).x, (o as { y: number }).y])).toEqual([
      [1020, 1310],
      [920, 1210],
    ]);
  });

  it('pins a set larger than the canvas to its top-left', () => {
    const big = slideOf('b', [shape('huge', { x: -50, y: 40, width: 2000, height: 100 })]);
    const objs = pasted(docOf([big]), 0, pasteObjects(copyObjects(big, ['huge']), big, canvas, idMaker()));
    expect(objs[0]).toMatchObject({ x: 0, y: 64 });
  });

  it('moves lines by their endpoints', () => {
    const s = slideOf('l', [line('arrow', 10, 10, 200, 100)]);
    const objs = pasted(docOf([target]), 0, pasteObjects(copyObjects(s, ['arrow']), target, canvas, idMaker()));
    expect(objs[0]).toMatchObject({ x1: 10, y1: 10, x2: 200, y2: 100 });
  });

  it('keeps a lone redaction linked to its image on the same slide, and unlinks it elsewhere', () => {
    const payload = copyObjects(source, ['red']);
    const same = pasted(docOf([source]), 0, pasteObjects(payload, source, canvas, idMaker()));
    expect(same[0]).toMatchObject({ type: 'redaction', imageId: 'img' });
    const other = pasted(docOf([target]), 0, pasteObjects(payload, target, canvas, idMaker()));
    expect(other[0]).toMatchObject({ type: 'redaction', imageId: null });
  });

  it('accepts a payload that went through the system clipboard as text', () => {
    const raw = JSON.parse(JSON.stringify(copyObjects(source, ['cap'])));
    expect(pasted(docOf([target]), 0, pasteObjects(raw, target, canvas, idMaker()))[0].type).toBe('text');
  });

  it.each([
    ['plain text', 'hello'],
    ['null', null],
    ['a wrong version', { version: 99, objects: [] }],
    ['an object of unknown type', { version: 1, objects: [{ id: 'x', type: 'video' }] }],
    ['an object with a bad colour', { version: 1, objects: [{ id: 'x', type: 'shape', shape: 'rect', fill: 'red', x: 0, y: 0, width: 1, height: 1 }] }],
  ])('refuses %s in plain words', (_name, raw) => {
    const err = failureOf(() => pasteObjects(raw, target, canvas, idMaker()));
    expect(err.code).toBe('invalid_input');
    expect(err.message).toMatch(/clipboard does not hold MedPost Studio slide objects/);
  });
});

describe('duplicateSlide', () => {
  it('inserts a copy right after the slide, with every id new and links remapped', () => {
    const doc = docOf([source, target]);
    const cmd = duplicateSlide(doc, 's1', idMaker('d'));
    const after = applyCommand(doc, cmd).doc;
    expect(after.slides.map((s) => s.id)).toEqual(['s1', 'd1', 's2']);
    const copy = after.slides[1];
    const oldIds = new Set([...source.objects.map((o) => o.id), 'G']);
    for (const o of copy.objects) {
      expect(oldIds.has(o.id)).toBe(false);
      if (o.groupId) expect(oldIds.has(o.groupId)).toBe(false);
    }
    const img = copy.objects.find((o) => o.type === 'image');
    const red = copy.objects.find((o) => o.type === 'redaction');
    expect(red).toMatchObject({ imageId: img?.id, x: 120, y: 120 });
    expect(copy.objects.filter((o) => o.groupId !== null).map((o) => o.groupId)).toEqual([img?.groupId, img?.groupId]);
  });

  it('copies the slide’s background and alt text and leaves the original untouched', () => {
    const s = { ...target, background: '#202020', altText: 'A chest X-ray.' };
    const doc = docOf([s]);
    const after = applyCommand(doc, duplicateSlide(doc, 's2', idMaker())).doc;
    expect(after.slides[1]).toMatchObject({ background: '#202020', altText: 'A chest X-ray.' });
    expect(after.slides[0]).toEqual(s);
  });

  it('fails in plain words for a slide that is gone', () => {
    const err = failureOf(() => duplicateSlide(docOf([target]), 'nope', idMaker()));
    expect(err.code).toBe('not_found');
  });
});
