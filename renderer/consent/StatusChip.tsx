import type { Consent, ConsentStatus } from '../../shared/consent/consentModel';
import { statusLabels } from './consentLabels';

/** The consent's state today; "expiring" says when, "revoked" says since when. */
export function StatusChip({ status, consent }: { status: ConsentStatus; consent: Pick<Consent, 'expiresOn' | 'revocation'> }) {
  const title =
    status === 'revoked' && consent.revocation
      ? `Revoked ${consent.revocation.at}: ${consent.revocation.reason}`
      : status === 'expiring' || status === 'expired'
        ? `${status === 'expired' ? 'Expired' : 'Expires'} ${consent.expiresOn}`
        : consent.expiresOn
          ? `Valid until the day before ${consent.expiresOn}`
          : 'No expiry date';
  return (
    <span className={`status-chip ${status}`} data-testid="status-chip" data-status={status} title={title}>
      {statusLabels[status]}
    </span>
  );
}
