import { useState } from 'react';
import type { Patient } from '../../shared/consent/consentModel';
import { errorMessage, studio, unwrap } from '../api/studio';
import { Dialog } from '../ui/Dialog';
import { DialogActions } from '../ui/DialogActions';
import { FieldMessage } from './ConsentForm';
import { fieldOfError, type FieldError } from './fieldErrors';

/** A patient by pseudonymous code; the real name is optional and stays in the registry. */
export function AddPatientDialog({ onSaved, onCancel }: { onSaved(p: Patient): void; onCancel(): void }) {
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<FieldError | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      onSaved(await unwrap(studio.patients.create({ code, name: name.trim() || null })));
    } catch (err) {
      const e = fieldOfError(errorMessage(err));
      // "name: …" is the patient's name here (the API's field is called `name`).
      setError(/^name: /.test(errorMessage(err)) ? { field: 'patientName', message: errorMessage(err).replace(/^name: /, '') } : e);
      setBusy(false);
    }
  };
  return (
    <Dialog title="Add patient" onClose={onCancel} footer={<DialogActions confirmLabel="Add patient" onConfirm={() => void submit()} onCancel={onCancel} disabled={busy || !code.trim()} />}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <label className={`field${error?.field === 'patientCode' ? ' invalid' : ''}`}>
          <span>Patient code</span>
          <input aria-label="Patient code" placeholder="PT-0042" maxLength={32} value={code} onChange={(e) => setCode(e.target.value)} />
          <FieldMessage error={error} field="patientCode" />
        </label>
        <label className={`field${error?.field === 'patientName' ? ' invalid' : ''}`}>
          <span>Real name (optional)</span>
          <input aria-label="Real name (optional)" maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
          <span className="hint">Kept only in this registry: never in exports, logs or file names.</span>
          <FieldMessage error={error} field="patientName" />
        </label>
        <FieldMessage error={error} field="form" />
      </form>
    </Dialog>
  );
}
