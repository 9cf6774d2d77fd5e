import type { RedactionObject } from '../../../shared/model/slideObjects';
import { redactionModes } from '../../../shared/model/slideObjects';
import type { ObjectEdits } from './objectEdits';

type Props = {
  redactions: readonly RedactionObject[];
  edits: ObjectEdits;
  proposedOnSlide: number;
  onAccept(ids?: readonly string[]): void;
};

const modeLabels: Record<RedactionObject['mode'], string> = { solid: 'Solid box', pixelate: 'Pixelate', blur: 'Blur' };
const statusWords: Record<RedactionObject['status'], string> = {
  proposed: 'Proposed by the scan: not applied until you accept it.',
  accepted: 'Accepted: burned into every export.',
  rejected: 'Kept visible: you judged this finding not identifying.',
};

export function RedactionSection({ redactions, edits, proposedOnSlide, onAccept }: Props) {
  const r = redactions[0];
  const proposed = redactions.filter((o) => o.status === 'proposed');
  const onText = redactions.some((o) => o.finding !== null && o.finding !== 'face');
  return (
    <section className="prop-section" aria-label="Redaction">
      <h3>Redaction</h3>
      <p className="prop-note" data-testid="redaction-status">
        {redactions.length === 1 ? statusWords[r.status] : `${redactions.length} boxes, ${proposed.length} proposed.`}
        {r.finding && redactions.length === 1 && <> Found: {r.finding}.</>}
      </p>
      {proposed.length > 0 && (
        <button type="button" className="primary" onClick={() => onAccept(proposed.map((o) => o.id))}>
          Accept {proposed.length > 1 ? `${proposed.length} redactions` : 'redaction'}
        </button>
      )}
      {proposed.length > 0 && (
        <button type="button" onClick={() => edits.set(proposed, { status: 'rejected' }, 'Keep finding visible')} title="For findings that identify no one, such as a side marker">
          Not identifying: keep visible
        </button>
      )}
      {redactions.some((o) => o.status === 'rejected') && (
        <button type="button" onClick={() => edits.set(redactions.filter((o) => o.status === 'rejected'), { status: 'accepted' }, 'Redact finding')}>
          Redact it after all
        </button>
      )}
      {proposedOnSlide > proposed.length && proposed.length > 0 && (
        <button type="button" onClick={() => onAccept()}>
          Accept all on this slide ({proposedOnSlide})
        </button>
      )}
      <label className="prop-field">
        <span className="field-label">Mode</span>
        <select aria-label="Redaction mode" value={redactions.every((o) => o.mode === r.mode) ? r.mode : ''} onChange={(e) => edits.set(redactions, { mode: e.target.value }, `Redaction: ${modeLabels[e.target.value as RedactionObject['mode']]}`)}>
          {redactionModes.map((m) => (
            <option key={m} value={m} disabled={m !== 'solid' && onText}>
              {modeLabels[m]}
              {m !== 'solid' && onText ? ' (not over text)' : ''}
            </option>
          ))}
        </select>
      </label>
      {onText && <p className="prop-note">Text needs a solid box: pixelated or blurred letters can be read back.</p>}
    </section>
  );
}
