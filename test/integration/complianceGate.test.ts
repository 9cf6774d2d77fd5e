import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../shared/compliance/complianceApi';
import { DISCLAIMER_LINE } from '../../shared/compliance/rules/disclaimer';
import type { ComplianceFinding } from '../../shared/compliance/types';
import type { ExportResult } from '../../shared/api/contract';
import type { Asset } from '../../shared/model/asset';
import type { AssetAnalysis } from '../../shared/model/assetAnalysis';
import type { Post } from '../../shared/model/post';
import { PostDocument as PostDocumentSchema, type PostDocument } from '../../shared/model/postDocument';
import { documentAssetIds } from '../../shared/model/documentAssets';
import { shutdownOcr } from '../../electron/services/ocr/tesseractPool';
import { filesUnder } from '../fixtures/craftedFiles';
import { createPost, openExportWorld, threeSlides, type ExportWorld } from './exportSetup';

// The gate through the one API entry (dispatch): nothing reaches the renderer of an export
// while the pass has an error or a warning without a reason.

type Check = { findings: ComplianceFinding[]; summary: { ok: boolean; errors: number; warnings: number }; passHash: string };

let world: ExportWorld;
let xray: Asset;
let doc: PostDocument;

beforeAll(async () => {
  world = await openExportWorld();
  xray = await world.importSample('images/xray-7-00.png');
  doc = threeSlides(xray, await world.call<AssetAnalysis>('assets.analyze', { id: xray.id }));
}, 120_000);
afterAll(async () => {
  world?.close();
  await shutdownOcr();
});

const check = (postId: string, platforms = ['instagram']) => world.call<Check>('compliance.check', { postId, platforms, date: '2026-12-01' });
const audit = (action: string, objectId: string) => world.call<{ entries: AuditEntry[] }>('audit.list', { action, objectId }).then((r) => r.entries);
const exportsOnDisk = () => filesUnder(path.join(world.dir, 'exports'));

describe('the compliance gate on posts.export', () => {
  it('refuses an export with an unresolved error, listing it, and writes nothing', async () => {
    await world.call('compliance.setSettings', { profileNote: '' });
    const id = await createPost(world, doc);
    const found = await check(id);
    expect(found.findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual(['disclaimer']);
    const before = exportsOnDisk().length;
    const r = await world.studio.dispatch('posts.export', { id, kind: 'png', platforms: ['instagram'], acks: [] });
    expect(r).toEqual({ ok: false, error: { code: 'forbidden', message: expect.stringMatching(/^Not exported: 1 compliance error to fix: 1\) \[disclaimer\] The post has no disclaimer/) } });
    expect(exportsOnDisk().length).toBe(before);
    const blocked = await audit('compliance.blocked', id);
    expect(blocked[0].detail).toMatchObject({ errors: 1, findings: expect.stringContaining('disclaimer@post/disclaimer') });
  });

  it('refuses a warning without a reason (and a reason for a different place), then exports with every reason given, audited with hashes', async () => {
    await world.call('compliance.setSettings', { profileNote: `Radiologist. ${DISCLAIMER_LINE}` });
    const id = await createPost(world, doc);
    const { findings } = await check(id);
    const warnings = findings.filter((f) => f.severity === 'warning');
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(warnings.map((w) => w.where.key).sort()).toEqual([`asset:${xray.id}/unlinked`, 'post/audience', 'post/framing']);
    const refused = await world.studio.dispatch('posts.export', { id, kind: 'png', platforms: ['instagram'] });
    expect(refused).toEqual({ ok: false, error: { code: 'forbidden', message: expect.stringMatching(/3 warnings need a reason: 1\) \[consent\]/) } });
    const wrongPlace = warnings.map((w) => ({ rule: w.rule, where: `${w.where.key}-elsewhere`, reason: 'Checked.' }));
    expect((await world.studio.dispatch('posts.export', { id, kind: 'png', platforms: ['instagram'], acks: wrongPlace })).ok).toBe(false);
    const acks = warnings.map((w) => ({ rule: w.rule, where: w.where.key, reason: w.rule === 'consent' ? 'Anonymous teaching film; Mr John Smith agreed verbally.' : 'Reviewed for the teaching file.' }));
    const result = await world.call<ExportResult>('posts.export', { id, kind: 'png', platforms: ['instagram'], date: '2026-12-01', acks });
    const file = await world.call<{ data: Uint8Array }>('exports.download', { exportId: result.exportId });
    const exported = (await audit('compliance.exported', id))[0].detail;
    expect(exported).toMatchObject({ exportId: result.exportId, platforms: 'instagram', date: '2026-12-01', acknowledged: 3, sha256: createHash('sha256').update(file.data).digest('hex') });
    const acked = await audit('compliance.ack', id);
    expect(acked.map((a) => a.detail.rule).sort()).toEqual(['consent', 'education', 'education']);
    // The reason is kept, the name in it is not.
    const consentAck = acked.find((a) => a.detail.rule === 'consent')!;
    expect(consentAck.detail.reason).toMatch(/agreed verbally/);
    expect(consentAck.detail.reason).not.toMatch(/John|Smith/);
    const passes = await audit('compliance.pass', id);
    expect(passes[0].detail).toMatchObject({ trigger: 'export', errors: 0, warnings: 3, passHash: exported.passHash });
  });

  it('refuses a platform the library’s policy pack does not allow, and takes an acknowledgement only for a warning', async () => {
    await world.call('compliance.setSettings', { pack: { name: 'Strict', platformsAllowed: ['linkedin'] }, profileNote: DISCLAIMER_LINE });
    const id = await createPost(world, doc);
    const r = await world.studio.dispatch('posts.export', { id, kind: 'pdf', platforms: ['instagram'], acks: [{ rule: 'policy', where: 'platform:instagram/notAllowed', reason: 'I insist.' }] });
    expect(r.ok).toBe(false);
    expect((r as { error: { message: string } }).error.message).toMatch(/\[policy\] The Strict policy does not allow posting on Instagram/);
    const bad = await world.studio.dispatch('compliance.setSettings', { pack: { name: 'Typo', bannedTerm: ['x'] } });
    expect(bad).toEqual({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/“bannedTerm” is not a policy-pack field/) } });
    await world.call('compliance.setSettings', { pack: null, profileNote: '' });
  });

  it('checks the day planned on the post when the caller names none', async () => {
    const id = await createPost(world, { ...doc, plannedDate: '2027-03-14' });
    const r = await world.call<{ date: string }>('compliance.check', { postId: id, platforms: ['instagram'] });
    expect(r.date).toBe('2027-03-14');
    expect((await world.call<{ date: string }>('compliance.check', { postId: id, platforms: ['instagram'], date: '2026-12-01' })).date).toBe('2026-12-01');
  });

  it('exports the audit log as CSV and as a PDF table', async () => {
    const csv = await world.call<{ mime: string; data: Uint8Array }>('audit.export', { action: 'compliance.', format: 'csv' });
    const text = Buffer.from(csv.data).toString('utf8');
    expect(text.split('\r\n')[0]).toBe('seq,at,action,object_type,object_id,detail');
    expect(text).toMatch(/compliance\.exported,post,/);
    const pdf = await world.call<{ mime: string; data: Uint8Array }>('audit.export', { format: 'pdf' });
    expect(pdf.mime).toBe('application/pdf');
    expect(Buffer.from(pdf.data).subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('.medpost files', () => {
  it('round-trip a post with its assets (new ids, assets to scan again) and refuse a damaged file', async () => {
    const id = await createPost(world, doc);
    const file = await world.call<{ data: Uint8Array }>('posts.exportFile', { id });
    const saved = path.join(world.dir, 'case.medpost');
    fs.writeFileSync(saved, file.data);
    const opened = await world.call<Post>('posts.importFile', { projectId: world.projectId, name: 'case.medpost' }, saved);
    expect(opened.id).not.toBe(id);
    expect(opened.document.slides.map((s) => s.objects.length)).toEqual(doc.slides.map((s) => s.objects.length));
    const image = opened.document.slides[1].objects.find((o) => o.type === 'image')!;
    expect(image.type === 'image' && image.assetId).toBe(xray.id); // same bytes in the same project: the library keeps one asset
    const other = await world.call<{ id: string }>('projects.create', { name: 'Elsewhere' });
    const moved = await world.call<Post>('posts.importFile', { projectId: other.id, name: 'case.medpost' }, saved);
    const movedImage = moved.document.slides[1].objects.find((o) => o.type === 'image')!;
    const movedAsset = await world.call<Asset>('assets.get', { id: movedImage.type === 'image' ? movedImage.assetId : '' });
    // A file's assets are scanned again before they can leave: its claim to be clean is not trusted.
    expect([movedAsset.projectId, movedAsset.phiStatus, movedAsset.hash]).toEqual([other.id, 'unchecked', xray.hash]);
    const damaged = Buffer.from(file.data);
    damaged[damaged.length - 200] ^= 0xff;
    const bad = path.join(world.dir, 'bad.medpost');
    fs.writeFileSync(bad, damaged);
    const r = await world.studio.dispatch('posts.importFile', { projectId: world.projectId, name: 'bad.medpost' }, { upload: { kind: 'path', path: bad } });
    expect(r).toEqual({ ok: false, error: { code: 'corrupt', message: expect.stringMatching(/^This \.medpost file cannot be opened/) } });
  });

  it('carry a thread’s images and a reel’s media too, pointed at the receiving project’s assets', async () => {
    const document = PostDocumentSchema.parse({
      ...doc,
      parts: [{ id: 'p1', text: 'A wrist to look at.', images: [{ assetId: xray.id, alt: 'Wrist X-ray' }] }],
      scenes: [{ id: 'c1', kind: 'image', assetId: xray.id, durationMs: 3000 }],
    });
    const post = await world.call<{ id: string }>('posts.create', { projectId: world.projectId, title: 'Thread', format: 'thread', document });
    const file = await world.call<{ data: Uint8Array }>('posts.exportFile', { id: post.id });
    const saved = path.join(world.dir, 'thread.medpost');
    fs.writeFileSync(saved, file.data);
    const other = await world.call<{ id: string }>('projects.create', { name: 'Thread elsewhere' });
    const moved = await world.call<Post>('posts.importFile', { projectId: other.id, name: 'thread.medpost' }, saved);
    const ids = documentAssetIds(moved.document);
    expect(ids).toHaveLength(1);
    expect(ids[0]).not.toBe(xray.id);
    expect((await world.call<Asset>('assets.get', { id: ids[0] })).projectId).toBe(other.id);
  });
});
