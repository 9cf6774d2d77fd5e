import { StudioFailure } from '../../../shared/api/errors';
import type { ConsentStatus, ConsentTermsInput } from '../../../shared/consent/consentModel';
import { PatientCode } from '../../../shared/consent/consentModel';
import { appendAudit } from '../audit/appendAudit';
import type { Db } from '../store/openDatabase';
import { addConsent, listConsents, parseTerms } from './consentStore';
import { csvLine, CsvSyntaxError, parseCsv } from './csvText';
import { testDelayMs, testMarker, testPause } from './testDelay';

/** The import's columns; `patient`, `signed`, `platforms` and `media` are required. */
export const IMPORT_COLUMNS = ['patient', 'name', 'kind', 'signer', 'relationship', 'signed', 'expires', 'platforms', 'media', 'features', 'purposes', 'internet'] as const;
const REQUIRED = ['patient', 'signed', 'platforms', 'media'];
const MAX_REPORTED = 20;

// Lists inside one field: "instagram;tiktok" (or a quoted "instagram,tiktok").
const list = (s: string | undefined) => (s ?? '').split(/[;,|]/).map((x) => x.trim().toLowerCase()).filter(Boolean);

function yesNo(s: string | undefined, line: number): boolean {
  const v = (s ?? '').trim().toLowerCase();
  if (['', 'no', 'n', 'false', '0'].includes(v)) return false;
  if (['yes', 'y', 'true', '1'].includes(v)) return true;
  throw new Error(`line ${line}: internet: "${s}" is not yes or no.`);
}

type Row = { line: number; patient: string; name: string | null; terms: ConsentTermsInput };

function rowOf(line: number, get: (c: string) => string | undefined): Row {
  const code = PatientCode.safeParse(get('patient') ?? '');
  if (!code.success) throw new Error(`line ${line}: patient: ${code.error.issues[0].message}`);
  const role = (get('signer') ?? '').trim().toLowerCase() || 'patient';
  const terms = {
    kind: (get('kind') ?? '').trim() || undefined,
    signer: { role, relationship: (get('relationship') ?? '').trim() || null },
    signedOn: (get('signed') ?? '').trim(),
    expiresOn: (get('expires') ?? '').trim() || null,
    scope: { platforms: list(get('platforms')), media: list(get('media')), features: list(get('features')), purposes: list(get('purposes')).length ? list(get('purposes')) : undefined },
    internetClause: yesNo(get('internet'), line),
  } as ConsentTermsInput;
  try {
    parseTerms(terms);
  } catch (err) {
    throw new Error(`line ${line}: ${(err as Error).message}`);
  }
  return { line, patient: code.data, name: (get('name') ?? '').trim() || null, terms };
}

/** Every row checked before anything is written; one bad row (or more) and the file is refused whole. */
export function validateConsentCsv(text: string, today: string): Row[] {
  let records;
  try {
    records = parseCsv(text);
  } catch (err) {
    if (err instanceof CsvSyntaxError) throw new StudioFailure('invalid_input', `Nothing imported: ${err.message}.`);
    throw err;
  }
  if (records.length === 0) throw new StudioFailure('invalid_input', 'Nothing imported: the file is empty.');
  const header = records[0].fields.map((h) => h.trim().toLowerCase());
  const unknown = header.filter((h) => !(IMPORT_COLUMNS as readonly string[]).includes(h));
  if (unknown.length) throw new StudioFailure('invalid_input', `Nothing imported: line 1: unknown column "${unknown[0]}"; the columns are ${IMPORT_COLUMNS.join(', ')}.`);
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (missing.length) throw new StudioFailure('invalid_input', `Nothing imported: line 1: the header needs the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}.`);
  const rows: Row[] = [];
  const problems: string[] = [];
  for (const { line, fields } of records.slice(1)) {
    try {
      if (fields.length !== header.length) throw new Error(`line ${line}: ${fields.length} fields where the header has ${header.length}.`);
      const row = rowOf(line, (c) => {
        const i = header.indexOf(c);
        return i < 0 ? undefined : fields[i];
      });
      if (String(row.terms.signedOn) > today) throw new Error(`line ${line}: signed: ${row.terms.signedOn} is in the future.`);
      rows.push(row);
    } catch (err) {
      problems.push((err as Error).message);
    }
  }
  if (problems.length) {
    const more = problems.length > MAX_REPORTED ? ` (and ${problems.length - MAX_REPORTED} more bad rows)` : '';
    throw new StudioFailure('invalid_input', `Nothing imported: ${problems.slice(0, MAX_REPORTED).join(' ')}${more}`);
  }
  if (rows.length === 0) throw new StudioFailure('invalid_input', 'Nothing imported: the file has a header but no rows.');
  return rows;
}

/** Imports a CSV of consents all or nothing: one transaction, committed only after the last row. */
export function importConsentCsv(db: Db, text: string, today: string, onRow?: (done: number, total: number) => void): { imported: number; patients: number } {
  const rows = validateConsentCsv(text, today);
  const delay = testDelayMs();
  const patientsBefore = db.prepare('SELECT count(*) FROM patients').pluck().get() as number;
  db.transaction(() => {
    for (const [i, row] of rows.entries()) {
      addConsent(db, { patientCode: row.patient, patientName: row.name, terms: row.terms }, today);
      onRow?.(i + 1, rows.length);
      if (i === 0) testMarker('import transaction open');
      testPause(delay);
    }
    appendAudit(db, { action: 'consent.import', objectType: 'consent', objectId: null, detail: { rows: rows.length } });
  }).immediate();
  const patients = (db.prepare('SELECT count(*) FROM patients').pluck().get() as number) - patientsBefore;
  return { imported: rows.length, patients };
}

/** The registry as CSV (names only when asked for). */
export function consentsCsv(db: Db, filter: { patientCode?: string; status?: ConsentStatus }, today: string, names?: Map<string, string | null>): string {
  const head = ['id', 'version', 'patient', ...(names ? ['name'] : []), 'status', 'kind', 'signer', 'relationship', 'signed', 'expires', 'platforms', 'media', 'features', 'purposes', 'internet', 'form_sha256', 'revoked', 'revoke_reason'];
  const lines = listConsents(db, filter, today).map((c) =>
    csvLine([
      c.id,
      c.version,
      c.patientCode,
      ...(names ? [names.get(c.patientCode) ?? null] : []),
      c.status,
      c.kind,
      c.signer.role,
      c.signer.relationship,
      c.signedOn,
      c.expiresOn,
      c.scope.platforms.join(';'),
      c.scope.media.join(';'),
      c.scope.features.join(';'),
      c.scope.purposes.join(';'),
      c.internetClause ? 'yes' : 'no',
      c.form?.hash ?? null,
      c.revocation?.at ?? null,
      c.revocation?.reason ?? null,
    ]),
  );
  return [csvLine(head), ...lines].join('\n') + '\n';
}
