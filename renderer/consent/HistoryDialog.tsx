import { consentKindLabels, type Consent } from '../../shared/consent/consentModel';
import { errorMessage, studio, unwrap } from '../api/studio';
import { saveFile } from '../api/saveFile';
import { useStudioData } from '../api/useStudioData';
import { Dialog } from '../ui/Dialog';
import { useNotify } from '../ui/Toasts';
import { featureLabels, listOf, mediaLabels, purposeLabels, scopePlatformLabels } from './consentLabels';
import { StatusChip } from './StatusChip';
import { TakedownChecklist } from './TakedownChecklist';

/** One consent's versions, newest first, read-only: a correction never overwrites what was recorded. */
export function HistoryDialog({ consentId, onClose }: { consentId: string; onClose(): void }) {
  const notify = useNotify();
  const data = useStudioData(() => unwrap(studio.consents.get({ id: consentId })), `consent:${consentId}`, () => false);
  const download = async (v: Consent) => {
    try {
      const form = await unwrap(studio.consents.form({ id: v.id, version: v.version }));
      const ext = form.mime === 'application/pdf' ? 'pdf' : form.mime === 'image/png' ? 'png' : 'jpg';
      await saveFile(`consent-${v.patientCode}-v${v.version}.${ext}`, form.data, form.mime);
    } catch (err) {
      notify(errorMessage(err), 'error');
    }
  };
  const d = data.data;
  return (
    <Dialog
      title={d ? `Consent of ${d.consent.patientCode}: history` : 'Consent history'}
      onClose={onClose}
      footer={
        <button className="primary" onClick={onClose}>
          Close
        </button>
      }
    >
      {data.error && <div className="banner error">{data.error}</div>}
      {d && (
        <div className="history">
          <p className="history-status">
            <StatusChip status={d.consent.status} consent={d.consent} />
            {d.consent.revocation && (
              <span>
                Revoked {d.consent.revocation.at}: {d.consent.revocation.reason}
              </span>
            )}
          </p>
          <ol className="version-list" aria-label="Versions">
            {[...d.history].reverse().map((v) => (
              <li key={v.version} data-testid="consent-version">
                <div className="version-head">
                  <strong>Version {v.version}</strong>
                  <span className="subtle">recorded {new Date(v.recordedAt).toLocaleString()}</span>
                  {v.form && (
                    <button className="link" onClick={() => void download(v)}>
                      Signed form ({v.form.mime === 'application/pdf' ? 'PDF' : 'image'})
                    </button>
                  )}
                </div>
                <div className="version-why">{v.correction ?? 'First recorded.'}</div>
                <dl className="version-terms">
                  <dt>Kind</dt>
                  <dd>{consentKindLabels[v.kind]}</dd>
                  <dt>Signed</dt>
                  <dd>
                    {v.signedOn} by {v.signer.role === 'patient' ? 'the patient' : `a representative${v.signer.relationship ? ` (${v.signer.relationship})` : ''}`}
                  </dd>
                  <dt>Expires</dt>
                  <dd>{v.expiresOn ?? 'No expiry'}</dd>
                  <dt>Platforms</dt>
                  <dd>{listOf(v.scope.platforms, scopePlatformLabels)}</dd>
                  <dt>Media</dt>
                  <dd>{listOf(v.scope.media, mediaLabels)}</dd>
                  <dt>Features</dt>
                  <dd>{v.scope.features.length ? listOf(v.scope.features, featureLabels) : 'None'}</dd>
                  <dt>Purposes</dt>
                  <dd>{listOf(v.scope.purposes, purposeLabels)}</dd>
                  <dt>Internet</dt>
                  <dd>{v.internetClause ? 'The form says it may appear on the internet' : 'Not stated on the form'}</dd>
                  {v.form && (
                    <>
                      <dt>Form SHA-256</dt>
                      <dd className="hash">{v.form.hash.slice(0, 16)}…</dd>
                    </>
                  )}
                </dl>
              </li>
            ))}
          </ol>
          {(d.takedown.length > 0 || d.consent.revocation) && (
            <>
              <h3>Takedown checklist</h3>
              <TakedownChecklist items={d.takedown} />
            </>
          )}
        </div>
      )}
    </Dialog>
  );
}
