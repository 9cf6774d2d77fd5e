import type { ImageFinding } from '../../shared/phi/types';
import { colourFor, labelFor } from './kindStyle';

/**
 * A video's findings, read only: "Redact video" destroys every one of them over its time span
 * (a reel picks and rejects them scene by scene, on its timeline).
 */
export function VideoFindingList({ findings }: { findings: ImageFinding[] }) {
  if (findings.length === 0) return <p className="subtle">No burned-in text or faces found in the sampled frames.</p>;
  return (
    <ul className="finding-list" aria-label="Findings">
      {findings.map((f, i) => (
        <li key={i} className="finding" data-testid="finding-row">
          <span className="kind-chip" style={{ background: colourFor(f.kind) }}>
            {labelFor(f.kind)}
          </span>
          <span className="finding-text">
            <strong>{f.text || '—'}</strong>
            <span className="subtle">{f.reason}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
