import { useCallback, useState, type RefObject } from 'react';
import type { EditorSession } from '../../shared/editor/editorSession';
import type { EditorController, EditorTool } from '../editor/editorApi';
import { currentSlide, selectedObjects } from '../post/editorSelection';
import { useNotify } from '../ui/Toasts';
import { actionLabel, type EditorContext } from './actionTypes';
import { createClipboardHolder } from './clipboardHolder';
import { actionById, contextMenuIds, editorActions } from './editorActions';
import { useActionKeys } from './useActionKeys';

export type MenuEntry = { id: string; label: string; kbd?: string; enabled: boolean; separatorBefore?: boolean };

/**
 * The editor's actions wired to one session: shortcuts on the window, `run(id)` for buttons and
 * the menu, `can(id)` for enabling them, and the context menu's items at the moment it opens.
 */
export function useEditorActions(session: EditorSession, controllerRef: RefObject<EditorController | null>, setTool: (tool: EditorTool) => void) {
  const notify = useNotify();
  const [clipboard] = useState(createClipboardHolder);
  const context = useCallback((): EditorContext => {
    const snap = session.getSnapshot();
    return { session, snap, slide: currentSlide(snap), selected: selectedObjects(snap), controller: controllerRef.current, clipboard, setTool, notify };
  }, [session, controllerRef, clipboard, setTool, notify]);
  useActionKeys(editorActions, context);

  const run = useCallback(
    (id: string) => {
      const action = actionById(id);
      const ctx = context();
      if (action && action.when(ctx)) action.run(ctx);
    },
    [context],
  );
  const can = useCallback((id: string) => {
    const action = actionById(id);
    return !!action && action.when(context());
  }, [context]);
  const menuEntries = useCallback((): MenuEntry[] => {
    const ctx = context();
    return contextMenuIds.flatMap((group, g) =>
      group.flatMap((id, i) => {
        const action = actionById(id);
        if (!action) return [];
        const enabled = action.when(ctx);
        // Redaction items only appear when they apply; the rest stay, greyed, so the menu keeps its shape.
        if (action.group === 'redaction' && !enabled) return [];
        return [{ id, label: actionLabel(action, ctx), kbd: action.kbd[0], enabled, separatorBefore: g > 0 && i === 0 }];
      }),
    );
  }, [context]);
  return { run, can, menuEntries, context };
}
