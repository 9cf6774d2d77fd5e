import { StudioFailure } from '../../../shared/api/errors';
import { PatientCode, PatientName, type Patient } from '../../../shared/consent/consentModel';
import { appendAudit } from '../audit/appendAudit';
import type { Db } from '../store/openDatabase';
import { stmt } from './preparedStatements';

type PatientRow = { id: number; code: string; name: string | null; created_at: string; updated_at: string; consent_count: number };

const SELECT = `SELECT p.*, (SELECT count(*) FROM consents c WHERE c.patient_id = p.id) AS consent_count FROM patients p`;

/** Names appear only when asked for: the registry screen's "show names", or `--show-names`. */
function toPatient(row: PatientRow, showNames: boolean): Patient {
  return {
    code: row.code,
    name: showNames ? row.name : null,
    hasName: row.name !== null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    consentCount: row.consent_count,
  };
}

export function parseCode(code: string): string {
  const parsed = PatientCode.safeParse(code);
  if (!parsed.success) throw new StudioFailure('invalid_input', parsed.error.issues[0].message);
  return parsed.data;
}

/** The row id of a patient; an unknown code is refused, never created on the fly. */
export function patientIdOf(db: Db, code: string): number {
  const normal = parseCode(code);
  const id = stmt(db, 'SELECT id FROM patients WHERE code = ?').pluck().get(normal) as number | undefined;
  if (id === undefined) throw new StudioFailure('not_found', `There is no patient ${normal} in the registry: add the patient first.`);
  return id;
}

export function getPatient(db: Db, code: string, showNames = false): Patient {
  const id = patientIdOf(db, code);
  return toPatient(stmt(db, `${SELECT} WHERE p.id = ?`).get(id) as PatientRow, showNames);
}

export function listPatients(db: Db, options: { query?: string; showNames?: boolean } = {}): Patient[] {
  const q = options.query?.trim() ?? '';
  // The search matches names only when names are shown, so a hidden name cannot be probed.
  const rows = (
    q === ''
      ? stmt(db, `${SELECT} ORDER BY p.code`).all()
      : options.showNames
        ? stmt(db, `${SELECT} WHERE p.code LIKE @q ESCAPE '\\' OR p.name LIKE @q ESCAPE '\\' ORDER BY p.code`).all({ q: likePattern(q) })
        : stmt(db, `${SELECT} WHERE p.code LIKE ? ESCAPE '\\' ORDER BY p.code`).all(likePattern(q))
  ) as PatientRow[];
  return rows.map((r) => toPatient(r, Boolean(options.showNames)));
}

function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function createPatient(db: Db, input: { code: string; name?: string | null }, showNames = false, now = new Date().toISOString()): Patient {
  const code = parseCode(input.code);
  const name = input.name == null ? null : PatientName.parse(input.name);
  return db.transaction(() => {
    if (stmt(db, 'SELECT 1 FROM patients WHERE code = ?').get(code)) {
      throw new StudioFailure('conflict', `Patient ${code} is already in the registry.`);
    }
    const { lastInsertRowid } = stmt(db, 'INSERT INTO patients (code, name, created_at, updated_at) VALUES (?, ?, ?, ?)').run(code, name, now, now);
    // The code only: a name never reaches the audit log.
    appendAudit(db, { action: 'patient.create', objectType: 'patient', objectId: code, detail: { named: name !== null } });
    return toPatient(stmt(db, `${SELECT} WHERE p.id = ?`).get(lastInsertRowid) as PatientRow, showNames);
  }).immediate();
}

/** Finds the patient, or creates it (the CLI's `consent add --patient CODE` on a new code). */
export function ensurePatient(db: Db, code: string, name: string | null | undefined, showNames = false): Patient {
  const normal = parseCode(code);
  const row = stmt(db, 'SELECT id FROM patients WHERE code = ?').get(normal);
  if (!row) return createPatient(db, { code: normal, name }, showNames);
  if (name != null) return updatePatient(db, normal, { name }, showNames);
  return getPatient(db, normal, showNames);
}

export function updatePatient(db: Db, code: string, patch: { name: string | null }, showNames = false, now = new Date().toISOString()): Patient {
  const name = patch.name === null ? null : PatientName.parse(patch.name);
  return db.transaction(() => {
    const id = patientIdOf(db, code);
    stmt(db, 'UPDATE patients SET name = ?, updated_at = ? WHERE id = ?').run(name, now, id);
    appendAudit(db, { action: 'patient.update', objectType: 'patient', objectId: parseCode(code), detail: { named: name !== null } });
    return toPatient(stmt(db, `${SELECT} WHERE p.id = ?`).get(id) as PatientRow, showNames);
  }).immediate();
}
