import type { ReactNode } from 'react';
import type { Layout } from '../../../shared/model/layout';

type Props = { layouts: readonly Layout[]; onPick(layout: Layout): void; preview?(layout: Layout): ReactNode };

const categoryLabels: Record<Layout['category'], string> = {
  cover: 'Covers',
  case: 'Cases',
  quiz: 'Quizzes',
  teaching: 'Teaching',
  reference: 'References',
  closing: 'Closing',
};
const order: Layout['category'][] = ['cover', 'case', 'quiz', 'teaching', 'reference', 'closing'];

/** Teaching layouts; picking one adds its slides after the current slide, in the brand's look. */
export function LayoutsPanel({ layouts, onPick, preview }: Props) {
  if (layouts.length === 0) return <p className="subtle">No layouts are available.</p>;
  return (
    <div className="side-layouts">
      {order.map((category) => {
        const items = layouts.filter((l) => l.category === category);
        if (items.length === 0) return null;
        return (
          <section key={category} aria-label={categoryLabels[category]}>
            <h3>{categoryLabels[category]}</h3>
            <ul className="layout-list">
              {items.map((l) => (
                <li key={l.id}>
                  <button type="button" className="layout-card" data-testid="layout-card" onClick={() => onPick(l)} title={l.description} aria-label={`Add layout ${l.name} (${l.slides.length} ${l.slides.length === 1 ? 'slide' : 'slides'})`}>
                    {preview && <span className="layout-preview">{preview(l)}</span>}
                    <span className="layout-name">{l.name}</span>
                    <span className="layout-meta">
                      {l.slides.length} {l.slides.length === 1 ? 'slide' : 'slides'}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
