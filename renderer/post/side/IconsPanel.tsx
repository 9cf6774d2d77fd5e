import { useState } from 'react';
import type { BrandKit } from '../../../shared/model/brandKit';
import { builtInIcons, ICON_VIEWBOX } from '../../../shared/model/icons';

type Props = { brand: BrandKit; onPick(icon: string): void };

/** The built-in icon set, drawn in the brand's primary colour; click one to put it on the slide. */
export function IconsPanel({ brand, onPick }: Props) {
  const [query, setQuery] = useState('');
  const q = query.trim().toLowerCase();
  const icons = builtInIcons.filter((i) => !q || i.label.toLowerCase().includes(q) || i.id.includes(q));
  return (
    <div className="side-icons">
      <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Search icons" aria-label="Search icons" />
      <ul className="icon-grid">
        {icons.map((i) => (
          <li key={i.id}>
            <button type="button" className="icon-tile" onClick={() => onPick(i.id)} aria-label={`Add icon ${i.label}`} title={i.label}>
              <svg viewBox={`0 0 ${ICON_VIEWBOX} ${ICON_VIEWBOX}`} aria-hidden="true">
                <path d={i.path} fill={brand.colours.primary} fillRule="nonzero" />
              </svg>
              <span>{i.label}</span>
            </button>
          </li>
        ))}
      </ul>
      {icons.length === 0 && <p className="subtle">No icon matches “{query}”.</p>}
    </div>
  );
}
