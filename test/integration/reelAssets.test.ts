import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Result } from '../../shared/api/errors';
import type { Asset } from '../../shared/model/asset';
import { linksOf } from '../../electron/services/consent/assetLinks';
import { openLibrary } from '../../electron/services/library/library';
import { migrations } from '../../electron/services/store/migrations';
import { runMigrations } from '../../electron/services/store/runMigrations';
import { makeTempDir, samplesDir } from '../fixtures/tempLibrary';
import { expectNothingLeft, useTempStudio, type TempStudio } from '../fixtures/tempStudio';
import { audioFile, plainClip } from './reelAssetsFiles';
import { makeClip } from './videoClips';

const files = makeTempDir('reel-assets-files-');
afterAll(() => files.cleanup());

async function call<T>(t: TempStudio, name: string, input: unknown, file?: string): Promise<Result<T>> {
  return (await t.studio.dispatch(name, input, file ? { upload: { kind: 'path', path: file } } : {})) as Result<T>;
}
async function importFile(t: TempStudio, file: string): Promise<Asset> {
  const r = await call<{ asset: Asset }>(t, 'assets.import', { projectId: t.projectId, name: path.basename(file) }, file);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.asset;
}

describe('audio assets', () => {
  const t = useTempStudio('Reel audio');

  it('imports WAV, MP3, M4A and Ogg/Opus by their bytes, with duration and no picture', async () => {
    const cases = [
      [audioFile.wav(files.dir), 'audio/wav'],
      [audioFile.mp3(files.dir), 'audio/mpeg'],
      [audioFile.m4a(files.dir), 'audio/mp4'],
      [audioFile.ogg(files.dir), 'audio/ogg'],
    ] as const;
    for (const [file, mime] of cases) {
      const asset = await importFile(t, file);
      expect(asset).toMatchObject({ kind: 'audio', mime, width: null, height: null, hasThumbnail: false, phiStatus: 'unchecked' });
      // The encoders pad a little (MP3 and AAC priming), never a whole frame's worth.
      expect(Math.abs(asset.durationMs! - 1500)).toBeLessThan(80);
    }
  });

  it('takes a browser recording (WebM/Opus with no duration in its header) as audio and measures it', async () => {
    const asset = await importFile(t, audioFile.recordedWebm(files.dir, 2));
    expect(asset).toMatchObject({ kind: 'audio', mime: 'audio/webm', hasThumbnail: false });
    expect(Math.abs(asset.durationMs! - 2000)).toBeLessThan(60);
  });

  it('takes an MP4 holding only sound as audio, and a real clip as video', async () => {
    expect(await importFile(t, audioFile.audioOnlyMp4(files.dir))).toMatchObject({ kind: 'audio', mime: 'audio/mp4' });
    expect(await importFile(t, plainClip(files.dir))).toMatchObject({ kind: 'video', mime: 'video/mp4', width: 160, height: 120, hasThumbnail: true });
    // A WebM with a picture (a screen recording) stays a video.
    const webm = makeClip(path.join(files.dir, 'screen.webm'), ['-f', 'lavfi', '-i', 'testsrc=s=160x120:r=10:d=1', '-c:v', 'libvpx', '-b:v', '200k']);
    expect(await importFile(t, webm)).toMatchObject({ kind: 'video', mime: 'video/webm', width: 160, height: 120, durationMs: 1000, hasThumbnail: true });
  });

  it('plays video and audio through assets.media, refuses images with a reason, and refuses scanning sound', async () => {
    const wav = await importFile(t, audioFile.wav(files.dir));
    const clip = await importFile(t, plainClip(files.dir));
    const photo = await importFile(t, path.join(samplesDir, 'images', 'xray-7-00.png'));
    const sound = await call<{ mime: string; data: Uint8Array }>(t, 'assets.media', { id: wav.id });
    expect(sound.ok && sound.value.mime).toBe('audio/wav');
    expect(sound.ok && Buffer.from(sound.value.data).equals(fs.readFileSync(audioFile.wav(files.dir)))).toBe(true);
    const video = await call<{ mime: string; data: Uint8Array }>(t, 'assets.media', { id: clip.id });
    expect(video.ok && [video.value.mime, video.value.data.length]).toEqual(['video/mp4', clip.bytes]);
    const refused = await call(t, 'assets.media', { id: photo.id });
    expect(!refused.ok && refused.error).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/Only video and audio.*assets\.preview/) });
    for (const name of ['assets.analyze', 'assets.scanVideo', 'assets.redactVideo', 'assets.preview']) {
      const r = await call(t, name, { id: wav.id });
      expect(!r.ok && r.error.code, name).toBe('invalid_input');
      expect(!r.ok && r.error.message, name).toMatch(/audio/);
    }
  });

  it('refuses a truncated recording and a file with no sound track in one sentence, leaving nothing', async () => {
    const whole = fs.readFileSync(audioFile.recordedWebm(files.dir));
    const cut = path.join(files.dir, 'cut.webm');
    fs.writeFileSync(cut, whole.subarray(0, 60));
    const r = await call(t, 'assets.import', { projectId: t.projectId, name: 'cut.webm' }, cut);
    expect(!r.ok && r.error).toMatchObject({ code: 'corrupt', message: expect.stringMatching(/^The recording cannot be read: no picture or sound/) });
    // An Ogg with its sound cut off after the headers holds no packet to decode.
    const ogg = fs.readFileSync(audioFile.ogg(files.dir));
    const headersOnly = path.join(files.dir, 'headers-only.ogg');
    fs.writeFileSync(headersOnly, ogg.subarray(0, 120));
    const silent = await call(t, 'assets.import', { projectId: t.projectId, name: 'headers-only.ogg' }, headersOnly);
    expect(!silent.ok && silent.error).toMatchObject({ code: 'corrupt', message: expect.stringMatching(/^The audio cannot be read: /) });
    expectNothingLeft(t);
  });
});

describe('migration 0150 on a library file written before reels', () => {
  it('keeps assets, consent links, scans and redacted copies, then imports audio', async () => {
    const temp = makeTempDir('reel-assets-m150-');
    try {
      // The library as the last release left it, on disk, foreign keys on as the app opens it.
      const old = new Database(path.join(temp.dir, 'library.sqlite'));
      old.pragma('journal_mode = WAL');
      old.pragma('foreign_keys = ON');
      runMigrations(old, migrations.filter((m) => m.version < 150));
      old.prepare("INSERT INTO projects (id, name, created_at, updated_at) VALUES ('p', 'Old', 't', 't')").run();
      old.prepare("INSERT INTO patients (id, code, created_at, updated_at) VALUES (7, 'PT-0007', 't', 't')").run();
      const add = old.prepare("INSERT INTO assets (id, project_id, kind, mime, bytes, hash, original_name, imported_at, derived_from, phi_status) VALUES (?, 'p', 'image', 'image/png', 9, ?, 'x.png', 't', ?, ?)");
      add.run('orig', 'a'.repeat(64), null, 'holds-phi');
      add.run('copy', 'b'.repeat(64), 'orig', 'redacted');
      old.prepare("INSERT INTO asset_links (asset_id, patient_id, not_clinical, linked_at) VALUES ('orig', 7, 0, 't')").run();
      old.prepare("INSERT INTO asset_analysis (asset_id, analyzed_at, width, height, findings, metadata) VALUES ('orig', 't', 4, 4, '[]', '[]')").run();
      old.close();

      const lib = openLibrary(temp.dir);
      try {
        expect(lib.schemaVersion).toBe(160);
        expect(lib.db.prepare('SELECT id, derived_from, phi_status FROM assets ORDER BY id').all()).toEqual([
          { id: 'copy', derived_from: 'orig', phi_status: 'redacted' },
          { id: 'orig', derived_from: null, phi_status: 'holds-phi' },
        ]);
        expect(lib.db.prepare('SELECT count(*) FROM asset_analysis').pluck().get()).toBe(1);
        // The copy still inherits the original's patient through derived_from.
        expect(linksOf(lib.db, ['orig', 'copy']).get('copy')).toEqual({ patientCode: 'PT-0007' });
        expect(lib.db.pragma('foreign_key_check')).toEqual([]);
        expect(lib.db.pragma('foreign_keys', { simple: true })).toBe(1);
        lib.db.prepare("INSERT INTO assets (id, project_id, kind, mime, bytes, hash, original_name, imported_at) VALUES ('m', 'p', 'audio', 'audio/wav', 9, ?, 'm.wav', 't')").run('c'.repeat(64));
      } finally {
        lib.close();
      }
    } finally {
      temp.cleanup();
    }
  });
});
