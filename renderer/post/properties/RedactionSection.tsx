import type { AssetAnalysis } from '../../../shared/model/assetAnalysis';
import type { Slide } from '../../../shared/model/postDocument';
import type { RedactionObject } from '../../../shared/model/slideObjects';
import { redactionModes } from '../../../shared/model/slideObjects';
import { modeAllowed } from '../../editor/redactionModes';
import type { ObjectEdits } from './objectEdits';

type Props = {
  slide: Slide;
  analyses: ReadonlyMap<string, AssetAnalysis>;
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

export function RedactionSection({ slide, analyses, redactions, edits, proposedOnSlide, onAccept }: Props) {
  const r = redactions[0];
  const proposed = redactions.filter((o) => o.status === 'proposed');
  // A box proposed for a text finding, or standing over text the scan found, stays solid.
  const refused = (m: RedactionObject['mode']) => redactions.some((o) => (m !== 'solid' && o.finding !== null && o.finding !== 'face') || !modeAllowed(slide, o, m, analyses));
  const onText = refused('pixelate') || refused('blur');
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
            <option key={m} value={m} disabled={refused(m)}>
              {modeLabels[m]}
              {refused(m) ? ' (not over text)' : ''}
            </option>
          ))}
        </select>
      </label>
      {onText && (
        <p className="prop-note" data-testid="redaction-mode-reason">
          Only a solid box here: the scan found text under it, and pixelated or blurred letters can be read back.
        </p>
      )}
    </section>
  );
}
