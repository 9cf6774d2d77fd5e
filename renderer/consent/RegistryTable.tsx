import { useRef, useState, type DragEvent } from 'react';
import { consentKindLabels } from '../../shared/consent/consentModel';
import { ASSET_DRAG_TYPE } from '../editor/editorApi';
import { listOf, mediaLabels, scopePlatformLabels } from './consentLabels';
import { StatusChip } from './StatusChip';
import type { PatientGroup, RegistryConsent } from './useRegistry';

export type ConsentAction = 'sign' | 'attach' | 'formPdf' | 'signedForm' | 'history' | 'correct' | 'revoke';

type Props = {
  groups: PatientGroup[];
  showNames: boolean;
  onAddConsent(patientCode: string): void;
  onAction(action: ConsentAction, consent: RegistryConsent): void;
  onDropAsset(patientCode: string, assetId: string): void;
};

const carriesAsset = (e: DragEvent) => e.dataTransfer.types.includes(ASSET_DRAG_TYPE);

/** The secondary actions of a consent, behind one button so a row stays readable. */
function MoreActions({ consent, onAction }: { consent: RegistryConsent; onAction: Props['onAction'] }) {
  const menu = useRef<HTMLDetailsElement>(null);
  const run = (action: ConsentAction) => {
    if (menu.current) menu.current.open = false;
    onAction(action, consent);
  };
  return (
    <details className="row-menu" ref={menu}>
      <summary aria-label={`More actions for the consent of ${consent.patientCode} signed ${consent.signedOn}`}>⋯</summary>
      <div className="row-menu-items" role="menu">
        <button role="menuitem" onClick={() => run('history')}>History and versions</button>
        <button role="menuitem" onClick={() => run('formPdf')}>Print form (PDF)</button>
        {consent.form && <button role="menuitem" onClick={() => run('signedForm')}>Download signed form</button>}
        <button role="menuitem" onClick={() => run('attach')}>Attach scanned form…</button>
        <button role="menuitem" onClick={() => run('correct')}>Correct…</button>
      </div>
    </details>
  );
}

function ConsentCells({ consent, onAction }: { consent: RegistryConsent; onAction: Props['onAction'] }) {
  const revoked = consent.status === 'revoked';
  return (
    <>
      <td className="consent-cell">
        <button className="link kind-link" onClick={() => onAction('history', consent)} title="History and versions" aria-label={`History of the consent of ${consent.patientCode} signed ${consent.signedOn}`}>
          {consentKindLabels[consent.kind]}
          {consent.version > 1 && <span className="version-tag">v{consent.version}</span>}
        </button>
        <div className="cell-sub">{consent.signer.role === 'patient' ? 'Signed by the patient' : `Signed by ${consent.signer.relationship ?? 'a representative'}`}</div>
        <div className="cell-sub">{consent.form ? <span className="form-chip" title={`SHA-256 ${consent.form.hash}`}>Signed form kept</span> : 'No signed form yet'}</div>
      </td>
      <td className="scope-cell">
        <div className="cell-main">{listOf(consent.scope.platforms, scopePlatformLabels)}</div>
        <div className="cell-sub">
          {listOf(consent.scope.media, mediaLabels)}
          {consent.scope.features.length > 0 && ` · ${consent.scope.features.join(', ')}`}
          {consent.internetClause ? ' · internet' : ''}
        </div>
      </td>
      <td className="date">{consent.signedOn}</td>
      <td className="date">{consent.expiresOn ?? '—'}</td>
      <td>
        <StatusChip status={consent.status} consent={consent} />
      </td>
      <td className="actions">
        {/* Signing is for a consent that can still hold; an expired one needs a new consent. */}
        {(consent.status === 'active' || consent.status === 'expiring') && !consent.form && (
          <button className="small" onClick={() => onAction('sign', consent)}>
            Sign…
          </button>
        )}
        {!revoked && (
          <button className="small danger" onClick={() => onAction('revoke', consent)}>
            Revoke…
          </button>
        )}
        <MoreActions consent={consent} onAction={onAction} />
      </td>
    </>
  );
}

/**
 * Patients and their consents. Each patient's rows are one drop target: an asset tile dropped
 * there is linked to that patient (the tile carries its id as in the editor).
 */
export function RegistryTable({ groups, showNames, onAddConsent, onAction, onDropAsset }: Props) {
  const [over, setOver] = useState<string | null>(null);
  return (
    <table className="registry-table">
      <thead>
        <tr>
          <th>Patient</th>
          <th>Consent</th>
          <th>Scope</th>
          <th>Signed</th>
          <th>Expires</th>
          <th>Status</th>
          <th aria-label="Actions" />
        </tr>
      </thead>
      {groups.map(({ patient, consents }) => {
        const rows = Math.max(1, consents.length);
        const patientCell = (
          <td rowSpan={rows} className="patient-cell">
            <div className="patient-code">{patient.code}</div>
            {showNames && patient.name && <div className="patient-name">{patient.name}</div>}
            {!showNames && patient.hasName && <div className="cell-sub">Name on file</div>}
            <button className="link" onClick={() => onAddConsent(patient.code)} aria-label={`Add consent for ${patient.code}`}>
              + Consent
            </button>
          </td>
        );
        return (
          <tbody
            key={patient.code}
            className={`patient-group${over === patient.code ? ' drop-over' : ''}`}
            data-testid="patient-row"
            data-code={patient.code}
            onDragOver={(e) => {
              if (!carriesAsset(e)) return;
              e.preventDefault();
              e.dataTransfer.dropEffect = 'link';
              setOver(patient.code);
            }}
            onDragLeave={(e) => {
              if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(null);
            }}
            onDrop={(e) => {
              const id = e.dataTransfer.getData(ASSET_DRAG_TYPE);
              setOver(null);
              if (!id) return;
              e.preventDefault();
              onDropAsset(patient.code, id);
            }}
          >
            {consents.length === 0 ? (
              <tr>
                {patientCell}
                <td colSpan={6} className="cell-sub">
                  No consent recorded yet.
                </td>
              </tr>
            ) : (
              consents.map((c, i) => (
                <tr key={c.id} data-testid="consent-row" data-status={c.status}>
                  {i === 0 && patientCell}
                  <ConsentCells consent={c} onAction={onAction} />
                </tr>
              ))
            )}
          </tbody>
        );
      })}
    </table>
  );
}
