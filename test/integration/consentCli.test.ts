import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/hosts/cli/main';
import { saveAnalysis } from '../../electron/services/assets/analysisStore';
import { openLibrary } from '../../electron/services/library/library';
import { openStudio } from '../../electron/services/studio';
import { newImage, newSlide } from '../../shared/editor/objectFactory';
import { DISCLAIMER_LINE } from '../../shared/compliance/rules/disclaimer';
import { PostDocument } from '../../shared/model/postDocument';
import { makeTempDir, samplesDir } from '../fixtures/tempLibrary';

// The registry from the command line against a real temp library, as a clinician would use it.

type Run = { code: number; out: string; err: string };
let temp: { dir: string; cleanup(): void };
let lib: string;
beforeEach(() => {
  temp = makeTempDir('medpost-consent-cli-');
  lib = path.join(temp.dir, 'library');
});
afterEach(() => temp.cleanup());

async function cli(...argv: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli([...argv, '--library', lib], { stdout: (s) => out.push(s), stderr: (s) => err.push(s), isTTY: false }, {});
  return { code, out: out.join('\n'), err: err.join('\n') };
}
async function json<T = Record<string, unknown>>(...argv: string[]): Promise<T> {
  const r = await cli(...argv, '--json');
  expect(r.err, r.err).toBe('');
  return JSON.parse(r.out) as T;
}

async function importPhoto(): Promise<string> {
  const project = await json<{ id: string }>('project', 'create', 'Cases');
  const imported = await json<{ imported: { asset: { id: string } }[] }>('asset', 'import', path.join(samplesDir, 'images', 'photo-7-00.jpg'), '--project', project.id);
  return imported.imported[0].asset.id;
}

describe('medpost consent', () => {
  it('adds, links, checks, lists and revokes, with every gap in plain words', async () => {
    const consent = await json<{ id: string; version: number; patientCode: string; scope: { platforms: string[] } }>(
      'consent', 'add', '--patient', 'PT-0042', '--name', 'Jane Example', '--platforms', 'instagram,linkedin', '--media', 'image',
      '--purposes', 'education', '--internet', '--signer', 'patient', '--signed', '2026-01-10', '--expires', '2026-10-01',
    );
    expect(consent).toMatchObject({ version: 1, patientCode: 'PT-0042', scope: { platforms: ['instagram', 'linkedin'] } });
    expect(JSON.stringify(consent)).not.toContain('Jane');

    const assetId = await importPhoto();
    expect(await json('consent', 'link', '--asset', assetId, '--patient', 'PT-0042')).toEqual({ assetId, link: { patientCode: 'PT-0042' } });

    const ok = await cli('consent', 'check', '--patient', 'PT-0042', '--platform', 'instagram', '--date', '2026-06-01', '--json');
    expect([ok.code, JSON.parse(ok.out)]).toEqual([0, { covered: true, reasons: [] }]);
    const gaps = await cli('consent', 'check', '--patient', 'PT-0042', '--platform', 'tiktok', '--media', 'video', '--features', 'face', '--date', '2026-06-01', '--json');
    expect(gaps.code).toBe(1);
    expect(JSON.parse(gaps.out)).toEqual({
      covered: false,
      reasons: ['consent covers Instagram and LinkedIn, not TikTok', 'video not in scope', 'face visible but full-face not consented'],
    });
    const expired = await cli('consent', 'check', '--asset', assetId, '--platform', 'instagram', '--date', '2026-10-01', '--json');
    expect(JSON.parse(expired.out)).toMatchObject({ covered: false, reasons: ['consent for PT-0042 expired 2026-10-01'] });

    const listed = await cli('consent', 'list', '--csv');
    expect(listed.out.split('\n')).toHaveLength(2);
    expect(listed.out).not.toContain('Jane');
    expect((await cli('consent', 'list', '--csv', '--show-names')).out).toContain('Jane Example');
    expect((await json<{ consents: unknown[] }>('consent', 'list', '--status', 'revoked')).consents).toEqual([]);

    const revoked = await json<{ revocation: { at: string; reason: string }; takedown: unknown[] }>('consent', 'revoke', '--consent', consent.id, '--reason', 'patient request', '--date', '2026-09-02');
    expect(revoked.revocation).toMatchObject({ at: '2026-09-02', reason: 'patient request' });
    expect(revoked.takedown).toEqual([]);
    const after = await cli('consent', 'check', '--patient', 'PT-0042', '--platform', 'instagram', '--date', '2026-09-03', '--json');
    expect(JSON.parse(after.out).reasons).toEqual(['revoked 2026-09-02: patient request']);
    expect((await json<{ consents: { status: string }[] }>('consent', 'list', '--status', 'revoked')).consents.map((c) => c.status)).toEqual(['revoked']);
  });

  it('refuses bad input naming the flag, unknown patients, and the wrong form file', async () => {
    const bad = await cli('consent', 'add', '--patient', 'PT-1', '--platforms', 'instagram', '--media', 'image', '--signed', '2026-02-30');
    expect([bad.code, bad.err]).toEqual([1, 'medpost: --signed: 2026-02-30 is not a date: February 2026 has 28 days.']);
    const order = await cli('consent', 'add', '--patient', 'PT-1', '--platforms', 'instagram', '--media', 'image', '--signed', '2026-03-01', '--expires', '2026-02-01');
    expect(order.err).toBe('medpost: --expires: The expiry date must come after the signing date.');
    expect((await cli('consent', 'add', '--patient', 'PT-1', '--platforms', 'facebook', '--media', 'image')).err).toMatch(/^medpost: --platforms: "facebook" is not a platform; use one of: instagram, /);
    expect((await cli('consent', 'add', '--patient', 'PT-1', '--platforms', 'x', '--media', 'smell')).err).toMatch(/--media: "smell" is not a media kind/);
    expect((await cli('consent', 'check', '--patient', 'PT-9', '--platform', 'x')).err).toBe('medpost: There is no patient PT-9 in the registry: add the patient first.');
    expect((await cli('consent', 'link', '--asset', 'nope', '--patient', 'PT-9')).code).toBe(1);
    const html = path.join(temp.dir, 'form.pdf');
    fs.writeFileSync(html, '<html>not a form</html>');
    const form = await cli('consent', 'add', '--patient', 'PT-1', '--platforms', 'x', '--media', 'image', '--form', html);
    expect(form.err).toMatch(/must be a PDF, JPEG or PNG/);
    expect((await cli('consent', 'add', '--patient', 'PT-1')).code).toBe(2);
    // Nothing was half-written by any of those.
    expect((await json<{ consents: unknown[] }>('consent', 'list')).consents).toEqual([]);
  });

  it('stores a form given with --form, content-addressed, and library check hashes it', async () => {
    const pdf = path.join(temp.dir, 'signed.pdf');
    fs.writeFileSync(pdf, '%PDF-1.4\n% a scanned form\n');
    const c = await json<{ version: number; form: { mime: string; hash: string } }>('consent', 'add', '--patient', 'PT-7', '--platforms', 'any', '--media', 'image', '--form', pdf);
    expect(c).toMatchObject({ version: 2, form: { mime: 'application/pdf' } });
    const check = await json<{ ok: boolean; forms: number }>('library', 'check');
    expect(check).toMatchObject({ ok: true, forms: 1 });
    fs.appendFileSync(path.join(lib, 'forms', c.form.hash.slice(0, 2), c.form.hash), 'tampered');
    const damaged = await cli('library', 'check');
    expect(damaged.code).toBe(1);
    expect(damaged.out).toMatch(/consent form file .* does not match its SHA-256/);
  });

  it('imports a CSV all or nothing, naming the bad line', async () => {
    const good = path.join(temp.dir, 'good.csv');
    fs.writeFileSync(good, 'patient,signed,platforms,media,features\nPT-1,2026-01-02,instagram,image,\nPT-2,2026-01-03,"x,threads",image;video,face\n');
    expect(await json('consent', 'import', good)).toEqual({ imported: 2, patients: 2 });
    const bad = path.join(temp.dir, 'bad.csv');
    fs.writeFileSync(bad, 'patient,signed,platforms,media\nPT-3,2026-01-02,instagram,image\nPT-4,2026-04-31,instagram,image\n');
    const r = await cli('consent', 'import', bad);
    expect([r.code, r.err]).toEqual([1, 'medpost: Nothing imported: line 3: --signed: 2026-04-31 is not a date: April 2026 has 30 days.']);
    expect((await json<{ consents: unknown[] }>('consent', 'list')).consents).toHaveLength(2);
  });

  it('backs up the library to a new folder, verified, and refuses to overwrite', async () => {
    await importPhoto();
    await json('consent', 'add', '--patient', 'PT-1', '--platforms', 'x', '--media', 'image');
    const dest = path.join(temp.dir, 'backup');
    const r = await json<{ path: string; assets: number; verified: { ok: boolean } }>('library', 'backup', dest);
    expect(r).toMatchObject({ path: dest, assets: 1, verified: { ok: true } });
    expect(fs.readdirSync(dest).sort()).toEqual(['assets', 'backup.json', 'library.sqlite', 'thumbs']);
    expect((await cli('library', 'backup', dest)).err).toMatch(/already exists/);
    const copy = openLibrary(dest);
    expect(copy.db.prepare('SELECT count(*) FROM consents').pluck().get()).toBe(1);
    copy.close();
  });
});

describe('export log', () => {
  it('records which assets, patients and consents an export relied on; revoking lists it for takedown', async () => {
    const studio = openStudio(lib, { log: () => {} });
    try {
      const call = async <T>(name: string, input: unknown, upload?: string): Promise<T> => {
        const r = await studio.dispatch(name, input, upload ? { upload: { kind: 'path', path: upload } } : {});
        if (!r.ok) throw new Error(r.error.message);
        return r.value as T;
      };
      const project = await call<{ id: string }>('projects.create', { name: 'Cases' });
      const { asset } = await call<{ asset: { id: string; width: number; height: number } }>('assets.import', { projectId: project.id, name: 'x.jpg' }, path.join(samplesDir, 'images', 'photo-7-00.jpg'));
      // Scanned clean (the scan itself is tested elsewhere; here only the record matters).
      saveAnalysis(studio.library.db, { assetId: asset.id, analyzedAt: new Date().toISOString(), width: asset.width, height: asset.height, findings: [], metadata: [] });
      const consent = await call<{ id: string }>('consents.add', { patientCode: 'PT-0042', terms: { signedOn: '2026-01-10', scope: { platforms: ['instagram', 'x'], media: ['image'] } } });
      await call('consents.link', { assetId: asset.id, patientCode: 'PT-0042' });
      const canvas = { formatId: 'instagram-portrait', width: 1080, height: 1350 };
      const slide = { ...newSlide(undefined, [newImage(asset, canvas)]), altText: 'A clinical photo.' };
      const document = PostDocument.parse({ schemaVersion: 3, canvas, slides: [slide], scenes: [], parts: [] });
      const post = await call<{ id: string }>('posts.create', { projectId: project.id, title: 'Case', format: 'carousel', platforms: ['instagram', 'x'], document });
      const coverage = await call<{ covered: boolean }>('consents.coverage', { assetIds: [asset.id], platform: 'instagram' });
      expect(coverage.covered).toBe(true);
      // The compliance gate (issue 7): a disclaimer in the profile note, a reason for each warning.
      await call('compliance.setSettings', { profileNote: DISCLAIMER_LINE });
      const { findings } = await call<{ findings: { rule: string; severity: string; where: { key: string } }[] }>('compliance.check', { postId: post.id });
      const acks = findings.filter((f) => f.severity === 'warning').map((f) => ({ rule: f.rule, where: f.where.key, reason: 'Reviewed for the test.' }));
      const exported = await call<{ exportId: string }>('posts.export', { id: post.id, kind: 'png', acks });

      const items = studio.library.db.prepare('SELECT asset_id, consent_id, not_clinical FROM export_log_items WHERE export_id = ?').all(exported.exportId);
      expect(items).toEqual([{ asset_id: asset.id, consent_id: consent.id, not_clinical: 0 }]);
      const revoked = await call<{ takedown: { exportId: string; platform: string; assetIds: string[] }[] }>('consents.revoke', { id: consent.id, reason: 'patient request' });
      expect(revoked.takedown.map((t) => [t.exportId, t.platform, t.assetIds])).toEqual([
        [exported.exportId, 'instagram', [asset.id]],
        [exported.exportId, 'x', [asset.id]],
      ]);
      const ticked = await call<{ tickedAt: string | null }>('takedown.tick', { id: (await call<{ items: { id: number }[] }>('takedown.list', { open: true })).items[0].id, ticked: true });
      expect(ticked.tickedAt).not.toBeNull();
      expect((await call<{ items: unknown[] }>('takedown.list', { open: true })).items).toHaveLength(1);
    } finally {
      studio.close();
    }
  }, 60_000);
});
