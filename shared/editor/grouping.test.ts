import { describe, expect, it } from 'vitest';
import { applyCommand } from '../commands/applyCommand';
import { expandSelection, groupObjects, ungroupObjects } from './grouping';
import { docOf, idMaker, image, redaction, shape, slideOf } from '../../test/fixtures/slideObjects';

const slide = slideOf('s', [
  shape('a', { x: 0, y: 0, width: 10, height: 10 }, { groupId: 'G' }),
  image('img', { x: 0, y: 0, width: 100, height: 100 }),
  shape('b', { x: 0, y: 0, width: 10, height: 10 }, { groupId: 'G' }),
  redaction('r', 'img', { x: 0, y: 0, width: 10, height: 10 }, { groupId: 'H' }),
  shape('h', { x: 0, y: 0, width: 10, height: 10 }, { groupId: 'H' }),
  shape('lone', { x: 0, y: 0, width: 10, height: 10 }),
]);

function groupIds(cmd: ReturnType<typeof groupObjects>) {
  const { doc } = applyCommand(docOf([slide]), cmd);
  return Object.fromEntries(doc.slides[0].objects.map((o) => [o.id, o.groupId]));
}

describe('expandSelection', () => {
  it('adds the other members of a group, in slide order', () => {
    expect(expandSelection(slide, ['b'])).toEqual(['a', 'b']);
  });

  it('adds an image’s redactions and then the redaction’s own group', () => {
    expect(expandSelection(slide, ['img'])).toEqual(['img', 'r', 'h']);
  });

  it('does not pull in the image when only its redaction is selected', () => {
    expect(expandSelection(slide, ['r'])).toEqual(['r', 'h']);
  });

  it('drops unknown ids and returns nothing for an empty selection', () => {
    expect(expandSelection(slide, ['ghost', 'lone'])).toEqual(['lone']);
    expect(expandSelection(slide, [])).toEqual([]);
  });
});

describe('groupObjects', () => {
  it('gives the selection one new group id, merging the groups it touches', () => {
    const cmd = groupObjects(slide, ['a', 'lone'], idMaker('grp'));
    expect(groupIds(cmd)).toEqual({ a: 'grp1', img: null, b: 'grp1', r: 'H', h: 'H', lone: 'grp1' });
  });

  it('takes an image’s redactions into the group', () => {
    const s = slideOf('s', [image('i', { x: 0, y: 0, width: 9, height: 9 }), redaction('x', 'i', { x: 0, y: 0, width: 1, height: 1 })]);
    const { doc } = applyCommand(docOf([s]), groupObjects(s, ['i'], () => 'K'));
    expect(doc.slides[0].objects.map((o) => o.groupId)).toEqual(['K', 'K']);
  });

  it('makes no group of one object', () => {
    expect(groupObjects(slide, ['lone'], idMaker())).toEqual({ type: 'batch', commands: [] });
    expect(groupObjects(slide, [], idMaker())).toEqual({ type: 'batch', commands: [] });
  });
});

describe('ungroupObjects', () => {
  it('clears the group of every member when one is selected, and leaves others alone', () => {
    const cmd = ungroupObjects(slide, ['a']);
    expect(groupIds(cmd)).toEqual({ a: null, img: null, b: null, r: 'H', h: 'H', lone: null });
  });

  it('does nothing for objects outside groups', () => {
    expect(ungroupObjects(slide, ['lone'])).toEqual({ type: 'batch', commands: [] });
  });

  it('undoes cleanly', () => {
    const doc = docOf([slide]);
    const { doc: next, inverse } = applyCommand(doc, ungroupObjects(slide, ['a', 'h']));
    expect(applyCommand(next, inverse).doc).toEqual(doc);
  });
});
