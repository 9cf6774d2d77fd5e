import { colourFor, labelFor } from './kindStyle';
import type { Candidate } from './useRedactionPlan';

type Props = {
  candidates: Candidate[];
  selected: string | null;
  onSelect(key: string): void;
  onToggle(key: string): void;
  onRemoveManual(key: string): void;
};

export function FindingList({ candidates, selected, onSelect, onToggle, onRemoveManual }: Props) {
  if (candidates.length === 0) return <p className="subtle">Nothing to redact yet.</p>;
  return (
    <ul className="finding-list" aria-label="Findings">
      {candidates.map((c) => (
        <li
          key={c.key}
          className={`finding${c.key === selected ? ' selected' : ''}${c.accepted ? '' : ' rejected'}`}
          data-testid="finding-row"
          onClick={() => onSelect(c.key)}
        >
          <input
            type="checkbox"
            checked={c.accepted}
            onChange={() => onToggle(c.key)}
            disabled={c.source === 'manual'}
            aria-label={`Redact ${c.text || labelFor(c.kind)}`}
          />
          <span className="kind-chip" style={{ background: colourFor(c.kind) }}>
            {labelFor(c.kind)}
          </span>
          <span className="finding-text">
            <strong>{c.text || '—'}</strong>
            <span className="subtle">{c.reason}</span>
          </span>
          {c.source === 'manual' && (
            <button className="link" onClick={() => onRemoveManual(c.key)} aria-label="Remove this box">
              Remove
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
