import { randomUUID } from 'node:crypto';
import { StudioFailure } from '../../../shared/api/errors';
import { ConsentTerms, type Consent, type ConsentStatus, type FormFile } from '../../../shared/consent/consentModel';
import { consentStatus } from '../../../shared/consent/consentStatus';
import { appendAudit } from '../audit/appendAudit';
import type { Db } from '../store/openDatabase';
import { ensurePatient, patientIdOf } from './patientStore';
import { stmt } from './preparedStatements';

type ConsentRow = {
  id: string;
  patient_code: string;
  version: number;
  kind: Consent['kind'];
  signer_role: Consent['signer']['role'];
  signer_relationship: string | null;
  signed_on: string;
  expires_on: string | null;
  scope: string;
  internet_clause: number;
  form_hash: string | null;
  form_mime: FormFile['mime'];
  form_bytes: number | null;
  correction: string | null;
  recorded_at: string;
  revoked_on: string | null;
  revoke_reason: string | null;
  revoke_recorded_at: string | null;
};

/** One version of a consent with its patient, form and revocation; `{version}` picks which. */
const SELECT = `
  SELECT c.id, p.code AS patient_code, v.version, v.kind, v.signer_role, v.signer_relationship, v.signed_on,
         v.expires_on, v.scope, v.internet_clause, v.form_hash, f.mime AS form_mime, f.bytes AS form_bytes,
         v.correction, v.recorded_at, r.revoked_on, r.reason AS revoke_reason, r.recorded_at AS revoke_recorded_at
  FROM consents c
  JOIN patients p ON p.id = c.patient_id
  JOIN consent_versions v ON v.consent_id = c.id AND v.version = {version}
  LEFT JOIN consent_forms f ON f.hash = v.form_hash
  LEFT JOIN consent_revocations r ON r.consent_id = c.id`;
const CURRENT = SELECT.replace('{version}', '(SELECT max(version) FROM consent_versions WHERE consent_id = c.id)');
const ANY_VERSION = SELECT.replace('{version}', 'v.version');

export function toConsent(row: ConsentRow): Consent {
  return {
    id: row.id,
    version: row.version,
    patientCode: row.patient_code,
    kind: row.kind,
    signer: { role: row.signer_role, relationship: row.signer_relationship },
    signedOn: row.signed_on,
    expiresOn: row.expires_on,
    scope: JSON.parse(row.scope) as Consent['scope'],
    internetClause: row.internet_clause === 1,
    form: row.form_hash ? { hash: row.form_hash, mime: row.form_mime, bytes: row.form_bytes! } : null,
    correction: row.correction,
    recordedAt: row.recorded_at,
    revocation: row.revoked_on ? { at: row.revoked_on, reason: row.revoke_reason!, recordedAt: row.revoke_recorded_at! } : null,
  };
}

export function parseTerms(input: unknown): ConsentTerms {
  const parsed = ConsentTerms.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    throw new StudioFailure('invalid_input', `${where}${issue.message}`);
  }
  return parsed.data;
}

function refuseFuture(terms: ConsentTerms, today: string): void {
  if (terms.signedOn > today) throw new StudioFailure('invalid_input', `The signing date ${terms.signedOn} is in the future: record a consent once it is signed.`);
}

function insertVersion(db: Db, id: string, version: number, terms: ConsentTerms, correction: string | null, now: string): void {
  if (terms.form && !stmt(db, 'SELECT 1 FROM consent_forms WHERE hash = ?').get(terms.form.hash)) {
    throw new StudioFailure('not_found', 'That consent form is not stored in the library: attach the file first.');
  }
  stmt(
    db,
    `INSERT INTO consent_versions (consent_id, version, kind, signer_role, signer_relationship, signed_on, expires_on, scope,
       internet_clause, form_hash, correction, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    version,
    terms.kind,
    terms.signer.role,
    terms.signer.relationship,
    terms.signedOn,
    terms.expiresOn,
    JSON.stringify(terms.scope),
    terms.internetClause ? 1 : 0,
    terms.form?.hash ?? null,
    correction,
    now,
  );
}

/** Records a new consent (the patient is created if the code is new); returns its first version. */
export function addConsent(
  db: Db,
  input: { patientCode: string; patientName?: string | null; terms: unknown },
  today: string,
  now = new Date().toISOString(),
): Consent {
  const terms = parseTerms(input.terms);
  refuseFuture(terms, today);
  return db.transaction(() => {
    const patient = ensurePatient(db, input.patientCode, input.patientName);
    const id = randomUUID();
    stmt(db, 'INSERT INTO consents (id, patient_id, created_at) SELECT ?, id, ? FROM patients WHERE code = ?').run(id, now, patient.code);
    insertVersion(db, id, 1, terms, null, now);
    appendAudit(db, { action: 'consent.add', objectType: 'consent', objectId: id, detail: { patient: patient.code, version: 1 } });
    return getConsent(db, id);
  }).immediate();
}

/** A correction: the next version with the new terms; every earlier version stays readable. */
export function correctConsent(db: Db, id: string, input: { terms: unknown; correction: string }, today: string, now = new Date().toISOString()): Consent {
  const terms = parseTerms(input.terms);
  refuseFuture(terms, today);
  const why = input.correction.trim();
  if (why === '') throw new StudioFailure('invalid_input', 'Say what the correction fixes.');
  return db.transaction(() => {
    const current = getConsent(db, id);
    if (current.revocation) {
      throw new StudioFailure('conflict', `Consent ${id} was revoked ${current.revocation.at}; it stays as it was. Record a new consent instead.`);
    }
    insertVersion(db, id, current.version + 1, terms, why, now);
    appendAudit(db, { action: 'consent.correct', objectType: 'consent', objectId: id, detail: { version: current.version + 1 } });
    return getConsent(db, id);
  }).immediate();
}

/** The current version of a consent. */
export function getConsent(db: Db, id: string): Consent {
  const row = stmt(db, `${CURRENT} WHERE c.id = ?`).get(id) as ConsentRow | undefined;
  if (!row) throw new StudioFailure('not_found', `There is no consent ${id} in the registry.`);
  return toConsent(row);
}

/** Every version of a consent, oldest first. */
export function consentHistory(db: Db, id: string): Consent[] {
  const rows = stmt(db, `${ANY_VERSION} WHERE c.id = ? ORDER BY v.version`).all(id) as ConsentRow[];
  if (rows.length === 0) throw new StudioFailure('not_found', `There is no consent ${id} in the registry.`);
  return rows.map(toConsent);
}

/** The current versions of one patient's consents: the hot lookup (an index on patient). */
export function consentsOfPatientId(db: Db, patientId: number): Consent[] {
  return (stmt(db, `${CURRENT} WHERE c.patient_id = ? ORDER BY v.signed_on, c.id`).all(patientId) as ConsentRow[]).map(toConsent);
}

export function consentsOfPatient(db: Db, code: string): Consent[] {
  return consentsOfPatientId(db, patientIdOf(db, code));
}

export type ListedConsent = Consent & { status: ConsentStatus };

export function listConsents(db: Db, filter: { patientCode?: string; status?: ConsentStatus }, today: string): ListedConsent[] {
  const list = filter.patientCode
    ? consentsOfPatient(db, filter.patientCode)
    : (stmt(db, `${CURRENT} ORDER BY p.code, v.signed_on, c.id`).all() as ConsentRow[]).map(toConsent);
  const withStatus = list.map((c) => ({ ...c, status: consentStatus(c, today) }));
  // "active" includes those expiring soon: they still cover today.
  if (filter.status === 'active') return withStatus.filter((c) => c.status === 'active' || c.status === 'expiring');
  return filter.status ? withStatus.filter((c) => c.status === filter.status) : withStatus;
}
