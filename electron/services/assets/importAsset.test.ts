import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../../shared/api/errors';
import type { StudioEvent } from '../../../shared/api/events';
import type { Asset } from '../../../shared/model/asset';
import { filesUnder } from '../../../test/fixtures/craftedFiles';
import { samplesDir } from '../../../test/fixtures/tempLibrary';
import { importAsset } from './importAsset';
import { useTempStudio } from '../../../test/fixtures/tempStudio';


type Imported = { asset: Asset; duplicate: boolean };

const t = useTempStudio('Imports');

const sample = (rel: string) => path.join(samplesDir, rel);
const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const rowCount = () => t.studio.library.db.prepare('SELECT count(*) FROM assets').pluck().get();

async function importFile(file: string, options: { name?: string; project?: string } = {}): Promise<Result<Imported>> {
  return (await t.studio.dispatch(
    'assets.import',
    { projectId: options.project ?? t.projectId, name: options.name ?? path.basename(file) },
    { upload: { kind: 'path', path: file } },
  )) as Result<Imported>;
}

async function imported(file: string, options?: { name?: string; project?: string }): Promise<Imported> {
  const result = await importFile(file, options);
  if (!result.ok) throw new Error(`import failed: ${result.error.code}: ${result.error.message}`);
  return result.value;
}

describe('importing the sample files through dispatch', () => {
  it.each([
    ['images/xray-7-00.png', 'image', 'image/png', 1536, 1536],
    ['images/photo-7-00.jpg', 'image', 'image/jpeg', 1600, 1200],
    ['dicom/cr-7-00.dcm', 'dicom', 'application/dicom', 832, 980],
    ['dicom/us-7-01.dcm', 'dicom', 'application/dicom', 1024, 768],
    ['dicom/ct-7-02.dcm', 'dicom', 'application/dicom', 512, 512],
    ['dicom/dx-7-04.dcm', 'image', 'image/png', 96, 64],
  ] as const)('%s is stored by content hash with its size and a thumbnail', async (rel, kind, mime, width, height) => {
    const { asset, duplicate } = await imported(sample(rel));
    const hash = sha256(sample(rel));
    expect(duplicate).toBe(false);
    expect(asset).toMatchObject({ projectId: t.projectId, kind, mime, width, height, durationMs: null, hash, hasThumbnail: true });
    expect(asset.bytes).toBe(fs.statSync(sample(rel)).size);
    expect(asset.originalName).toBe(path.basename(rel));

    const stored = path.join(t.dir, 'assets', hash.slice(0, 2), hash);
    expect(sha256(stored)).toBe(hash);
    const thumb = await sharp(path.join(t.dir, 'thumbs', hash.slice(0, 2), `${hash}.jpg`)).metadata();
    expect(thumb.format).toBe('jpeg');
    expect(Math.max(thumb.width ?? 0, thumb.height ?? 0)).toBeLessThanOrEqual(512);
    expect(filesUnder(path.join(t.dir, 'tmp'))).toEqual([]);
    expect(rowCount()).toBe(1);
  });

  it('imports the MP4 clip as a 1080×1080 video of about ten seconds, reporting progress under its job id', async () => {
    const events: StudioEvent[] = [];
    t.studio.subscribe((e) => events.push(e));
    const result = (await t.studio.dispatch(
      'assets.import',
      { projectId: t.projectId, name: 'clip.mp4', jobId: 'import-video-1' },
      { upload: { kind: 'path', path: sample('video/clip-7-00.mp4') } },
    )) as Result<Imported>;
    expect(result.ok).toBe(true);
    const { asset } = (result as { value: Imported }).value;
    expect(asset).toMatchObject({ kind: 'video', mime: 'video/mp4', width: 1080, height: 1080, hasThumbnail: true });
    expect(Math.abs((asset.durationMs ?? 0) - 10_000)).toBeLessThan(100);
    expect(fs.existsSync(path.join(t.dir, 'thumbs', asset.hash.slice(0, 2), `${asset.hash}.jpg`))).toBe(true);

    const progress = events.filter((e) => e.type === 'job.progress');
    expect(progress.map((e) => [e.jobId, e.done, e.total])).toEqual([0, 1, 2, 3, 4].map((d) => ['import-video-1', d, 4]));
    expect(events).toContainEqual({ type: 'library.changed', what: 'assets', projectId: t.projectId });
  });

  it('imports bytes already in memory the same way as a path', async () => {
    const data = new Uint8Array(fs.readFileSync(sample('images/xray-7-00.png')));
    const result = (await t.studio.dispatch('assets.import', { projectId: t.projectId, name: 'x.png' }, { upload: { kind: 'bytes', data } })) as Result<Imported>;
    expect(result).toMatchObject({ ok: true, value: { duplicate: false, asset: { width: 1536, hash: sha256(sample('images/xray-7-00.png')) } } });
  });

  it('records the import in the audit log without the file name', async () => {
    const { asset } = await imported(sample('images/photo-7-00.jpg'), { name: 'Jane Doe knee.jpg' });
    const row = t.studio.library.db.prepare("SELECT object_id, detail FROM audit_log WHERE action = 'asset.import'").get() as {
      object_id: string;
      detail: string;
    };
    expect(row.object_id).toBe(asset.id);
    expect(JSON.parse(row.detail)).toEqual({ project: t.projectId, kind: 'image', hash: asset.hash, bytes: asset.bytes });
  });
});

describe('content-addressed storage', () => {
  it('answers a second import of the same file with the existing asset', async () => {
    const first = await imported(sample('images/xray-7-00.png'));
    const second = await imported(sample('images/xray-7-00.png'), { name: 'again.png' });
    expect(second.duplicate).toBe(true);
    expect(second.asset).toEqual(first.asset);
    expect(rowCount()).toBe(1);
    expect(filesUnder(path.join(t.dir, 'assets'))).toHaveLength(1);
    expect(filesUnder(path.join(t.dir, 'tmp'))).toEqual([]);
  });

  it('stores one file for the same content in two projects, with a row in each', async () => {
    const other = ((await t.studio.dispatch('projects.create', { name: 'Other' })) as { value: { id: string } }).value.id;
    const a = await imported(sample('images/xray-7-00.png'));
    const b = await imported(sample('images/xray-7-00.png'), { project: other });
    expect(b.duplicate).toBe(false);
    expect(b.asset.id).not.toBe(a.asset.id);
    expect(b.asset.hash).toBe(a.asset.hash);
    expect(rowCount()).toBe(2);
    expect(filesUnder(path.join(t.dir, 'assets'))).toEqual([path.join(a.asset.hash.slice(0, 2), a.asset.hash)]);
    expect(filesUnder(path.join(t.dir, 'thumbs'))).toHaveLength(1);
  });
});

describe('original names', () => {
  it('keeps spaces, unicode and quotes', async () => {
    const name = 'Röntgen «Knie» \'links\' "2".png';
    expect((await imported(sample('images/xray-7-00.png'), { name })).asset.originalName).toBe(name);
  });

  it('reduces a name with directories to its base name', async () => {
    expect((await imported(sample('images/xray-7-00.png'), { name: '../../etc/passwd.png' })).asset.originalName).toBe('passwd.png');
    expect((await imported(sample('images/photo-7-00.jpg'), { name: 'C:\\Users\\dr\\knee.jpg' })).asset.originalName).toBe('knee.jpg');
  });

  it('drops control characters and names an empty result "untitled"', async () => {
    expect((await imported(sample('images/xray-7-00.png'), { name: 'a\u0000b\nc.png' })).asset.originalName).toBe('abc.png');
    expect((await imported(sample('images/photo-7-00.jpg'), { name: 'dir/' })).asset.originalName).toBe('untitled');
  });
});

describe('where the import may go', () => {
  it('refuses a trashed project with conflict and leaves nothing behind', async () => {
    await t.studio.dispatch('projects.trash', { id: t.projectId });
    const result = await importFile(sample('images/xray-7-00.png'));
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/trash/) } });
    expect(rowCount()).toBe(0);
    expect(filesUnder(t.dir).filter((f) => !f.startsWith('library.sqlite'))).toEqual([]);
  });

  it('refuses a missing project or a missing file with not_found', async () => {
    expect(await importFile(sample('images/xray-7-00.png'), { project: 'no-such-project' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await importFile(path.join(t.dir, 'nope.png'))).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('can be called directly with a job context', async () => {
    const steps: string[] = [];
    const result = await importAsset(
      t.studio.library,
      { projectId: t.projectId, name: 'us.dcm', source: { kind: 'path', path: sample('dicom/us-7-01.dcm') } },
      { signal: new AbortController().signal, progress: (done, total, message) => steps.push(`${done}/${total} ${message}`) },
    );
    expect(result.asset).toMatchObject({ kind: 'dicom', width: 1024, height: 768 });
    expect(steps).toEqual(['0/4 Reading us.dcm', '1/4 Checking DICOM', '2/4 Making preview', '3/4 Saving', '4/4 Imported']);
  });
});
