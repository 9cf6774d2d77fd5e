import { describe, expect, it } from 'vitest';
import { applyCommand } from '../commands/applyCommand';
import type { Command } from '../commands/command';
import type { Slide } from '../model/postDocument';
import { alignObjects, distributeObjects, moveObjects } from './alignment';
import { boundsOf } from './geometry';
import { docOf, image, line, redaction, shape, slideOf } from '../../test/fixtures/slideObjects';

const canvas = { width: 1080, height: 1350 };

/** Applies the command through the real applyCommand and returns each object's bounds by id. */
function after(slide: Slide, cmd: Command) {
  const { doc } = applyCommand(docOf([slide]), cmd);
  return Object.fromEntries(doc.slides[0].objects.map((o) => [o.id, boundsOf(o)]));
}

function updatedIds(cmd: Command): string[] {
  if (cmd.type !== 'batch') throw new Error('expected a batch');
  return cmd.commands.map((c) => (c.type === 'object.update' ? c.objectId : '?'));
}

const three = slideOf('s', [
  shape('a', { x: 10, y: 10, width: 100, height: 50 }),
  shape('b', { x: 200, y: 100, width: 50, height: 50 }),
  shape('c', { x: 400, y: 300, width: 80, height: 20 }),
]);

describe('alignObjects', () => {
  it('aligns left edges to the selection’s left edge; the leftmost does not move', () => {
    const cmd = alignObjects(three, ['a', 'b', 'c'], 'left', 'selection', canvas);
    expect(updatedIds(cmd)).toEqual(['b', 'c']);
    const b = after(three, cmd);
    expect([b.a.x, b.b.x, b.c.x]).toEqual([10, 10, 10]);
    expect([b.a.y, b.b.y, b.c.y]).toEqual([10, 100, 300]);
  });

  it('aligns right edges and bottoms to the selection', () => {
    const r = after(three, alignObjects(three, ['a', 'b', 'c'], 'right', 'selection', canvas));
    expect([r.a.x + r.a.width, r.b.x + r.b.width, r.c.x + r.c.width]).toEqual([480, 480, 480]);
    const bt = after(three, alignObjects(three, ['a', 'b', 'c'], 'bottom', 'selection', canvas));
    expect([bt.a.y + bt.a.height, bt.b.y + bt.b.height, bt.c.y + bt.c.height]).toEqual([320, 320, 320]);
  });

  it('centres on the slide, even a single object', () => {
    const slide = slideOf('s', [shape('a', { x: 10, y: 10, width: 100, height: 50 })]);
    const r = after(slide, alignObjects(slide, ['a'], 'centerX', 'slide', canvas));
    expect(r.a.x).toBe(490);
    const m = after(slide, alignObjects(slide, ['a'], 'middle', 'slide', canvas));
    expect(m.a.y).toBe(650);
  });

  it('does nothing for one object aligned to its own selection or for an empty selection', () => {
    expect(alignObjects(three, ['a'], 'left', 'selection', canvas)).toEqual({ type: 'batch', commands: [] });
    expect(alignObjects(three, [], 'top', 'slide', canvas)).toEqual({ type: 'batch', commands: [] });
    expect(alignObjects(three, ['nope'], 'top', 'slide', canvas)).toEqual({ type: 'batch', commands: [] });
  });

  it('leaves a locked object in place but still aligns the others to it', () => {
    const slide = slideOf('s', [
      shape('a', { x: 300, y: 10, width: 100, height: 50 }, { locked: true }),
      shape('b', { x: 500, y: 100, width: 50, height: 50 }),
      shape('c', { x: 600, y: 100, width: 50, height: 50 }),
    ]);
    const r = after(slide, alignObjects(slide, ['a', 'b', 'c'], 'left', 'selection', canvas));
    expect([r.a.x, r.b.x, r.c.x]).toEqual([300, 300, 300]);
    const s = after(slide, alignObjects(slide, ['a', 'b'], 'left', 'slide', canvas));
    expect([r.a.x, s.a.x, s.b.x]).toEqual([300, 300, 0]);
  });

  it('moves a group as one unit, keeping its members’ spacing', () => {
    const slide = slideOf('s', [
      shape('g1', { x: 100, y: 0, width: 50, height: 50 }, { groupId: 'G' }),
      shape('g2', { x: 200, y: 0, width: 50, height: 50 }, { groupId: 'G' }),
      shape('z', { x: 20, y: 300, width: 50, height: 50 }),
    ]);
    const r = after(slide, alignObjects(slide, ['g1', 'g2', 'z'], 'left', 'selection', canvas));
    expect([r.g1.x, r.g2.x, r.z.x]).toEqual([20, 120, 20]);
  });

  it('carries redactions on a moved image by the same delta, even unselected and locked ones', () => {
    const slide = slideOf('s', [
      image('img', { x: 100, y: 100, width: 400, height: 300 }),
      redaction('r1', 'img', { x: 120, y: 110, width: 50, height: 20 }),
      redaction('r2', 'img', { x: 300, y: 350, width: 80, height: 30 }, { locked: true }),
      redaction('loose', null, { x: 700, y: 700, width: 10, height: 10 }),
    ]);
    const cmd = alignObjects(slide, ['img'], 'left', 'slide', canvas);
    expect(updatedIds(cmd)).toEqual(['img', 'r1', 'r2']);
    const r = after(slide, cmd);
    expect([r.img.x, r.r1.x, r.r2.x, r.loose.x]).toEqual([0, 20, 200, 700]);
  });

  it('does not align a selected redaction on its own when its image is in the selection', () => {
    const slide = slideOf('s', [
      image('img', { x: 100, y: 100, width: 400, height: 300 }),
      redaction('r1', 'img', { x: 300, y: 110, width: 50, height: 20 }),
      shape('x', { x: 50, y: 600, width: 20, height: 20 }),
    ]);
    const r = after(slide, alignObjects(slide, ['img', 'r1', 'x'], 'left', 'selection', canvas));
    expect([r.img.x, r.r1.x, r.x.x]).toEqual([50, 250, 50]);
  });

  it('aligns a rotated object by its visible bounds and a line by its endpoints', () => {
    const slide = slideOf('s', [
      shape('rot', { x: 100, y: 100, width: 100, height: 20 }, { rotation: 90 }), // visible x 140..160
      line('l', 300, 0, 400, 100, { strokeWidth: 10 }), // visible x 295..405
    ]);
    const r = after(slide, alignObjects(slide, ['rot', 'l'], 'left', 'selection', canvas));
    expect(r.rot.x).toBeCloseTo(140, 9);
    expect(r.l.x).toBeCloseTo(140, 9);
  });
});

describe('distributeObjects', () => {
  it('makes the gaps equal between the outermost objects', () => {
    const slide = slideOf('s', [
      shape('a', { x: 0, y: 0, width: 100, height: 10 }),
      shape('b', { x: 150, y: 0, width: 50, height: 10 }),
      shape('c', { x: 500, y: 0, width: 100, height: 10 }),
    ]);
    const r = after(slide, distributeObjects(slide, ['c', 'a', 'b'], 'x'));
    // extent 0..600, sizes 250 → gaps of 175
    expect([r.a.x, r.b.x, r.c.x]).toEqual([0, 275, 500]);
  });

  it('distributes vertically and orders by position, not by selection order', () => {
    const slide = slideOf('s', [
      shape('low', { x: 0, y: 900, width: 10, height: 100 }),
      shape('top', { x: 0, y: 0, width: 10, height: 100 }),
      shape('mid', { x: 0, y: 120, width: 10, height: 100 }),
      shape('mid2', { x: 0, y: 130, width: 10, height: 100 }),
    ]);
    const r = after(slide, distributeObjects(slide, ['low', 'top', 'mid', 'mid2'], 'y'));
    expect([r.top.y, r.mid.y, r.mid2.y, r.low.y]).toEqual([0, 300, 600, 900]);
  });

  it('needs at least three movable units', () => {
    const none = { type: 'batch', commands: [] };
    expect(distributeObjects(three, ['a', 'b'], 'x')).toEqual(none);
    const locked = slideOf('s', [...three.objects.slice(0, 2), shape('c', { x: 900, y: 0, width: 5, height: 5 }, { locked: true })]);
    expect(distributeObjects(locked, ['a', 'b', 'c'], 'x')).toEqual(none);
  });

  it('leaves already even spacing unchanged (no commands)', () => {
    const slide = slideOf('s', [0, 1, 2, 3].map((i) => shape(`o${i}`, { x: i * 100, y: 0, width: 50, height: 50 })));
    expect(distributeObjects(slide, ['o0', 'o1', 'o2', 'o3'], 'x')).toEqual({ type: 'batch', commands: [] });
  });
});

describe('moveObjects', () => {
  it('nudges the selection, its attached redactions, and not locked objects', () => {
    const slide = slideOf('s', [
      image('img', { x: 100, y: 100, width: 400, height: 300 }),
      redaction('r1', 'img', { x: 120, y: 110, width: 50, height: 20 }),
      shape('pin', { x: 0, y: 0, width: 10, height: 10 }, { locked: true }),
      line('l', 0, 0, 10, 10),
    ]);
    const cmd = moveObjects(slide, ['img', 'pin', 'l'], 10, -1);
    expect(updatedIds(cmd)).toEqual(['img', 'r1', 'l']);
    const r = after(slide, cmd);
    expect([r.img.x, r.img.y, r.r1.x, r.r1.y, r.pin.x]).toEqual([110, 99, 130, 109, 0]);
    expect(applyCommand(docOf([slide]), cmd).doc.slides[0].objects[3]).toMatchObject({ x1: 10, y1: -1, x2: 20, y2: 9 });
  });

  it('gives one undoable step: the inverse restores every object', () => {
    const slide = slideOf('s', [image('img', { x: 1, y: 2, width: 3, height: 4 }), redaction('r', 'img', { x: 1, y: 2, width: 1, height: 1 })]);
    const doc = docOf([slide]);
    const { doc: moved, inverse } = applyCommand(doc, moveObjects(slide, ['img'], 5, 5));
    expect(applyCommand(moved, inverse).doc).toEqual(doc);
  });
});
