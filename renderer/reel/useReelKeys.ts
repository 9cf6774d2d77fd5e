import { useEffect, useLayoutEffect, useRef } from 'react';

type Keys = { undo(): void; redo(): void; togglePlay(): void; escape(): void; overlayOpen: boolean };

const typingIn = (t: EventTarget | null) => t instanceof HTMLElement && (t.isContentEditable || !!t.closest('input, textarea, select'));
/** The scrub bar keeps Space for play/pause, as a video player's does; other fields keep their own keys. */
const spaceFor = (t: EventTarget | null) => t instanceof HTMLInputElement && t.type === 'range' ? 'play' : typingIn(t) || t instanceof HTMLButtonElement ? 'field' : 'play';

/**
 * The screen's shortcuts: Space plays and pauses (not while typing or on a button, where Space
 * presses it), Ctrl/Cmd+Z undoes and Shift+Ctrl/Cmd+Z or Ctrl/Cmd+Y redoes, anywhere on the
 * screen: the session's history, which knows scene moves and trims, not the browser's.
 */
export function useReelKeys(keys: Keys) {
  const latest = useRef(keys);
  useLayoutEffect(() => {
    latest.current = keys;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const k = latest.current;
      // A dialog open over the screen keeps its keys.
      if (document.querySelector('.backdrop')) return;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      if (mod && (key === 'z' || key === 'y')) {
        // While a text field holds a change being typed, the field saves it on blur first.
        if (typingIn(e.target)) (e.target as HTMLElement).blur();
        e.preventDefault();
        if (key === 'y' || e.shiftKey) k.redo();
        else k.undo();
        return;
      }
      if (k.overlayOpen) return;
      if (e.key === ' ' && !mod && spaceFor(e.target) === 'play') {
        e.preventDefault();
        k.togglePlay();
      } else if (e.key === 'Escape' && !typingIn(e.target)) k.escape();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
