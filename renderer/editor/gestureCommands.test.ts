import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../shared/commands/applyCommand';
import type { Command } from '../../shared/commands/command';
import { docOf, image, redaction, shape, slideOf } from '../../test/fixtures/slideObjects';
import type { Matrix } from './affine';
import { acceptCommand, deleteCommand, expandGroups, modifiedCommand, moveCommand, snapAngle } from './gestureCommands';

const at = (cx: number, cy: number): Matrix => [1, 0, 0, 1, cx, cy];
const pose = (cx: number, cy: number, w: number, h: number) => ({ matrix: at(cx, cy), width: w, height: h });

const slide = slideOf('s', [
  image('img', { x: 0, y: 0, width: 400, height: 300 }),
  redaction('r1', 'img', { x: 10, y: 10, width: 100, height: 20 }, { status: 'proposed' }),
  redaction('r2', 'img', { x: 10, y: 50, width: 100, height: 20 }),
  shape('a', { x: 500, y: 500, width: 50, height: 50 }, { groupId: 'g' }),
  shape('b', { x: 600, y: 500, width: 50, height: 50 }, { groupId: 'g' }),
  shape('locked', { x: 700, y: 700, width: 50, height: 50 }, { locked: true }),
]);
const doc = docOf([slide]);
const run = (cmd: Command | null) => applyCommand(doc, cmd!).doc.slides[0].objects;
const find = (objects: ReturnType<typeof run>, id: string) => objects.find((o) => o.id === id) as { x: number; y: number; status?: string };

describe('modifiedCommand', () => {
  it('moves an image and the redactions sitting on it, in one batch', () => {
    const cmd = modifiedCommand(slide, [{ id: 'img', before: pose(200, 150, 400, 300), after: pose(230, 170, 400, 300) }]);
    expect(cmd?.type).toBe('batch');
    const objects = run(cmd);
    expect(find(objects, 'img')).toMatchObject({ x: 30, y: 20 });
    expect(find(objects, 'r1')).toMatchObject({ x: 40, y: 30 });
    expect(find(objects, 'r2')).toMatchObject({ x: 40, y: 70 });
  });

  it('does not move a redaction twice when it was selected with its image', () => {
    const cmd = modifiedCommand(slide, [
      { id: 'img', before: pose(200, 150, 400, 300), after: pose(210, 150, 400, 300) },
      { id: 'r1', before: pose(60, 20, 100, 20), after: pose(70, 20, 100, 20) },
    ]);
    expect(cmd?.type === 'batch' && cmd.commands.filter((c) => c.type === 'object.update' && c.objectId === 'r1')).toHaveLength(1);
    expect(find(run(cmd), 'r1')).toMatchObject({ x: 20, y: 10 });
  });

  it('leaves locked objects where they are, and a click that moved nothing makes no command', () => {
    expect(modifiedCommand(slide, [{ id: 'locked', before: pose(725, 725, 50, 50), after: pose(800, 800, 50, 50) }])).toBeNull();
    expect(modifiedCommand(slide, [{ id: 'a', before: pose(525, 525, 50, 50), after: pose(525, 525, 50, 50) }])).toBeNull();
  });
});

it('moveCommand nudges the selection, skipping locked objects, carrying redactions', () => {
  const objects = run(moveCommand(slide, ['img', 'locked'], 10, 0));
  expect(find(objects, 'img').x).toBe(10);
  expect(find(objects, 'r2').x).toBe(20);
  expect(find(objects, 'locked').x).toBe(700);
});

it('deleteCommand takes an image’s redactions with it', () => {
  const objects = run(deleteCommand(slide, ['img']));
  expect(objects.map((o) => o.id)).toEqual(['a', 'b', 'locked']);
  expect(deleteCommand(slide, ['nope'])).toBeNull();
});

it('expandGroups selects every member of a group', () => {
  expect(expandGroups(slide, ['a'])).toEqual(['a', 'b']);
  expect(expandGroups(slide, ['img'])).toEqual(['img']);
});

it('acceptCommand accepts proposed redactions only', () => {
  const cmd = acceptCommand(slide, null);
  expect(cmd?.type === 'batch' && cmd.commands).toHaveLength(1);
  expect(find(run(cmd), 'r1').status).toBe('accepted');
  expect(acceptCommand(slide, ['r2'])).toBeNull();
});

it('snapAngle keeps a dragged line end on 15° steps', () => {
  const p = snapAngle({ x: 0, y: 0 }, { x: 100, y: 8 }, 15);
  expect(p.x).toBeCloseTo(Math.hypot(100, 8));
  expect(p.y).toBeCloseTo(0);
});
