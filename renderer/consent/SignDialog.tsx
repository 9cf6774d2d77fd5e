import { useState } from 'react';
import type { Consent } from '../../shared/consent/consentModel';
import { errorMessage, studio, unwrap } from '../api/studio';
import { saveFile } from '../api/saveFile';
import { Dialog } from '../ui/Dialog';
import { consentKindLabels } from '../../shared/consent/consentModel';
import { listOf, mediaLabels, scopePlatformLabels } from './consentLabels';
import { SignaturePad } from './SignaturePad';
import { signaturePng } from './signaturePng';
import { hasSignature, type Stroke } from './signatureStrokes';

type Props = { consent: Consent; onSigned(c: Consent): void; onClose(): void };

/**
 * In-person signing: the patient (or representative) signs on the pad with a finger, a pen or
 * the trackpad; the registry puts the signature on the form with this consent's scope and keeps
 * that PDF as the consent's signed form (a new version).
 */
export function SignDialog({ consent, onSigned, onClose }: Props) {
  const [strokes, setStrokes] = useState<Stroke[]>([]);
  const [signerName, setSignerName] = useState('');
  const [signed, setSigned] = useState<Consent | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ready = hasSignature(strokes) && !busy;

  const sign = async () => {
    setBusy(true);
    setError(null);
    try {
      const png = await signaturePng(strokes);
      const result = await unwrap(studio.consents.sign({ id: consent.id, signerName: signerName.trim() || undefined }, png));
      setSigned(result);
      onSigned(result);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const download = async () => {
    try {
      const form = await unwrap(studio.consents.form({ id: consent.id }));
      await saveFile(`consent-${consent.patientCode}-signed.pdf`, form.data, form.mime);
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  const footer = signed ? (
    <>
      <button onClick={() => void download()}>Download signed PDF</button>
      <button className="primary" onClick={onClose}>
        Done
      </button>
    </>
  ) : (
    <>
      <button onClick={onClose}>Cancel</button>
      <button className="primary" disabled={!ready} onClick={() => void sign()}>
        {busy ? 'Signing…' : 'Sign and save form'}
      </button>
    </>
  );

  return (
    <Dialog title={`Sign consent of ${consent.patientCode}`} onClose={onClose} footer={footer}>
      <p className="sign-summary">
        {consentKindLabels[consent.kind]} · {listOf(consent.scope.platforms, scopePlatformLabels)} · {listOf(consent.scope.media, mediaLabels)}
        {consent.internetClause ? ' · may appear on the internet' : ''}
      </p>
      {signed ? (
        <div className="banner success" role="status">
          Signed. The signed form is stored with consent {consent.patientCode} as version {signed.version}.
        </div>
      ) : (
        <>
          <div className="pad-frame">
            <SignaturePad strokes={strokes} onStrokesChange={setStrokes} label="Signature pad: sign here with a finger, a pen or the mouse" />
            <span className="pad-line" aria-hidden="true" />
            <span className="pad-hint" aria-hidden="true">
              {strokes.length === 0 ? 'Sign here' : ''}
            </span>
          </div>
          <div className="pad-tools">
            <button type="button" onClick={() => setStrokes((s) => s.slice(0, -1))} disabled={strokes.length === 0}>
              Undo stroke
            </button>
            <button type="button" onClick={() => setStrokes([])} disabled={strokes.length === 0}>
              Clear
            </button>
            <input className="signer-name" aria-label="Signer’s printed name (optional)" placeholder="Signer’s printed name (optional)" maxLength={200} value={signerName} onChange={(e) => setSignerName(e.target.value)} />
          </div>
          <p className="hint">The printed name appears only on the signed form, which stays in this registry.</p>
        </>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}
