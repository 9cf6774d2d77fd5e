import { describe, expect, it } from 'vitest';
import { applyCommand } from '../commands/applyCommand';
import type { Command } from '../commands/command';
import type { Slide } from '../model/postDocument';
import { bringForward, bringToFront, keepRedactionsAboveImages, reorderCommands, sendBackward, sendToBack } from './layerOrder';
import { docOf, image, redaction, shape, slideOf } from '../../test/fixtures/slideObjects';

const box = { x: 0, y: 0, width: 10, height: 10 };
const plain = (...ids: string[]) => slideOf('s', ids.map((id) => shape(id, box)));

function orderAfter(slide: Slide, cmd: Command): string[] {
  return applyCommand(docOf([slide]), cmd).doc.slides[0].objects.map((o) => o.id);
}

function steps(cmd: Command): number {
  return cmd.type === 'batch' ? cmd.commands.length : 1;
}

describe('bringForward / sendBackward', () => {
  const s = plain('a', 'b', 'c', 'd');

  it('swaps one object with the one above it in a single step', () => {
    const cmd = bringForward(s, ['b']);
    expect(orderAfter(s, cmd)).toEqual(['a', 'c', 'b', 'd']);
    expect(steps(cmd)).toBe(1);
  });

  it('moves a run of selected objects past one object together', () => {
    expect(orderAfter(s, bringForward(s, ['a', 'b']))).toEqual(['c', 'a', 'b', 'd']);
    expect(orderAfter(s, sendBackward(s, ['c', 'd']))).toEqual(['a', 'c', 'd', 'b']);
  });

  it('moves separated selected objects each by one', () => {
    expect(orderAfter(s, bringForward(s, ['a', 'c']))).toEqual(['b', 'a', 'd', 'c']);
    expect(orderAfter(s, sendBackward(s, ['b', 'd']))).toEqual(['b', 'a', 'd', 'c']);
  });

  it('does nothing for the top object brought forward, the bottom sent back, or no selection', () => {
    const none = { type: 'batch', commands: [] };
    expect(bringForward(s, ['d'])).toEqual(none);
    expect(sendBackward(s, ['a'])).toEqual(none);
    expect(bringForward(s, [])).toEqual(none);
    expect(sendToBack(s, ['ghost'])).toEqual(none);
  });
});

describe('bringToFront / sendToBack', () => {
  const s = plain('a', 'b', 'c', 'd', 'e');

  it('keeps the selection’s own stacking and uses one step per moved object', () => {
    const front = bringToFront(s, ['d', 'a']);
    expect(orderAfter(s, front)).toEqual(['b', 'c', 'e', 'a', 'd']);
    expect(steps(front)).toBe(2);
    const back = sendToBack(s, ['e', 'c']);
    expect(orderAfter(s, back)).toEqual(['c', 'e', 'a', 'b', 'd']);
    expect(steps(back)).toBe(2);
  });

  it('undoes to the original order', () => {
    const doc = docOf([s]);
    const { doc: next, inverse } = applyCommand(doc, bringToFront(s, ['a', 'c']));
    expect(applyCommand(next, inverse).doc).toEqual(doc);
  });
});

describe('redactions stay above their image', () => {
  const s = slideOf('s', [
    image('img', { x: 0, y: 0, width: 100, height: 100 }),
    redaction('r1', 'img', box),
    redaction('r2', 'img', box),
    shape('x', box),
    shape('y', box),
  ]);

  it('brings an image to front with its redactions still above it', () => {
    expect(orderAfter(s, bringToFront(s, ['img']))).toEqual(['x', 'y', 'img', 'r1', 'r2']);
  });

  it('brings an image forward past the next other object, its redactions included', () => {
    expect(orderAfter(s, bringForward(s, ['img']))).toEqual(['x', 'img', 'r1', 'r2', 'y']);
  });

  it('never sends a redaction below its image', () => {
    const none = { type: 'batch', commands: [] };
    expect(sendBackward(s, ['r1'])).toEqual(none);
    expect(orderAfter(s, sendToBack(s, ['r2']))).toEqual(['img', 'r2', 'r1', 'x', 'y']);
  });

  it('sends an image to the back with its redaction directly above it', () => {
    const t = slideOf('t', [shape('bg', box), image('img', box), redaction('r', 'img', box)]);
    expect(orderAfter(t, sendToBack(t, ['img']))).toEqual(['img', 'r', 'bg']);
  });

  it('leaves redactions without an image on the slide where the user puts them', () => {
    const t = slideOf('t', [shape('a', box), redaction('r', 'gone', box), redaction('free', null, box)]);
    expect(orderAfter(t, sendToBack(t, ['r', 'free']))).toEqual(['r', 'free', 'a']);
  });
});

describe('keepRedactionsAboveImages', () => {
  it('repairs an order where redactions were below their image, keeping their relative order', () => {
    const r1 = redaction('r1', 'img', box);
    const r2 = redaction('r2', 'img', box);
    const img = image('img', box);
    const a = shape('a', box);
    expect(keepRedactionsAboveImages([r2, a, r1, img]).map((o) => o.id)).toEqual(['a', 'img', 'r2', 'r1']);
  });
});

describe('reorderCommands', () => {
  it('reaches any permutation, checked on 200 random ones through applyCommand', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let t = 0; t < 200; t++) {
      const n = 1 + Math.floor(rand() * 9);
      const s = plain(...Array.from({ length: n }, (_, i) => `o${i}`));
      const desired = s.objects.slice().sort(() => rand() - 0.5);
      const cmd = reorderCommands(s, desired);
      expect(orderAfter(s, cmd)).toEqual(desired.map((o) => o.id));
      // at most one step per object out of place
      expect(steps(cmd)).toBeLessThanOrEqual(Math.max(0, n - 1));
    }
  });
});
