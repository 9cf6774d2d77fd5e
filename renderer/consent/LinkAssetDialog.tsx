import { useState } from 'react';
import { errorMessage, studio, unwrap } from '../api/studio';
import { useStudioData } from '../api/useStudioData';
import { Dialog } from '../ui/Dialog';
import { DialogActions } from '../ui/DialogActions';
import type { AssetConsent } from './useAssetConsent';

type Props = { asset: { id: string; originalName: string }; current: AssetConsent | null; onDone(message: string): void; onCancel(): void };

const NOT_CLINICAL = '__not-clinical__';

/** Link an asset to a patient by code, or mark it as showing no patient. Names never appear here. */
export function LinkAssetDialog({ asset, current, onDone, onCancel }: Props) {
  const patients = useStudioData(() => unwrap(studio.patients.list({})).then((r) => r.patients), 'link-patients', (e) => e.type === 'library.changed' && e.what === 'consents');
  const initial = current?.kind === 'patient' ? current.patientCode : current?.kind === 'not-clinical' ? NOT_CLINICAL : '';
  const [choice, setChoice] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (!choice) return;
    setBusy(true);
    setError(null);
    try {
      const input = choice === NOT_CLINICAL ? { assetId: asset.id, notClinical: true as const } : { assetId: asset.id, patientCode: choice };
      await unwrap(studio.consents.link(input));
      onDone(choice === NOT_CLINICAL ? `“${asset.originalName}” marked as not clinical.` : `“${asset.originalName}” linked to ${choice}.`);
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  };
  const list = patients.data ?? [];
  return (
    <Dialog title="Link to patient" onClose={onCancel} footer={<DialogActions confirmLabel="Link" onConfirm={() => void submit()} onCancel={onCancel} disabled={!choice || busy} />}>
      <p className="subtle">Which patient does “{asset.originalName}” show? Its posts will need that patient’s consent.</p>
      <label className="field">
        <span>Patient</span>
        <select className="select" aria-label="Patient" value={choice} onChange={(e) => setChoice(e.target.value)}>
          <option value="">Choose…</option>
          {list.map((p) => (
            <option key={p.code} value={p.code}>
              {p.code}
            </option>
          ))}
          <option value={NOT_CLINICAL}>No patient / not clinical</option>
        </select>
      </label>
      {list.length === 0 && !patients.loading && (
        <p className="subtle">
          No patients yet: add one in the <a href="#/consent">consent registry</a>.
        </p>
      )}
      {error && <p className="field-error" role="alert">{error}</p>}
    </Dialog>
  );
}
