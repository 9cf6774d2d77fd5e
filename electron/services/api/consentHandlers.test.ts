import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { useTempStudio } from '../../../test/fixtures/tempStudio';
import { addTestAsset } from '../../../test/fixtures/consentRegistry';
import { makeTempDir } from '../../../test/fixtures/tempLibrary';
import { openStudio } from '../studio';
import { cliHost } from './hostCapabilities';

const t = useTempStudio('Consent API');

async function call<T>(name: string, input: unknown, upload?: Uint8Array | Readable): Promise<T> {
  const ctx = upload === undefined ? {} : { upload: upload instanceof Readable ? { kind: 'stream' as const, stream: upload } : { kind: 'bytes' as const, data: upload } };
  const r = await t.studio.dispatch(name, input, ctx);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
}

const terms = { signedOn: '2026-01-10', scope: { platforms: ['instagram'], media: ['image'] } };

describe('consent registry through the API', () => {
  it('creates patients (names hidden unless asked), adds, corrects and reads history', async () => {
    expect(await call('patients.create', { code: 'pt-0042', name: 'Jane Example' })).toMatchObject({ code: 'PT-0042', name: null, hasName: true });
    expect((await call<{ patients: { name: string | null }[] }>('patients.list', { showNames: true })).patients[0].name).toBe('Jane Example');
    const c = await call<{ id: string }>('consents.add', { patientCode: 'PT-0042', terms });
    await call('consents.correct', { id: c.id, terms: { ...terms, expiresOn: '2027-01-10' }, correction: 'expiry was on the form' });
    const got = await call<{ consent: { version: number; status: string; expiresOn: string }; history: unknown[] }>('consents.get', { id: c.id });
    expect(got.consent).toMatchObject({ version: 2, expiresOn: '2027-01-10' });
    expect(got.history).toHaveLength(2);
    const bad = await t.studio.dispatch('consents.add', { patientCode: 'PT-0042', terms: { ...terms, signedOn: '2026-02-30' } });
    expect(bad).toEqual({ ok: false, error: { code: 'invalid_input', message: 'signedOn: 2026-02-30 is not a date: February 2026 has 28 days.' } });
  });

  it('links assets and answers coverage, links and a patient-level check', async () => {
    addTestAsset(t.studio.library, 'a1', { projectId: t.projectId, face: true });
    await call('consents.add', { patientCode: 'PT-1', terms });
    await call('consents.link', { assetId: 'a1', patientCode: 'PT-1' });
    expect(await call('consents.links', { assetIds: ['a1', 'zz'] })).toEqual({ links: [{ assetId: 'a1', link: { patientCode: 'PT-1' } }, { assetId: 'zz', link: null }] });
    const cov = await call<{ covered: boolean; reasons: string[] }>('consents.coverage', { assetIds: ['a1'], platform: 'instagram', date: '2026-06-01' });
    expect(cov).toMatchObject({ covered: false, reasons: ['face visible but full-face not consented'] });
    expect(await call('consents.check', { patientCode: 'PT-1', platform: 'instagram', date: '2026-06-01' })).toMatchObject({ covered: true, reasons: [] });
    expect((await t.studio.dispatch('consents.link', { assetId: 'a1', patientCode: 'PT-1', notClinical: true })).ok).toBe(false);
  });

  it('prints forms, signs with a PNG upload, serves the stored form, imports CSV from a stream and lists', async () => {
    const blank = await call<{ mime: string; data: Uint8Array }>('consents.formPdf', {});
    expect(blank.mime).toBe('application/pdf');
    const c = await call<{ id: string }>('consents.add', { patientCode: 'PT-2', patientName: 'John Example', terms });
    const png = await sharp({ create: { width: 200, height: 60, channels: 4, background: { r: 0, g: 0, b: 80, alpha: 1 } } }).png().toBuffer();
    const signed = await call<{ version: number; form: { hash: string } }>('consents.sign', { id: c.id }, png);
    expect(signed.version).toBe(2);
    const form = await call<{ mime: string; data: Uint8Array }>('consents.form', { id: c.id });
    expect(form.mime).toBe('application/pdf');
    await expect(call('consents.form', { id: c.id, version: 1 })).rejects.toThrow(/No signed form is attached/);

    const csv = Readable.from([Buffer.from('patient,signed,platforms,media\nPT-3,2026-01-02,x,image\n')]);
    expect(await call('consents.import', {}, csv)).toEqual({ imported: 1, patients: 1 });
    const plain = Buffer.from((await call<{ data: Uint8Array }>('consents.exportList', { format: 'json' })).data).toString();
    expect(JSON.parse(plain).consents).toHaveLength(2);
    expect(plain).not.toContain('John');
    expect(Buffer.from((await call<{ data: Uint8Array }>('consents.exportList', { format: 'csv', showNames: true })).data).toString()).toContain('John Example');
    expect(await call('library.check', {})).toMatchObject({ ok: true, forms: 1 });
  });
});

describe('consent change events', () => {
  it('tells open windows after each write, and not after a read', async () => {
    const seen: unknown[] = [];
    const off = t.studio.subscribe((e) => seen.push(e));
    await call('patients.create', { code: 'PT-0077' });
    await call('consents.add', { patientCode: 'PT-0077', terms });
    await call('consents.list', {});
    off();
    expect(seen).toEqual([
      { type: 'library.changed', what: 'consents' },
      { type: 'library.changed', what: 'consents' },
    ]);
  });
});

describe('library.backup names a folder only from the CLI', () => {
  it('refuses a destination from a host serving a page (web, desktop): nothing is written', async () => {
    const temp = makeTempDir();
    try {
      const dest = path.join(temp.dir, 'backup');
      const r = await t.studio.dispatch('library.backup', { dest });
      expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(fs.readdirSync(temp.dir)).toEqual([]);
    } finally {
      temp.cleanup();
    }
  });

  it('backs up where the CLI host says (the user named the folder at a shell)', async () => {
    const temp = makeTempDir();
    const cli = openStudio(path.join(temp.dir, 'lib'), { log: () => {}, host: cliHost });
    try {
      const r = await cli.dispatch('library.backup', { dest: path.join(temp.dir, 'backup') });
      expect(r).toMatchObject({ ok: true, value: { verified: { ok: true } } });
      expect(fs.existsSync(path.join(temp.dir, 'backup', 'library.sqlite'))).toBe(true);
    } finally {
      cli.close();
      temp.cleanup();
    }
  });
});
