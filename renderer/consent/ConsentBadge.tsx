import { statusLabels } from './consentLabels';
import './consent.css';
import type { AssetConsent } from './useAssetConsent';

function describe(consent: AssetConsent): { text: string; title: string; tone: string } {
  if (consent.kind === 'unlinked') return { text: 'No consent link', title: 'Not linked to a patient yet: link it, or mark it as not clinical.', tone: 'unlinked' };
  if (consent.kind === 'not-clinical') return { text: 'Not clinical', title: 'Marked as showing no patient.', tone: 'not-clinical' };
  if (consent.status === 'none') return { text: `${consent.patientCode} · no consent`, title: `${consent.patientCode} has no consent recorded.`, tone: 'expired' };
  return { text: `${consent.patientCode} · ${statusLabels[consent.status].toLowerCase()}`, title: `Linked to ${consent.patientCode}; best consent: ${statusLabels[consent.status].toLowerCase()}.`, tone: consent.status };
}

/** The asset's consent at a glance (patient code and status colour); a click links it. */
export function ConsentBadge({ consent, onClick, assetName }: { consent: AssetConsent | null; onClick?(): void; assetName: string }) {
  if (!consent) return <span className="consent-badge loading">…</span>;
  const { text, title, tone } = describe(consent);
  return (
    <button type="button" className={`consent-badge ${tone}`} data-testid="consent-badge" data-tone={tone} title={title} aria-label={`Consent of ${assetName}: ${text}. Link to patient…`} onClick={onClick}>
      <span className="consent-dot" aria-hidden="true" />
      {text}
    </button>
  );
}
