import { useState } from 'react';
import { localToday } from '../../shared/consent/consentDates';
import type { Consent } from '../../shared/consent/consentModel';
import { errorMessage, studio, unwrap } from '../api/studio';
import { Dialog } from '../ui/Dialog';
import { TakedownChecklist, type Takedown } from './TakedownChecklist';

type Props = { consent: Consent; onRevoked(): void; onClose(): void };

/** Revoke with a reason (nothing is deleted), then the takedown checklist of every export showing the patient. */
export function RevokeDialog({ consent, onRevoked, onClose }: Props) {
  const [reason, setReason] = useState('');
  const [at, setAt] = useState(localToday());
  const [takedown, setTakedown] = useState<Takedown[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const revoke = async () => {
    setBusy(true);
    setError(null);
    try {
      const result = await unwrap(studio.consents.revoke({ id: consent.id, reason: reason.trim(), at }));
      setTakedown(result.takedown);
      onRevoked();
    } catch (err) {
      setError(errorMessage(err).replace(/^(reason|at): /, ''));
    } finally {
      setBusy(false);
    }
  };

  if (takedown) {
    return (
      <Dialog
        title={`Consent of ${consent.patientCode} revoked`}
        onClose={onClose}
        footer={
          <button className="primary" onClick={onClose}>
            Done
          </button>
        }
      >
        <p>Take down every post below where {consent.patientCode} appears, then tick it off. Ticks are kept in the audit log; you can come back to this list from the consent’s history.</p>
        <TakedownChecklist items={takedown} />
      </Dialog>
    );
  }
  return (
    <Dialog
      title={`Revoke consent of ${consent.patientCode}`}
      onClose={onClose}
      footer={
        <>
          <button onClick={onClose}>Cancel</button>
          <button className="primary danger" disabled={busy || !reason.trim()} onClick={() => void revoke()}>
            Revoke consent
          </button>
        </>
      }
    >
      <p className="subtle">The consent stays in the registry, marked revoked from that day. Posts that relied on it are listed next so you can take them down.</p>
      <label className="field">
        <span>Reason</span>
        <textarea aria-label="Reason" rows={3} maxLength={500} placeholder="e.g. patient asked to withdraw" value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      <label className="field">
        <span>Revoked on</span>
        <input type="date" aria-label="Revoked on" value={at} onChange={(e) => setAt(e.target.value)} />
      </label>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}
