import type { Command } from '../../shared/commands/command';
import { copyObjects, pasteObjects } from '../../shared/editor/clipboard';
import { newId } from '../../shared/editor/objectFactory';
import type { EditorAction, EditorContext } from './actionTypes';
import { payloadFromText } from './clipboardHolder';

const hasSelection = (c: EditorContext) => c.slide !== null && c.selected.length > 0;

/** Adds the payload's objects to the current slide as one step and selects them. */
function paste(c: EditorContext, payload: unknown, label: string): void {
  if (!c.slide) return;
  let cmd: Command;
  try {
    cmd = pasteObjects(payload, c.slide, c.snap.doc.canvas, newId);
  } catch (err) {
    c.notify((err as Error).message, 'error');
    return;
  }
  if (cmd.type !== 'batch' || cmd.commands.length === 0) return;
  c.session.dispatch(cmd, label);
  const ids = cmd.commands.flatMap((k) => (k.type === 'object.add' ? [k.object.id] : []));
  c.session.select(c.slide.id, ids);
  // The new objects are what the next key acts on (Ctrl+D, arrows), not the slide strip or a button.
  c.controller?.focus();
}

export const clipboardActions: EditorAction[] = [
  {
    id: 'copy',
    label: 'Copy',
    kbd: ['mod+c'],
    group: 'clipboard',
    when: hasSelection,
    run: (c) => c.slide && c.clipboard.set(copyObjects(c.slide, c.selected.map((o) => o.id))),
  },
  {
    id: 'cut',
    label: 'Cut',
    kbd: ['mod+x'],
    group: 'clipboard',
    when: (c) => hasSelection(c) && c.selected.some((o) => !o.locked),
    run: (c) => {
      if (!c.slide) return;
      c.clipboard.set(copyObjects(c.slide, c.selected.map((o) => o.id)));
      c.controller?.deleteSelection();
    },
  },
  {
    id: 'paste',
    label: 'Paste',
    kbd: ['mod+v'],
    group: 'clipboard',
    when: (c) => c.slide !== null,
    run: (c) => {
      const held = c.clipboard.get();
      if (held) return paste(c, held, 'Paste');
      // Objects copied in another window reach us only through the system clipboard.
      void navigator.clipboard
        ?.readText()
        .then((text) => {
          const payload = payloadFromText(text);
          if (payload) paste(c, payload, 'Paste');
        })
        .catch(() => undefined);
    },
  },
  {
    id: 'duplicate',
    label: 'Duplicate',
    kbd: ['mod+d'],
    group: 'clipboard',
    when: hasSelection,
    run: (c) => c.slide && paste(c, copyObjects(c.slide, c.selected.map((o) => o.id)), 'Duplicate'),
  },
];
