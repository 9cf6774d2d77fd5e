import { ruleTitles, type ComplianceFinding, type ComplianceResult } from '../../shared/compliance/types';
import { audiences, type Audience } from '../../shared/model/postDocument';
import { FindingItem } from './FindingItem';
import './compliance.css';

type Props = {
  result: ComplianceResult;
  pending: boolean;
  audience: Audience | undefined;
  onAudience(a: Audience): void;
  date: string;
  onDate(date: string): void;
  onGoTo(f: ComplianceFinding): void;
  onFix(f: ComplianceFinding): void;
  onCollapse(): void;
};

const audienceWords: Record<Audience, string> = { public: 'The public', students: 'Students', clinicians: 'Clinicians' };

/**
 * The compliance pass beside the editor: who the post is for, when it goes out, and every finding
 * with a jump to its place and its one-click fix. Errors must be fixed before export; warnings
 * need a reason in the export dialog.
 */
export function CompliancePanel({ result, pending, audience, onAudience, date, onDate, onGoTo, onFix, onCollapse }: Props) {
  const { summary, findings } = result;
  const light = summary.errors > 0 ? 'red' : summary.warnings > 0 ? 'amber' : 'green';
  return (
    <aside className="compliance-panel" aria-label="Compliance" data-testid="compliance-panel">
      <header className="compliance-head">
        <h2>
          <span className={`light ${light}`} aria-hidden="true" /> Checks
        </h2>
        <button type="button" className="mini" onClick={onCollapse} aria-label="Hide the checks" title="Hide">
          ›
        </button>
      </header>
      <div className="compliance-settings">
        <label className="prop-field">
          <span className="field-label">Audience</span>
          <select aria-label="Audience" value={audience ?? ''} onChange={(e) => onAudience(e.target.value as Audience)} data-testid="audience">
            <option value="" disabled>
              Choose…
            </option>
            {audiences.map((a) => (
              <option key={a} value={a}>
                {audienceWords[a]}
              </option>
            ))}
          </select>
        </label>
        <label className="prop-field">
          <span className="field-label">Posting on</span>
          <input type="date" aria-label="Planned posting date" value={date} onChange={(e) => e.target.value && onDate(e.target.value)} />
        </label>
      </div>
      <p className="compliance-summary" data-testid="compliance-summary" role="status">
        {summary.errors === 0 && summary.warnings === 0
          ? 'Nothing blocks this post.'
          : `${summary.errors} ${summary.errors === 1 ? 'error' : 'errors'}, ${summary.warnings} ${summary.warnings === 1 ? 'warning' : 'warnings'}`}
        {pending && <span className="subtle"> · checking images…</span>}
      </p>
      <ul className="finding-list">
        {findings.map((f, i) => (
          <FindingItem key={`${f.rule}|${f.where.key}|${i}`} finding={f} onGoTo={onGoTo} onFix={onFix}>
            <span className="finding-rule">{ruleTitles[f.rule]}</span>
          </FindingItem>
        ))}
      </ul>
    </aside>
  );
}

/** The folded panel: a rail with the light and the number of errors. */
export function ComplianceRail({ result, onOpen }: { result: ComplianceResult; onOpen(): void }) {
  const { errors, warnings } = result.summary;
  const light = errors > 0 ? 'red' : warnings > 0 ? 'amber' : 'green';
  return (
    <aside className="compliance-rail" aria-label="Compliance">
      <button type="button" onClick={onOpen} aria-label={`Show the checks (${errors} errors, ${warnings} warnings)`} data-testid="compliance-open">
        <span className={`light ${light}`} aria-hidden="true" />
        <span className="rail-count">{errors || warnings || '✓'}</span>
      </button>
    </aside>
  );
}
