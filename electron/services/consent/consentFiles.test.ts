import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/fixtures/tempLibrary';
import { openLibrary, type Library } from '../library/library';
import { backupLibrary } from '../library/libraryBackup';
import { checkLibraryFolder } from '../library/libraryCheck';
import { attachForm, signConsent } from './attachForm';
import { consentsCsv, importConsentCsv } from './consentCsv';
import { consentFormPdf } from './consentFormPdf';
import { addConsent, consentHistory } from './consentStore';
import { parseCsv } from './csvText';
import { formFilePath, MAX_FORM_BYTES, readForm } from './formStore';
import { addTestAsset } from '../../../test/fixtures/consentRegistry';

let temp: ReturnType<typeof makeTempDir>;
let lib: Library;
beforeEach(() => {
  temp = makeTempDir();
  lib = openLibrary(path.join(temp.dir, 'lib'));
});
afterEach(() => {
  lib.close();
  temp.cleanup();
});

const today = '2026-06-01';
const terms = { signedOn: '2026-01-10', scope: { platforms: ['instagram'], media: ['image'] } };
const count = (table: string) => lib.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
const header = 'patient,name,signed,expires,platforms,media,features,purposes,internet';

describe('CSV', () => {
  it('parses quotes, doubled quotes, CRLF and fields spanning lines, keeping line numbers', () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi"""\n"two\nlines",z\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x, y', 'say "hi"'] },
      { line: 3, fields: ['two\nlines', 'z'] },
    ]);
  });

  it('imports every row in one go, creating patients', () => {
    const csv = [header, 'PT-0001,,2026-01-10,,instagram;tiktok,image,,education,yes', 'pt-0002,"Doe, Jane",2026-02-01,2027-02-01,"x,linkedin",image;video,face,,no', 'PT-0001,,2026-03-01,,any,text,,publication,yes'].join('\n');
    expect(importConsentCsv(lib.db, csv, today)).toEqual({ imported: 3, patients: 2 });
    expect(count('consents')).toBe(3);
    const out = consentsCsv(lib.db, {}, today);
    expect(out.split('\n')[0]).toMatch(/^id,version,patient,status,kind/);
    expect(out).toContain(',PT-0002,active,full-face,patient,,2026-02-01,2027-02-01,x;linkedin,image;video,face,education,no,');
    expect(out).not.toContain('Jane');
    expect(consentsCsv(lib.db, {}, today, new Map([['PT-0002', 'Doe, Jane']]))).toContain('"Doe, Jane"');
  });

  it('refuses the whole file when one row is bad, naming its line, and imports nothing', () => {
    addConsent(lib.db, { patientCode: 'PT-0100', terms }, today);
    const before = [count('patients'), count('consents'), count('consent_versions'), count('audit_log')];
    const csv = [header, 'PT-0001,,2026-01-10,,instagram,image,,,yes', '', 'PT-0002,,2026-02-30,,instagram,image,,,no', 'PT-0003,,2026-01-10,,facebook,image,,,no'].join('\n');
    expect(() => importConsentCsv(lib.db, csv, today)).toThrow(
      'Nothing imported: line 4: signedOn: 2026-02-30 is not a date: February 2026 has 28 days. line 5: scope.platforms.0: "facebook" is not a platform; use one of: instagram, tiktok, x, linkedin, youtube, threads, bluesky, mastodon, lemon8, any.',
    );
    expect(() => importConsentCsv(lib.db, 'patient,signed,platforms,media,colour\n', today)).toThrow(/line 1: unknown column "colour"/);
    expect(() => importConsentCsv(lib.db, 'patient,signed\n', today)).toThrow(/needs the columns platforms, media/);
    expect(() => importConsentCsv(lib.db, `${header}\nPT-1,,2026-01-10,,x,image,,,maybe`, today)).toThrow(/line 2: internet: "maybe" is not yes or no/);
    expect(() => importConsentCsv(lib.db, `${header}\n"PT-1,2026`, today)).toThrow(/line 2: a quoted field is never closed/);
    expect([count('patients'), count('consents'), count('consent_versions'), count('audit_log')]).toEqual(before);
  });
});

describe('consent forms', () => {
  it('prints a blank form and a signed one with the pad’s PNG embedded', async () => {
    const blank = await consentFormPdf({ consent: null, patientCode: null });
    expect(Buffer.from(blank.subarray(0, 5)).toString()).toBe('%PDF-');
    const c = addConsent(lib.db, { patientCode: 'PT-0042', terms }, today);
    const png = await sharp({ create: { width: 300, height: 100, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).png().toBuffer();
    const signed = await signConsent(lib, c.id, png, { signerName: null }, today);
    expect(signed).toMatchObject({ version: 2, correction: 'signed on the signature pad', form: { mime: 'application/pdf' } });
    const { data } = readForm(lib, signed.form!.hash);
    const pdf = await PDFDocument.load(data);
    expect(pdf.getPageCount()).toBe(1);
    // The signature is an image XObject on the page; the blank form has none.
    expect(Buffer.from(data).toString('latin1')).toMatch(/\/Subtype \/Image/);
    expect(Buffer.from(blank).toString('latin1')).not.toMatch(/\/Subtype \/Image/);
    await expect(signConsent(lib, c.id, Buffer.from('not a png'), {}, today)).rejects.toThrow(/must be a PNG/);
  });

  it('attaches a scanned form (sniffed, size-limited) and reports a changed file loudly', async () => {
    const c = addConsent(lib.db, { patientCode: 'PT-0042', terms }, today);
    const jpeg = await sharp({ create: { width: 20, height: 20, channels: 3, background: '#fff' } }).jpeg().toBuffer();
    const v2 = attachForm(lib, c.id, jpeg, today);
    expect(v2.form).toMatchObject({ mime: 'image/jpeg', bytes: jpeg.length });
    expect(consentHistory(lib.db, c.id).map((v) => v.form?.mime ?? null)).toEqual([null, 'image/jpeg']);
    expect(() => attachForm(lib, c.id, Buffer.from('<html>'), today)).toThrow(/PDF, JPEG or PNG/);
    expect(() => attachForm(lib, c.id, Buffer.alloc(MAX_FORM_BYTES + 1, 0xff), today)).toThrow(/limited to 25 MB/);
    const file = formFilePath(lib, v2.form!.hash);
    fs.chmodSync(file, 0o644);
    fs.appendFileSync(file, 'x');
    expect(() => readForm(lib, v2.form!.hash)).toThrow(/CONSENT FORM DAMAGED/);
    expect(lib.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'consent.form.mismatch'").pluck().get()).toBe(1);
    expect(checkLibraryFolder(lib.dir).problems.map((p) => p.kind)).toEqual(['hash-mismatch']);
  });
});

describe('library backup and check', () => {
  it('backs up database, assets and forms, verified, and refuses an existing destination', async () => {
    addTestAsset(lib, 'a1');
    addTestAsset(lib, 'a2');
    const c = addConsent(lib.db, { patientCode: 'PT-0042', terms }, today);
    attachForm(lib, c.id, Buffer.from('%PDF-1.4 test form'), today);
    const dest = path.join(temp.dir, 'backup');
    const r = await backupLibrary(lib, dest);
    expect(r).toMatchObject({ assets: 2, forms: 1, verified: { ok: true, integrity: 'ok' } });
    expect(checkLibraryFolder(dest).ok).toBe(true);
    const copy = openLibrary(dest);
    expect(copy.db.prepare('SELECT count(*) FROM consent_versions').pluck().get()).toBe(2);
    copy.close();
    await expect(backupLibrary(lib, dest)).rejects.toThrow(/already exists/);
    expect(fs.readdirSync(temp.dir).sort()).toEqual(['backup', 'lib']);
  });

  it('finds orphan files and missing ones', () => {
    addTestAsset(lib, 'a1');
    fs.mkdirSync(path.join(lib.dir, 'forms', 'ab'), { recursive: true });
    fs.writeFileSync(path.join(lib.dir, 'forms', 'ab', 'ab'.repeat(32)), 'stray');
    const hash = lib.db.prepare('SELECT hash FROM assets').pluck().get() as string;
    fs.rmSync(path.join(lib.assetsDir, hash.slice(0, 2), hash));
    const report = checkLibraryFolder(lib.dir);
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => p.kind).sort()).toEqual(['missing-file', 'orphan-file']);
  });
});
