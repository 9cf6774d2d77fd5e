import { useEffect, useLayoutEffect, useRef } from 'react';
import type { EditorAction, EditorContext } from './actionTypes';
import { matchesKbd } from './kbd';

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el?.closest?.('input, textarea, select, [contenteditable="true"], [contenteditable=""]');
}

/**
 * Runs the first action whose shortcut matches a key press. Nothing runs while the user types in
 * a field or edits a text on the canvas (Ctrl+Z there undoes typing, not the post), or while a
 * dialog or menu is open. Keys the canvas handles itself are left to it while it has focus.
 */
export function useActionKeys(actions: readonly EditorAction[], context: () => EditorContext | null): void {
  const latest = useRef({ actions, context });
  useLayoutEffect(() => {
    latest.current = { actions, context };
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      if (isTyping(e.target)) return;
      if (document.querySelector('.backdrop, [role="menu"]')) return;
      const ctx = latest.current.context();
      if (!ctx || ctx.controller?.isEditingText()) return;
      const target = e.target as HTMLElement | null;
      const inCanvas = !!target?.closest?.('[data-testid="editor-canvas"]');
      // Arrow keys belong to the list or tabs that has focus (the slides strip moves between slides).
      const inList = !!target?.closest?.('.slide-strip, [role="tablist"], [role="radiogroup"]');
      for (const action of latest.current.actions) {
        const kbd = action.kbd.find((k) => matchesKbd(e, k));
        if (!kbd) continue;
        if (action.canvasKeys && inCanvas) return;
        if (action.group === 'nudge' && inList) return;
        // Ctrl+D, Ctrl+G, Ctrl+0… belong to the editor here, even when they do nothing right now.
        if (kbd.startsWith('mod+')) e.preventDefault();
        if (!action.when(ctx)) continue;
        e.preventDefault();
        action.run(ctx);
        return;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
