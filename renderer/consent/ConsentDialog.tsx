import { useState } from 'react';
import { localToday } from '../../shared/consent/consentDates';
import type { Consent } from '../../shared/consent/consentModel';
import { errorMessage, studio, unwrap } from '../api/studio';
import { Dialog } from '../ui/Dialog';
import { DialogActions } from '../ui/DialogActions';
import { ConsentForm, draftFrom, FieldMessage, termsOf } from './ConsentForm';
import { fieldOfError, type FieldError } from './fieldErrors';

type Props =
  | { mode: 'add'; patientCode?: string; patientCodes: readonly string[]; onSaved(c: Consent): void; onCancel(): void }
  | { mode: 'correct'; consent: Consent; onSaved(c: Consent): void; onCancel(): void };

/** Record a consent, or correct one (a new version; the old stays readable in its history). */
export function ConsentDialog(props: Props) {
  const [draft, setDraft] = useState(() => draftFrom(props.mode === 'correct' ? props.consent : null, localToday()));
  const [patientCode, setPatientCode] = useState(props.mode === 'add' ? (props.patientCode ?? '') : props.consent.patientCode);
  const [correction, setCorrection] = useState('');
  const [error, setError] = useState<FieldError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const saved =
        props.mode === 'add'
          ? await unwrap(studio.consents.add({ patientCode, terms: termsOf(draft) }))
          : await unwrap(studio.consents.correct({ id: props.consent.id, terms: termsOf(draft), correction: correction.trim() }));
      props.onSaved(saved);
    } catch (err) {
      setError(fieldOfError(errorMessage(err)));
      setBusy(false);
    }
  };

  const title = props.mode === 'add' ? 'Add consent' : `Correct consent of ${props.consent.patientCode}`;
  const head =
    props.mode === 'add' ? (
      <label className={`field${error?.field === 'patientCode' ? ' invalid' : ''}`}>
        <span>Patient code</span>
        <input aria-label="Patient code" list="consent-patient-codes" placeholder="PT-0042" maxLength={32} value={patientCode} onChange={(e) => setPatientCode(e.target.value)} />
        <datalist id="consent-patient-codes">
          {props.patientCodes.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
        <FieldMessage error={error} field="patientCode" />
      </label>
    ) : (
      <label className={`field${error?.field === 'correction' ? ' invalid' : ''}`}>
        <span>What was wrong</span>
        <input aria-label="What was wrong" placeholder="e.g. expiry date mistyped" maxLength={500} value={correction} onChange={(e) => setCorrection(e.target.value)} />
        <FieldMessage error={error} field="correction" />
      </label>
    );

  return (
    <Dialog
      title={title}
      onClose={props.onCancel}
      footer={<DialogActions confirmLabel={props.mode === 'add' ? 'Save consent' : 'Save correction'} onConfirm={() => void submit()} onCancel={props.onCancel} disabled={busy || (props.mode === 'correct' && !correction.trim())} />}
    >
      <form
        className="consent-dialog"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <ConsentForm draft={draft} onChange={setDraft} error={error} before={head} />
        <FieldMessage error={error} field="form" />
      </form>
    </Dialog>
  );
}
