import { useEffect, useRef } from 'react';
import { kbdLabel } from '../actions/kbd';

export type MenuItem = { id: string; label: string; kbd?: string; enabled: boolean; separatorBefore?: boolean };

type Props = { x: number; y: number; items: readonly MenuItem[]; onPick(id: string): void; onClose(): void };

/**
 * The right-click menu over the canvas (or Shift+F10 / the ContextMenu key): the same actions as the
 * shortcuts. Arrow keys, Home and End move between items, Enter picks, Escape or a click elsewhere
 * closes.
 */
export function ContextMenu({ x, y, items, onPick, onClose }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const menu = ref.current;
    menu?.querySelector<HTMLElement>('[role="menuitem"]:not([disabled])')?.focus();
    // Keep the menu inside the window.
    if (menu) {
      const box = menu.getBoundingClientRect();
      if (box.right > window.innerWidth) menu.style.left = `${Math.max(4, window.innerWidth - box.width - 4)}px`;
      if (box.bottom > window.innerHeight) menu.style.top = `${Math.max(4, window.innerHeight - box.height - 4)}px`;
    }
    const away = (e: PointerEvent) => !menu?.contains(e.target as Node) && onClose();
    const key = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        onClose();
      }
      const all = [...(menu?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([disabled])') ?? [])];
      const i = all.indexOf(document.activeElement as HTMLElement);
      const to = { ArrowDown: (i + 1) % all.length, ArrowUp: (i - 1 + all.length) % all.length, Home: 0, End: all.length - 1, Tab: i } as Record<string, number>;
      if (e.key in to) {
        // Tab stays in the menu, as in native menus; Enter and Space press the focused item.
        e.preventDefault();
        all[to[e.key]]?.focus();
      }
    };
    window.addEventListener('pointerdown', away, true);
    window.addEventListener('keydown', key, true);
    window.addEventListener('blur', onClose);
    return () => {
      window.removeEventListener('pointerdown', away, true);
      window.removeEventListener('keydown', key, true);
      window.removeEventListener('blur', onClose);
    };
  }, [onClose]);
  return (
    <div className="context-menu" role="menu" ref={ref} style={{ left: x, top: y }} aria-label="Object actions" onContextMenu={(e) => e.preventDefault()}>
      {items.map((item) => (
        <div key={item.id} role="none">
          {item.separatorBefore && <hr />}
          <button
            type="button"
            role="menuitem"
            disabled={!item.enabled}
            onClick={() => {
              onClose();
              onPick(item.id);
            }}
          >
            <span>{item.label}</span>
            {item.kbd && <kbd>{kbdLabel(item.kbd)}</kbd>}
          </button>
        </div>
      ))}
    </div>
  );
}
