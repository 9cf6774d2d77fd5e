import type { Consent, ConsentTermsInput, FormFile } from '../../../shared/consent/consentModel';
import type { Library } from '../library/library';
import { consentFormPdf } from './consentFormPdf';
import { correctConsent, getConsent } from './consentStore';
import { storeForm } from './formStore';

export function termsOf(c: Consent, form: FormFile | null = c.form): ConsentTermsInput {
  return { kind: c.kind, signer: c.signer, signedOn: c.signedOn, expiresOn: c.expiresOn, scope: c.scope, internetClause: c.internetClause, form };
}

/** Stores a scanned form (PDF, JPEG or PNG; sniffed and size-limited) as the consent's next version. */
export function attachForm(lib: Library, consentId: string, data: Uint8Array, today: string): Consent {
  const current = getConsent(lib.db, consentId);
  const form = storeForm(lib, data);
  return correctConsent(lib.db, consentId, { terms: termsOf(current, form), correction: 'signed form attached' }, today);
}

/**
 * Signs in person: the form with this consent's scope and the signature drawn on the pad (PNG),
 * stored as the consent's form in its next version.
 */
export async function signConsent(lib: Library, consentId: string, png: Uint8Array, options: { signerName?: string | null }, today: string): Promise<Consent> {
  const current = getConsent(lib.db, consentId);
  const pdf = await consentFormPdf({ consent: current, patientCode: current.patientCode, signature: { png, signedOn: today, signerName: options.signerName ?? null } });
  const form = storeForm(lib, pdf);
  return correctConsent(lib.db, consentId, { terms: termsOf(current, form), correction: 'signed on the signature pad' }, today);
}
