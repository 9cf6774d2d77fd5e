import { StudioFailure } from '../../../shared/api/errors';
import { dateProblem } from '../../../shared/consent/consentDates';
import type { Consent, Revocation } from '../../../shared/consent/consentModel';
import { appendAudit } from '../audit/appendAudit';
import type { Db } from '../store/openDatabase';
import { getConsent } from './consentStore';
import { exportsShowingPatient } from './exportLog';
import { stmt } from './preparedStatements';
import { takedownItems, type TakedownItem } from './takedownList';

/** Stands in for the platform of an export whose post named none: "wherever it was posted". */
export const UNSPECIFIED_PLATFORM = 'unspecified';

/**
 * Revokes a consent (a state with its day and reason; nothing is deleted) and opens the
 * takedown checklist: one line per export that showed the patient, per platform it was meant
 * for. All in one transaction, so a revocation never exists without its checklist.
 */
export function revokeConsent(
  db: Db,
  consentId: string,
  input: { reason: string; at?: string },
  today: string,
  now = new Date().toISOString(),
): { consent: Consent; revocation: Revocation; takedown: TakedownItem[] } {
  const reason = input.reason.trim();
  if (reason === '') throw new StudioFailure('invalid_input', 'Say why the consent is revoked (e.g. "patient request").');
  if (reason.length > 500) throw new StudioFailure('invalid_input', 'Keep the reason under 500 characters.');
  const at = input.at ?? today;
  const problem = dateProblem(at);
  if (problem) throw new StudioFailure('invalid_input', problem);
  if (at > today) throw new StudioFailure('invalid_input', `The revocation date ${at} is in the future.`);
  return db.transaction(() => {
    const current = getConsent(db, consentId);
    if (current.revocation) throw new StudioFailure('conflict', `Consent ${consentId} was already revoked ${current.revocation.at}: ${current.revocation.reason}`);
    stmt(db, 'INSERT INTO consent_revocations (consent_id, revoked_on, reason, recorded_at) VALUES (?, ?, ?, ?)').run(consentId, at, reason, now);
    const patientId = stmt(db, 'SELECT patient_id FROM consents WHERE id = ?').pluck().get(consentId) as number;
    const add = stmt(db, 'INSERT OR IGNORE INTO takedown_items (consent_id, export_id, platform, created_at) VALUES (?, ?, ?, ?)');
    for (const e of exportsShowingPatient(db, patientId)) {
      for (const platform of e.platforms.length > 0 ? e.platforms : [UNSPECIFIED_PLATFORM]) add.run(consentId, e.exportId, platform, now);
    }
    const takedown = takedownItems(db, { consentId });
    // The reason may name the patient's circumstances: the audit keeps ids and counts only.
    appendAudit(db, { action: 'consent.revoke', objectType: 'consent', objectId: consentId, detail: { at, takedownItems: takedown.length } });
    const consent = getConsent(db, consentId);
    return { consent, revocation: consent.revocation!, takedown };
  }).immediate();
}
