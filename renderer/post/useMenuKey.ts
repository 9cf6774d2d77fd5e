import { useEffect, useLayoutEffect, useRef } from 'react';

/** Shift+F10 and the ContextMenu key: the keyboard's right-click. */
export function isMenuKey(e: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>): boolean {
  if (e.ctrlKey || e.metaKey || e.altKey) return false;
  return e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey);
}

/**
 * Opens the editor's context menu from the keyboard, for the selection, wherever focus is in the
 * editor except a field being typed in (there the key keeps its usual meaning) or a dialog or menu
 * already open. The browser's own menu for the key is suppressed.
 */
export function useMenuKey(open: () => void, enabled: () => boolean): void {
  const latest = useRef({ open, enabled });
  useLayoutEffect(() => {
    latest.current = { open, enabled };
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isMenuKey(e) || e.defaultPrevented) return;
      const el = e.target as HTMLElement | null;
      if (el?.closest?.('input, textarea, select, [contenteditable="true"]')) return;
      if (document.querySelector('.backdrop, [role="menu"]') || !latest.current.enabled()) return;
      e.preventDefault();
      latest.current.open();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
