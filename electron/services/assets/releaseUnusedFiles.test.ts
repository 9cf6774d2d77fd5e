import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../shared/api/errors';
import type { Asset } from '../../../shared/model/asset';
import { makeTempDir, samplesDir } from '../../../test/fixtures/tempLibrary';
import { openStudio, type Studio } from '../studio';
import { releaseUnusedFiles } from './releaseUnusedFiles';

let temp: ReturnType<typeof makeTempDir>;
let studio: Studio;
beforeEach(() => {
  temp = makeTempDir();
  studio = openStudio(temp.dir);
});
afterEach(() => {
  studio.close();
  temp.cleanup();
});

async function call<T>(name: string, input: unknown, upload?: string): Promise<T> {
  const result = (await studio.dispatch(name, input, upload ? { upload: { kind: 'path', path: upload } } : {})) as Result<T>;
  if (!result.ok) throw new Error(`${name}: ${result.error.code}: ${result.error.message}`);
  return result.value;
}

const createProject = async (name: string) => (await call<{ id: string }>('projects.create', { name })).id;
const importXray = async (projectId: string) =>
  (await call<{ asset: Asset }>('assets.import', { projectId, name: 'x.png' }, path.join(samplesDir, 'images/xray-7-00.png'))).asset;
const storedFile = (hash: string) => path.join(temp.dir, 'assets', hash.slice(0, 2), hash);
const thumbFile = (hash: string) => path.join(temp.dir, 'thumbs', hash.slice(0, 2), `${hash}.jpg`);

describe('deleting projects releases their files', () => {
  it('removes the stored file and thumbnail when the deleted project was their only user', async () => {
    const p = await createProject('Only user');
    const { hash } = await importXray(p);
    expect(fs.existsSync(storedFile(hash))).toBe(true);
    await call('projects.trash', { id: p });
    expect(fs.existsSync(storedFile(hash))).toBe(true);
    expect(await call('projects.delete', { id: p })).toEqual({ deleted: p });
    expect(fs.existsSync(storedFile(hash))).toBe(false);
    expect(fs.existsSync(thumbFile(hash))).toBe(false);
  });

  it('keeps the file while another project still uses it', async () => {
    const a = await createProject('A');
    const b = await createProject('B');
    const { hash } = await importXray(a);
    await importXray(b);
    await call('projects.trash', { id: a });
    await call('projects.delete', { id: a });
    expect(fs.existsSync(storedFile(hash))).toBe(true);
    expect(fs.existsSync(thumbFile(hash))).toBe(true);
    expect(await call<{ assets: Asset[] }>('assets.list', { projectId: b })).toMatchObject({ assets: [{ hash }] });
  });

  it('keeps the file used by a duplicate of the deleted project', async () => {
    const a = await createProject('A');
    const { hash } = await importXray(a);
    await call('projects.duplicate', { id: a });
    await call('projects.trash', { id: a });
    await call('projects.emptyTrash', {});
    expect(fs.existsSync(storedFile(hash))).toBe(true);
  });

  it('refuses to delete a project that is not in the trash, and keeps its file', async () => {
    const p = await createProject('Live');
    const { hash } = await importXray(p);
    expect(await studio.dispatch('projects.delete', { id: p })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(fs.existsSync(storedFile(hash))).toBe(true);
  });

  it('removes the file when its last asset is deleted', async () => {
    const p = await createProject('P');
    const asset = await importXray(p);
    await call('assets.delete', { id: asset.id });
    expect(fs.existsSync(storedFile(asset.hash))).toBe(false);
    expect(fs.existsSync(thumbFile(asset.hash))).toBe(false);
  });
});

describe('releaseUnusedFiles', () => {
  it('counts only the hashes it removed and ignores files already gone', async () => {
    const p = await createProject('P');
    const { hash } = await importXray(p);
    const unused = 'f'.repeat(64);
    expect(releaseUnusedFiles(studio.library, [hash, unused, unused])).toBe(1);
    expect(fs.existsSync(storedFile(hash))).toBe(true);
    expect(releaseUnusedFiles(studio.library, [])).toBe(0);
  });
});
