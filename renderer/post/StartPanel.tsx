import type { Layout } from '../../shared/model/layout';

type Props = { layouts: readonly Layout[]; onLayout(layout: Layout): void; onBlank(): void };

/** An empty post: start from a teaching layout (the usual way) or a blank slide. */
export function StartPanel({ layouts, onLayout, onBlank }: Props) {
  const starters = ['cover', 'case-presentation', 'diagnosis-reveal', 'key-takeaways', 'myth-vs-fact', 'image-callouts'];
  const picks = [...layouts].sort((a, b) => (starters.indexOf(a.id) + 1 || 99) - (starters.indexOf(b.id) + 1 || 99)).slice(0, 6);
  return (
    <div className="start-panel" data-testid="start-panel">
      <h2>Start your post</h2>
      <p className="subtle">Pick a teaching layout (all of them are in the Layouts panel), or begin with a blank slide.</p>
      <div className="start-grid">
        {picks.map((l) => (
          <button key={l.id} type="button" className="start-card" onClick={() => onLayout(l)}>
            <strong>{l.name}</strong>
            <span>{l.description}</span>
          </button>
        ))}
        <button type="button" className="start-card blank" onClick={onBlank}>
          <strong>Blank slide</strong>
          <span>An empty slide in your brand’s background.</span>
        </button>
      </div>
    </div>
  );
}
