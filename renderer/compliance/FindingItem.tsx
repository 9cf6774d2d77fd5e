import type { ComplianceFinding } from '../../shared/compliance/types';

const severityWords = { error: 'Error', warning: 'Warning', info: 'Note' } as const;

type Props = { finding: ComplianceFinding; onGoTo?(f: ComplianceFinding): void; onFix?(f: ComplianceFinding): void; children?: React.ReactNode };

/** One finding: its severity, place and message in plain words, a jump to the place and its fix. */
export function FindingItem({ finding, onGoTo, onFix, children }: Props) {
  const canGo = !!finding.where.slideId;
  return (
    <li className={`finding ${finding.severity}`} data-testid="finding" data-rule={finding.rule} data-severity={finding.severity}>
      <span className="finding-head">
        <span className={`finding-dot ${finding.severity}`} aria-label={severityWords[finding.severity]} title={severityWords[finding.severity]} />
        <span className="finding-where">{finding.where.label}</span>
      </span>
      <span className="finding-message">{finding.message}</span>
      {(onGoTo || onFix) && (
        <span className="finding-actions">
          {onGoTo && canGo && (
            <button type="button" className="link" onClick={() => onGoTo(finding)}>
              Go to
            </button>
          )}
          {onFix && finding.fix && (
            <button type="button" className="fix" data-testid="finding-fix" onClick={() => onFix(finding)}>
              {finding.fix.label}
            </button>
          )}
        </span>
      )}
      {children}
    </li>
  );
}
