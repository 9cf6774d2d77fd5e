import type { Command } from '../../shared/commands/command';
import type { EditorTool } from '../editor/editorApi';
import type { EditorAction, EditorContext } from './actionTypes';

const hasSelection = (c: EditorContext) => c.slide !== null && c.selected.length > 0;
const unlocked = (c: EditorContext) => hasSelection(c) && c.selected.some((o) => !o.locked);
const plural = (n: number, word: string) => (n === 1 ? word : `${n} ${word}s`);

export const historyActions: EditorAction[] = [
  {
    id: 'undo',
    label: (c) => (c.snap.undoLabel ? `Undo ${c.snap.undoLabel}` : 'Undo'),
    kbd: ['mod+z'],
    group: 'history',
    when: (c) => c.snap.canUndo,
    run: (c) => (c.controller ? c.controller.undo() : c.session.undo()),
  },
  {
    id: 'redo',
    label: (c) => (c.snap.redoLabel ? `Redo ${c.snap.redoLabel}` : 'Redo'),
    kbd: ['mod+shift+z', 'mod+y'],
    group: 'history',
    when: (c) => c.snap.canRedo,
    run: (c) => (c.controller ? c.controller.redo() : c.session.redo()),
  },
];

export const editActions: EditorAction[] = [
  {
    id: 'delete',
    label: 'Delete',
    kbd: ['delete', 'backspace'],
    group: 'edit',
    when: unlocked,
    run: (c) => c.controller?.deleteSelection(),
  },
  {
    id: 'selectAll',
    label: 'Select all',
    kbd: ['mod+a'],
    group: 'edit',
    when: (c) => (c.slide?.objects.length ?? 0) > 0,
    run: (c) => c.controller?.selectAll(),
  },
  {
    id: 'deselect',
    label: 'Deselect',
    kbd: ['escape'],
    group: 'edit',
    canvasKeys: true,
    when: () => true,
    run: (c) => {
      c.setTool('select');
      c.controller?.clearSelection();
    },
  },
  {
    id: 'lock',
    label: (c) => (c.selected.every((o) => o.locked) ? 'Unlock' : 'Lock'),
    kbd: ['mod+shift+l'],
    group: 'arrange',
    when: hasSelection,
    run: (c) => {
      if (!c.slide) return;
      const locked = !c.selected.every((o) => o.locked);
      const slideId = c.slide.id;
      const commands: Command[] = c.selected.map((o) => ({ type: 'object.update', slideId, objectId: o.id, patch: { locked } }));
      c.session.dispatch({ type: 'batch', commands }, locked ? `Lock ${plural(c.selected.length, 'object')}` : 'Unlock');
    },
  },
];

export const redactionActions: EditorAction[] = [
  {
    id: 'acceptRedaction',
    label: (c) => {
      const n = c.selected.filter((o) => o.type === 'redaction' && o.status === 'proposed').length;
      return n > 1 ? `Accept ${n} redactions` : 'Accept redaction';
    },
    kbd: [],
    group: 'redaction',
    when: (c) => c.selected.some((o) => o.type === 'redaction' && o.status === 'proposed'),
    run: (c) => c.controller?.acceptRedactions(c.selected.filter((o) => o.type === 'redaction' && o.status === 'proposed').map((o) => o.id)),
  },
  {
    id: 'acceptAllRedactions',
    label: 'Accept all redactions on this slide',
    kbd: [],
    group: 'redaction',
    when: (c) => (c.slide?.objects ?? []).some((o) => o.type === 'redaction' && o.status === 'proposed'),
    run: (c) => c.controller?.acceptRedactions(),
  },
];

const ZOOM_STEPS = [0.25, 0.33, 0.5, 0.67, 0.75, 1, 1.25, 1.5, 2, 3, 4];

export function nextZoom(zoom: number, direction: 1 | -1): number {
  if (direction > 0) return ZOOM_STEPS.find((z) => z > zoom + 0.001) ?? ZOOM_STEPS[ZOOM_STEPS.length - 1];
  return [...ZOOM_STEPS].reverse().find((z) => z < zoom - 0.001) ?? ZOOM_STEPS[0];
}

export const viewActions: EditorAction[] = [
  { id: 'zoomFit', label: 'Zoom to fit', kbd: ['mod+0'], group: 'view', when: (c) => c.controller !== null, run: (c) => c.controller?.zoomToFit() },
  {
    id: 'zoomIn',
    label: 'Zoom in',
    kbd: ['mod+=', 'mod++'],
    group: 'view',
    when: (c) => c.controller !== null,
    run: (c) => c.controller && c.controller.zoomTo(nextZoom(c.controller.getZoom(), 1)),
  },
  {
    id: 'zoomOut',
    label: 'Zoom out',
    kbd: ['mod+-'],
    group: 'view',
    when: (c) => c.controller !== null,
    run: (c) => c.controller && c.controller.zoomTo(nextZoom(c.controller.getZoom(), -1)),
  },
];

/** Arrow keys nudge; the canvas does this itself while it has focus (canvasKeys), never twice. */
function nudge(id: string, key: string, dx: number, dy: number): EditorAction[] {
  return [1, 10].map((step) => ({
    id: `${id}${step}`,
    label: `Nudge ${step} px`,
    kbd: [step === 1 ? key : `shift+${key}`],
    group: 'nudge' as const,
    canvasKeys: true,
    when: unlocked,
    run: (c: EditorContext) => c.controller?.nudge(dx * step, dy * step),
  }));
}

export const nudgeActions: EditorAction[] = [
  ...nudge('nudgeLeft', 'arrowleft', -1, 0),
  ...nudge('nudgeRight', 'arrowright', 1, 0),
  ...nudge('nudgeUp', 'arrowup', 0, -1),
  ...nudge('nudgeDown', 'arrowdown', 0, 1),
];

export const toolKeys: { tool: EditorTool; label: string; kbd: string }[] = [
  { tool: 'select', label: 'Select', kbd: 'v' },
  { tool: 'text', label: 'Text', kbd: 't' },
  { tool: 'rectangle', label: 'Rectangle', kbd: 'r' },
  { tool: 'ellipse', label: 'Circle', kbd: 'o' },
  { tool: 'arrow', label: 'Arrow', kbd: 'a' },
  { tool: 'marker', label: 'Numbered marker', kbd: 'm' },
  { tool: 'redaction', label: 'Redaction box', kbd: 'b' },
];

export const toolActions: EditorAction[] = toolKeys.map((t) => ({
  id: `tool.${t.tool}`,
  label: t.label,
  kbd: [t.kbd],
  group: 'tool',
  when: (c: EditorContext) => c.slide !== null,
  run: (c: EditorContext) => c.setTool(t.tool),
}));
