import type { Command } from '../../shared/commands/command';
import { alignObjects, distributeObjects, type AlignHow, type Axis } from '../../shared/editor/alignment';
import { groupObjects, ungroupObjects } from '../../shared/editor/grouping';
import { bringForward, bringToFront, sendBackward, sendToBack } from '../../shared/editor/layerOrder';
import { newId } from '../../shared/editor/objectFactory';
import type { Slide } from '../../shared/model/postDocument';
import type { EditorAction, EditorContext } from './actionTypes';

/** A command that changes nothing (an empty batch) is not worth an undo step. */
export function dispatchIfAny(ctx: EditorContext, cmd: Command, label: string): void {
  if (cmd.type === 'batch' && cmd.commands.length === 0) return;
  ctx.session.dispatch(cmd, label);
}

const ids = (c: EditorContext) => c.selected.map((o) => o.id);
const hasSelection = (c: EditorContext) => c.slide !== null && c.selected.length > 0;

function byCommand(
  id: string,
  label: string,
  kbd: string[],
  make: (slide: Slide, ids: readonly string[], c: EditorContext) => Command,
  when: (c: EditorContext) => boolean = hasSelection,
): EditorAction {
  return {
    id,
    label,
    kbd,
    group: 'arrange',
    when: (c) => when(c) && c.slide !== null,
    run: (c) => c.slide && dispatchIfAny(c, make(c.slide, ids(c), c), label),
  };
}

const alignLabels: Record<AlignHow, string> = {
  left: 'Align left',
  centerX: 'Align centre',
  right: 'Align right',
  top: 'Align top',
  middle: 'Align middle',
  bottom: 'Align bottom',
};
const alignIds: Record<AlignHow, string> = {
  left: 'alignLeft',
  centerX: 'alignCenterX',
  right: 'alignRight',
  top: 'alignTop',
  middle: 'alignMiddleY',
  bottom: 'alignBottom',
};

/** One object aligns to the slide; several align to each other. */
const alignActions = (Object.keys(alignLabels) as AlignHow[]).map((how) =>
  byCommand(alignIds[how], alignLabels[how], [], (slide, sel, c) =>
    alignObjects(slide, sel, how, sel.length > 1 ? 'selection' : 'slide', c.snap.doc.canvas),
  ),
);

const distribute = (axis: Axis, id: string, label: string) =>
  byCommand(id, label, [], (slide, sel) => distributeObjects(slide, sel, axis), (c) => c.selected.length >= 3);

const grouped = (c: EditorContext) => c.selected.some((o) => o.groupId !== null);
const groupable = (c: EditorContext) =>
  c.selected.length > 1 && !(c.selected[0].groupId && c.selected.every((o) => o.groupId === c.selected[0].groupId));

export const arrangeActions: EditorAction[] = [
  byCommand('group', 'Group', ['mod+g'], (slide, sel) => groupObjects(slide, sel, newId), groupable),
  byCommand('ungroup', 'Ungroup', ['mod+shift+g'], (slide, sel) => ungroupObjects(slide, sel), grouped),
  byCommand('bringForward', 'Bring forward', ['mod+]'], bringForward),
  byCommand('sendBackward', 'Send backward', ['mod+['], sendBackward),
  byCommand('bringToFront', 'Bring to front', ['mod+shift+]'], bringToFront),
  byCommand('sendToBack', 'Send to back', ['mod+shift+['], sendToBack),
  ...alignActions,
  distribute('x', 'distributeX', 'Distribute horizontally'),
  distribute('y', 'distributeY', 'Distribute vertically'),
];
