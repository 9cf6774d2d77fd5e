import { addDays } from './consentDates';
import type { Consent, ConsentStatus } from './consentModel';

/** How soon before its expiry a consent is flagged, so a new one can be signed in time. */
export const EXPIRING_WITHIN_DAYS = 30;

/**
 * A consent's state on `today`. A consent is valid up to the day before its expiry date: on the
 * expiry date itself it no longer covers anything.
 */
export function consentStatus(consent: Pick<Consent, 'expiresOn' | 'revocation'>, today: string): ConsentStatus {
  if (consent.revocation && consent.revocation.at <= today) return 'revoked';
  if (consent.expiresOn !== null && consent.expiresOn <= today) return 'expired';
  if (consent.expiresOn !== null && consent.expiresOn <= addDays(today, EXPIRING_WITHIN_DAYS)) return 'expiring';
  return 'active';
}

/** Whether a consent holds on `date` at all, scope aside: signed by then, not expired, not revoked. */
export function inForceOn(consent: Pick<Consent, 'signedOn' | 'expiresOn' | 'revocation'>, date: string): boolean {
  if (consent.revocation && consent.revocation.at <= date) return false;
  if (consent.signedOn > date) return false;
  return consent.expiresOn === null || consent.expiresOn > date;
}
