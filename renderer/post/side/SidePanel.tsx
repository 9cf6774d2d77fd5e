import type { ReactNode } from 'react';

export type SideTab = 'layouts' | 'images' | 'icons';

const tabs: { id: SideTab; label: string }[] = [
  { id: 'layouts', label: 'Layouts' },
  { id: 'images', label: 'Images' },
  { id: 'icons', label: 'Icons' },
];

/** The left panel: what can be added to the post (layouts, the project's images, icons). */
export function SidePanel({ tab, onTab, children }: { tab: SideTab; onTab(tab: SideTab): void; children: ReactNode }) {
  return (
    <aside className="side-panel" aria-label="Add to the post">
      <div className="side-tabs" role="tablist">
        {tabs.map((t) => (
          <button key={t.id} type="button" role="tab" id={`side-tab-${t.id}`} aria-selected={tab === t.id} aria-controls="side-body" className={tab === t.id ? 'on' : ''} onClick={() => onTab(t.id)}>
            {t.label}
          </button>
        ))}
      </div>
      <div className="side-body" id="side-body" role="tabpanel" aria-labelledby={`side-tab-${tab}`}>
        {children}
      </div>
    </aside>
  );
}
