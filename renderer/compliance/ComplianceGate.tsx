import { useEffect, useState } from 'react';
import type { CallOutput } from '../../shared/api/contract';
import { ackKey, unresolved } from '../../shared/compliance/compliancePass';
import type { Acknowledgement, ComplianceFinding } from '../../shared/compliance/types';
import type { PlatformId } from '../../shared/model/platforms';
import { errorMessage, studio, unwrap } from '../api/studio';
import { FindingItem } from './FindingItem';
import './compliance.css';

export type GateState = { ready: boolean; acks: Acknowledgement[]; date: string | undefined };
type Check = CallOutput<'compliance.check'>;

type Props = {
  postId: string;
  date: string;
  /** Saves the editor's last changes first: the pass runs on what the library holds, as export does. */
  flushSave(): Promise<void>;
  /** Bumped to run the pass again (after a refused export). */
  round: number;
  onGoTo(f: ComplianceFinding): void;
  onChange(state: GateState): void;
  /** Check for these platforms (what the export will be sent with); the post's own when absent. */
  platforms?: readonly PlatformId[];
};

const MIN_REASON = 3;

/**
 * The export gate as the user meets it: the pass on the saved post, its errors (each with a jump)
 * block, and each warning needs a typed reason, sent with the export as an acknowledgement.
 */
export function ComplianceGate({ postId, date, flushSave, round, onGoTo, onChange, platforms }: Props) {
  const token = `${postId}|${date}|${round}|${platforms?.join(',') ?? ''}`;
  const [loaded, setLoaded] = useState<{ token: string; check: Check } | null>(null);
  const [error, setError] = useState<string | null>(null);
  // A check made for another date or before a refusal is not shown as current.
  const check = loaded?.token === token ? loaded.check : null;
  const [reasons, setReasons] = useState<Record<string, string>>({});
  useEffect(() => {
    let live = true;
    void flushSave()
      .then(() => unwrap(studio.compliance.check({ postId, date, ...(platforms ? { platforms: [...platforms] } : {}) })))
      .then((c) => live && setLoaded({ token, check: c }))
      .catch((err: unknown) => live && setError(errorMessage(err)));
    return () => {
      live = false;
    };
    // flushSave changes identity with the editor's state; the check follows the post, date and round.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [token]);
  const acks: Acknowledgement[] = check
    ? check.findings
        .filter((f) => f.severity === 'warning' && (reasons[ackKey(f)] ?? '').trim().length >= MIN_REASON)
        .map((f) => ({ rule: f.rule, where: f.where.key, reason: reasons[ackKey(f)].trim() }))
    : [];
  const left = check ? unresolved(check.findings, acks) : null;
  const ready = !!left && left.errors.length === 0 && left.unacknowledged.length === 0;
  const signature = `${ready}|${acks.map((a) => `${ackKey(a)}=${a.reason}`).join(';')}|${check?.date}`;
  useEffect(() => {
    onChange({ ready, acks, date: check?.date });
    // Reported when what export would send changes, not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [signature]);
  if (error) return <p className="banner error">The compliance check could not run: {error}</p>;
  if (!check || !left) return <p className="subtle" data-testid="gate-checking">Running the compliance check…</p>;
  const warnings = check.findings.filter((f) => f.severity === 'warning');
  return (
    <section className="gate" data-testid="compliance-gate" aria-label="Compliance check">
      {left.errors.length > 0 ? (
        <div className="export-blockers" role="alert" data-testid="gate-errors">
          <p>
            <strong>
              {left.errors.length} {left.errors.length === 1 ? 'error blocks' : 'errors block'} this export. Fix {left.errors.length === 1 ? 'it' : 'them'} in the editor:
            </strong>
          </p>
          <ul className="finding-list">
            {left.errors.map((f, i) => (
              <FindingItem key={i} finding={f} onGoTo={onGoTo} />
            ))}
          </ul>
        </div>
      ) : (
        <p data-testid="gate-ok">✓ No compliance errors for {check.platforms.join(', ') || 'no platform'} on {check.date}.</p>
      )}
      {warnings.length > 0 && (
        <div data-testid="gate-warnings">
          <p>
            <strong>Each warning needs your reason to go ahead</strong> (kept in the audit log):
          </p>
          <ul className="finding-list">
            {warnings.map((f) => {
              const key = ackKey(f);
              return (
                <FindingItem key={key} finding={f} onGoTo={onGoTo}>
                  <textarea
                    aria-label={`Reason for: ${f.message}`}
                    placeholder="Why this may go out as it is"
                    value={reasons[key] ?? ''}
                    onChange={(e) => setReasons((r) => ({ ...r, [key]: e.target.value }))}
                  />
                </FindingItem>
              );
            })}
          </ul>
        </div>
      )}
    </section>
  );
}
