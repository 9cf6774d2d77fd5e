import type { ReactNode } from 'react';
import { consentKindLabels, consentKinds, featureKinds, mediaKinds, purposes, scopePlatforms, type Consent, type ConsentKind } from '../../shared/consent/consentModel';
import { featureLabels, mediaLabels, purposeLabels, scopePlatformLabels } from './consentLabels';
import type { ConsentField, FieldError } from './fieldErrors';

/** What the consent dialog edits; the API checks it all (dates, lists, expiry after signing). */
export type ConsentDraft = {
  kind: ConsentKind;
  signerRole: 'patient' | 'representative';
  relationship: string;
  signedOn: string;
  expiresOn: string;
  platforms: string[];
  media: string[];
  features: string[];
  purposes: string[];
  internetClause: boolean;
};

export function draftFrom(consent: Consent | null, today: string): ConsentDraft {
  if (!consent) {
    return { kind: 'image', signerRole: 'patient', relationship: '', signedOn: today, expiresOn: '', platforms: [], media: ['image'], features: [], purposes: ['education'], internetClause: true };
  }
  return {
    kind: consent.kind,
    signerRole: consent.signer.role,
    relationship: consent.signer.relationship ?? '',
    signedOn: consent.signedOn,
    expiresOn: consent.expiresOn ?? '',
    platforms: [...consent.scope.platforms],
    media: [...consent.scope.media],
    features: [...consent.scope.features],
    purposes: [...consent.scope.purposes],
    internetClause: consent.internetClause,
  };
}

/** The draft as the API's terms: empty optional fields left out so the registry's defaults apply. */
export function termsOf(d: ConsentDraft) {
  return {
    kind: d.kind,
    signer: { role: d.signerRole, relationship: d.signerRole === 'representative' ? d.relationship.trim() || null : null },
    signedOn: d.signedOn,
    expiresOn: d.expiresOn || null,
    scope: { platforms: d.platforms, media: d.media, features: d.features, purposes: d.purposes },
    internetClause: d.internetClause,
  };
}

export function FieldMessage({ error, field }: { error: FieldError | null; field: ConsentField }) {
  if (!error || error.field !== field) return null;
  return (
    <p className="field-error" role="alert" data-field={field}>
      {error.message}
    </p>
  );
}

function Checks<T extends string>({ legend, values, labels, chosen, onChange, field, error }: { legend: string; values: readonly T[]; labels: Record<T, string>; chosen: string[]; onChange(v: string[]): void; field: ConsentField; error: FieldError | null }) {
  const toggle = (v: string) => onChange(chosen.includes(v) ? chosen.filter((x) => x !== v) : [...chosen, v]);
  return (
    <fieldset className={`field${error?.field === field ? ' invalid' : ''}`}>
      <legend>{legend}</legend>
      <div className="chips">
        {values.map((v) => (
          <label key={v} className={`chip${chosen.includes(v) ? ' on' : ''}`}>
            <input type="checkbox" checked={chosen.includes(v)} onChange={() => toggle(v)} />
            {labels[v]}
          </label>
        ))}
      </div>
      <FieldMessage error={error} field={field} />
    </fieldset>
  );
}

type Props = { draft: ConsentDraft; onChange(d: ConsentDraft): void; error: FieldError | null; before?: ReactNode };

/** The consent's terms as form fields, each API error shown under the field it is about. */
export function ConsentForm({ draft, onChange, error, before }: Props) {
  const set = <K extends keyof ConsentDraft>(key: K, value: ConsentDraft[K]) => onChange({ ...draft, [key]: value });
  return (
    <div className="consent-form">
      {before}
      <fieldset className="field">
        <legend>Kind of consent</legend>
        <div className="chips">
          {consentKinds.map((k) => (
            <label key={k} className={`chip${draft.kind === k ? ' on' : ''}`}>
              <input type="radio" name="consent-kind" checked={draft.kind === k} onChange={() => set('kind', k)} />
              {consentKindLabels[k]}
            </label>
          ))}
        </div>
        <FieldMessage error={error} field="kind" />
      </fieldset>
      <fieldset className={`field${error?.field === 'signer' ? ' invalid' : ''}`}>
        <legend>Signed by</legend>
        <div className="signer-row">
          <div className="chips">
            {(['patient', 'representative'] as const).map((r) => (
              <label key={r} className={`chip${draft.signerRole === r ? ' on' : ''}`}>
                <input type="radio" name="signer-role" checked={draft.signerRole === r} onChange={() => set('signerRole', r)} />
                {r === 'patient' ? 'The patient' : 'A legal representative'}
              </label>
            ))}
          </div>
          {draft.signerRole === 'representative' && (
            <input aria-label="Relationship to the patient" placeholder="Relationship (parent, guardian…)" maxLength={80} value={draft.relationship} onChange={(e) => set('relationship', e.target.value)} />
          )}
        </div>
        <FieldMessage error={error} field="signer" />
      </fieldset>
      <div className="field-pair">
        <label className={`field${error?.field === 'signedOn' ? ' invalid' : ''}`}>
          <span>Signed on</span>
          <input type="date" aria-label="Signed on" value={draft.signedOn} onChange={(e) => set('signedOn', e.target.value)} />
          <FieldMessage error={error} field="signedOn" />
        </label>
        <label className={`field${error?.field === 'expiresOn' ? ' invalid' : ''}`}>
          <span>Expires on (optional)</span>
          <input type="date" aria-label="Expires on" value={draft.expiresOn} onChange={(e) => set('expiresOn', e.target.value)} />
          <FieldMessage error={error} field="expiresOn" />
        </label>
      </div>
      <Checks legend="Platforms" values={scopePlatforms} labels={scopePlatformLabels} chosen={draft.platforms} onChange={(v) => set('platforms', v)} field="platforms" error={error} />
      <Checks legend="Media" values={mediaKinds} labels={mediaLabels} chosen={draft.media} onChange={(v) => set('media', v)} field="media" error={error} />
      <Checks legend="Features that may be shown" values={featureKinds} labels={featureLabels} chosen={draft.features} onChange={(v) => set('features', v)} field="features" error={error} />
      <Checks legend="Purposes" values={purposes} labels={purposeLabels} chosen={draft.purposes} onChange={(v) => set('purposes', v)} field="purposes" error={error} />
      <label className="check-line">
        <input type="checkbox" checked={draft.internetClause} onChange={(e) => set('internetClause', e.target.checked)} />
        The signed form says the material may appear on the internet
      </label>
    </div>
  );
}
