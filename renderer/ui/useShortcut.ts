import { useEffect, useLayoutEffect, useRef } from 'react';

/** `mod+n` means Ctrl+N (Cmd+N on macOS). Shortcuts are ignored while typing in a field, except Escape. */
export function useShortcut(combo: string, run: (e: KeyboardEvent) => void, enabled = true): void {
  const runRef = useRef(run);
  useLayoutEffect(() => {
    runRef.current = run;
  });
  useEffect(() => {
    if (!enabled) return;
    const parts = combo.toLowerCase().split('+');
    const key = parts[parts.length - 1];
    const mod = parts.includes('mod');
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const typing = target?.closest('input, textarea, select, [contenteditable="true"]') !== null && target !== null;
      if (typing && !mod) return;
      if (document.querySelector('.backdrop')) return;
      if (mod !== (e.ctrlKey || e.metaKey)) return;
      if (e.key.toLowerCase() !== key) return;
      e.preventDefault();
      runRef.current(e);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [combo, enabled]);
}
