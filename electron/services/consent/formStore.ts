import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { StudioFailure } from '../../../shared/api/errors';
import type { FormFile } from '../../../shared/consent/consentModel';
import { appendAudit } from '../audit/appendAudit';
import type { Library } from '../library/library';
import { newStagingPath } from '../library/staging';
import { stmt } from './preparedStatements';

/** A scanned form is a few pages; anything bigger is almost certainly the wrong file. */
export const MAX_FORM_BYTES = 25 * 1024 * 1024;

export function formsDir(lib: Pick<Library, 'dir'>): string {
  return path.join(lib.dir, 'forms');
}

export function formFilePath(lib: Pick<Library, 'dir'>, hash: string): string {
  return path.join(formsDir(lib), hash.slice(0, 2), hash);
}

/** What a form file is, from its first bytes (never its name): PDF, JPEG or PNG. */
export function sniffForm(data: Uint8Array): FormFile['mime'] {
  const head = Buffer.from(data.subarray(0, 8));
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  if (head.equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  throw new StudioFailure('unsupported', 'A consent form must be a PDF, JPEG or PNG file (judged by its content, not its name).');
}

/**
 * Stores a form by its SHA-256. The file is written to staging, then moved into place while
 * the write lock is held and its row inserted in the same transaction, so a crash leaves either
 * both or an orphan file that `library check` reports — never a row without its file.
 */
export function storeForm(lib: Library, data: Uint8Array, now = new Date().toISOString()): FormFile {
  if (data.byteLength === 0) throw new StudioFailure('invalid_input', 'The form file is empty.');
  if (data.byteLength > MAX_FORM_BYTES) {
    throw new StudioFailure('too_large', `The form file is ${(data.byteLength / 1048576).toFixed(1)} MB; forms are limited to ${MAX_FORM_BYTES / 1048576} MB.`);
  }
  const mime = sniffForm(data);
  const hash = createHash('sha256').update(data).digest('hex');
  const form: FormFile = { hash, mime, bytes: data.byteLength };
  const staged = newStagingPath(lib, '-form');
  fs.writeFileSync(staged, data, { flag: 'wx' });
  try {
    lib.db
      .transaction(() => {
        if (stmt(lib.db, 'SELECT 1 FROM consent_forms WHERE hash = ?').get(hash)) return;
        const target = formFilePath(lib, hash);
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.renameSync(staged, target);
        stmt(lib.db, 'INSERT INTO consent_forms (hash, mime, bytes, stored_at) VALUES (?, ?, ?, ?)').run(hash, mime, data.byteLength, now);
      })
      .immediate();
  } finally {
    fs.rmSync(staged, { force: true });
  }
  return form;
}

/**
 * The bytes of a stored form, after checking them against the hash they were stored under. A
 * mismatch means the evidence changed on disk: refused loudly and written to the audit log.
 */
export function readForm(lib: Library, hash: string): { form: FormFile; data: Buffer } {
  const row = stmt(lib.db, 'SELECT hash, mime, bytes FROM consent_forms WHERE hash = ?').get(hash) as FormFile | undefined;
  if (!row) throw new StudioFailure('not_found', 'That consent form is not in the library.');
  let data: Buffer;
  try {
    data = fs.readFileSync(formFilePath(lib, hash));
  } catch {
    appendAudit(lib.db, { action: 'consent.form.missing', objectType: 'library', objectId: null, detail: { hash } });
    throw new StudioFailure('corrupt', `CONSENT FORM MISSING: the signed form ${hash.slice(0, 12)}… is gone from the library folder. Restore it from a backup.`);
  }
  const actual = createHash('sha256').update(data).digest('hex');
  if (actual !== hash) {
    appendAudit(lib.db, { action: 'consent.form.mismatch', objectType: 'library', objectId: null, detail: { hash, actual } });
    throw new StudioFailure(
      'corrupt',
      `CONSENT FORM DAMAGED: the stored form ${hash.slice(0, 12)}… no longer matches its SHA-256 (it was changed or damaged on disk). Restore it from a backup.`,
    );
  }
  return { form: row, data };
}
