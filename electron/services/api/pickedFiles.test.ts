import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir, samplesDir } from '../../../test/fixtures/tempLibrary';
import { openStudio, type Studio } from '../studio';
import type { HostCapabilities } from './hostCapabilities';

const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanup.splice(0)) c();
});

function studioWith(host: HostCapabilities | undefined): Studio {
  const temp = makeTempDir();
  const studio = openStudio(temp.dir, { host });
  cleanup.push(() => studio.close(), temp.cleanup);
  return studio;
}

async function newProject(studio: Studio): Promise<string> {
  const r = await studio.dispatch('projects.create', { name: 'Picked' });
  if (!r.ok) throw new Error(r.error.message);
  return (r.value as { id: string }).id;
}

describe('native dialogs through host capabilities', () => {
  it('imports files picked in the native dialog by one-use token', async () => {
    const xray = path.join(samplesDir, 'images', 'xray-7-00.png');
    const studio = studioWith({ pickFiles: async () => [xray] });
    const projectId = await newProject(studio);
    const picked = await studio.dispatch('files.pick', { purpose: 'import' });
    expect(picked).toMatchObject({ ok: true, value: { files: [{ name: 'xray-7-00.png', bytes: fs.statSync(xray).size }] } });
    const token = (picked as { value: { files: { token: string }[] } }).value.files[0].token;
    const imported = await studio.dispatch('assets.importPicked', { projectId, token });
    expect(imported).toMatchObject({ ok: true, value: { duplicate: false, asset: { kind: 'image', width: 1536, originalName: 'xray-7-00.png' } } });
    const again = await studio.dispatch('assets.importPicked', { projectId, token });
    expect(again).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('refuses a token it never gave out, so the renderer cannot name arbitrary paths', async () => {
    const studio = studioWith({ pickFiles: async () => [] });
    const projectId = await newProject(studio);
    const r = await studio.dispatch('assets.importPicked', { projectId, token: '/etc/passwd' });
    expect(r).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('returns no files when the dialog is cancelled', async () => {
    const studio = studioWith({ pickFiles: async () => [] });
    expect(await studio.dispatch('files.pick', { purpose: 'import' })).toEqual({ ok: true, value: { files: [] } });
  });

  it('writes a saved file atomically where the user chose, and reports a cancelled save', async () => {
    const out = makeTempDir();
    cleanup.push(out.cleanup);
    let answer: string | null = path.join(out.dir, 'slide 1.png');
    const studio = studioWith({ chooseSavePath: async () => answer });
    const data = new Uint8Array([1, 2, 3, 4]);
    const saved = await studio.dispatch('files.save', { suggestedName: 'slide.png' }, { upload: { kind: 'bytes', data } });
    expect(saved).toEqual({ ok: true, value: { saved: true, name: 'slide 1.png' } });
    expect([...fs.readFileSync(path.join(out.dir, 'slide 1.png'))]).toEqual([1, 2, 3, 4]);
    expect(fs.readdirSync(out.dir)).toEqual(['slide 1.png']);
    answer = null;
    expect(await studio.dispatch('files.save', { suggestedName: 'x.png' }, { upload: { kind: 'bytes', data } })).toEqual({
      ok: true,
      value: { saved: false, name: null },
    });
  });

  it('answers unsupported where the host has no native dialogs (browser host, CLI)', async () => {
    const studio = studioWith(undefined);
    expect(await studio.dispatch('files.pick', { purpose: 'import' })).toMatchObject({ ok: false, error: { code: 'unsupported' } });
  });
});
