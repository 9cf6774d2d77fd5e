// Shortcut strings are written `mod+shift+z`: `mod` is Ctrl, or Cmd on a Mac. Punctuation keys are
// read from the physical key (e.code) so Ctrl+= still zooms when Shift or a layout changes e.key.

export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

const codeKeys: Record<string, string> = {
  BracketLeft: '[',
  BracketRight: ']',
  Equal: '=',
  Minus: '-',
  Digit0: '0',
  NumpadAdd: '=',
  NumpadSubtract: '-',
  Numpad0: '0',
};

function keyOf(e: KeyboardEvent): string {
  return codeKeys[e.code] ?? e.key.toLowerCase();
}

export function matchesKbd(e: KeyboardEvent, kbd: string): boolean {
  const parts = kbd.toLowerCase().split('+');
  const key = parts[parts.length - 1] === '' ? '+' : parts[parts.length - 1];
  const mod = parts.includes('mod');
  const shift = parts.includes('shift');
  const alt = parts.includes('alt');
  if (mod !== (isMac ? e.metaKey : e.ctrlKey)) return false;
  if (shift !== e.shiftKey || alt !== e.altKey) return false;
  return keyOf(e) === key;
}

const names: Record<string, string> = {
  mod: isMac ? '⌘' : 'Ctrl',
  shift: isMac ? '⇧' : 'Shift',
  alt: isMac ? '⌥' : 'Alt',
  delete: 'Del',
  backspace: '⌫',
  escape: 'Esc',
  arrowleft: '←',
  arrowright: '→',
  arrowup: '↑',
  arrowdown: '↓',
};

/** How a shortcut is shown in tooltips and menus: "Ctrl+Shift+Z", or "⌘⇧Z" on a Mac. */
export function kbdLabel(kbd: string): string {
  const parts = kbd.toLowerCase().split('+').map((p) => names[p] ?? p.toUpperCase());
  return parts.join(isMac ? '' : '+');
}
