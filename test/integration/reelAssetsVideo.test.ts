import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { StudioEvent } from '../../shared/api/events';
import type { Result } from '../../shared/api/errors';
import type { Asset } from '../../shared/model/asset';
import type { AssetAnalysis } from '../../shared/model/assetAnalysis';
import type { VideoScan } from '../../shared/reel/timedFindings';
import type { VideoRedactionSummary } from '../../shared/reel/reelAssetApi';
import { linkAsset, linksOf } from '../../electron/services/consent/assetLinks';
import { shutdownOcr } from '../../electron/services/ocr/tesseractPool';
import { makeTempDir, samplesDir } from '../fixtures/tempLibrary';
import { useTempStudio, type TempStudio } from '../fixtures/tempStudio';
import { audioFile } from './reelAssetsFiles';
import { faceClip, makeClip, phiClip } from './videoClips';

const files = makeTempDir('reel-assets-video-');
afterAll(async () => {
  await shutdownOcr();
  files.cleanup();
});

async function call<T>(t: TempStudio, name: string, input: unknown, file?: string): Promise<Result<T>> {
  return (await t.studio.dispatch(name, input, file ? { upload: { kind: 'path', path: file } } : {})) as Result<T>;
}
async function ok<T>(t: TempStudio, name: string, input: unknown, file?: string): Promise<T> {
  const r = await call<T>(t, name, input, file);
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.value;
}
const importFile = async (t: TempStudio, file: string) => (await ok<{ asset: Asset }>(t, 'assets.import', { projectId: t.projectId, name: path.basename(file) }, file)).asset;

describe('scanning and redacting a video asset', () => {
  const t = useTempStudio('Reel video');

  it('finds the drawn name and date over their spans and the container tags, with progress, and stores them', async () => {
    const clip = await importFile(t, phiClip(files.dir));
    const events: StudioEvent[] = [];
    const unsubscribe = t.studio.subscribe((e) => events.push(e));
    const scan = await ok<VideoScan>(t, 'assets.scanVideo', { id: clip.id, jobId: 'scan-phi-clip' });
    unsubscribe();
    expect([scan.width, scan.height, scan.durationMs]).toEqual([640, 360, 3000]);
    // The OCR reads the header line "SMITH^JOHN" as JOHN at best; the box takes the whole line.
    const name = scan.findings.find((f) => /SMITH|JOHN/.test(f.text));
    const date = scan.findings.find((f) => /1961/.test(f.text));
    expect(name).toMatchObject({ kind: 'name', startMs: 0 });
    expect(name!.endMs).toBeGreaterThanOrEqual(2900);
    // Drawn at the top left (16, 14): the box covers it, in the clip's own pixels.
    expect(name!.box[0]).toBeLessThanOrEqual(16);
    expect(name!.box[1]).toBeLessThanOrEqual(14);
    expect(name!.box[0] + name!.box[2]).toBeGreaterThanOrEqual(150);
    expect(date!.kind).toBe('date');
    // Shown from 1.2 s: its span opens at the sample before the one it was first seen in.
    expect(date!.startMs).toBeLessThanOrEqual(1200);
    expect(date!.endMs).toBe(3000);
    expect(date!.keys[0].tMs).toBeGreaterThanOrEqual(1000);
    expect(date!.box[1] + date!.box[3]).toBeGreaterThanOrEqual(330);
    expect(scan.metadata.map((m) => m.label)).toEqual(expect.arrayContaining(['GPS position', 'Recording date', 'Free text (may name someone)']));
    expect(scan.metadata.map((m) => m.value)).toEqual(expect.arrayContaining(['John Smith case', 'UNITY CLINIC MRN 5063499']));
    const progress = events.filter((e): e is Extract<StudioEvent, { type: 'job.progress' }> => e.type === 'job.progress' && e.jobId === 'scan-phi-clip');
    expect(progress.length).toBeGreaterThan(2);
    expect(progress[progress.length - 1]).toMatchObject({ done: 1000, total: 1000 });

    expect((await ok<{ scan: VideoScan }>(t, 'assets.videoFindings', { id: clip.id })).scan).toEqual(scan);
    expect((await ok<Asset>(t, 'assets.get', { id: clip.id })).phiStatus).toBe('holds-phi');
    // The still summary answers assets.analysis, as for images.
    const { analysis } = await ok<{ analysis: AssetAnalysis }>(t, 'assets.analysis', { id: clip.id });
    expect(analysis.findings.length).toBe(scan.findings.length);
  }, 120_000);

  it('redacts into a new derived asset that inherits the consent link and scans clean', async () => {
    const clip = await importFile(t, phiClip(files.dir));
    t.studio.library.db.prepare("INSERT INTO patients (id, code, created_at, updated_at) VALUES (1, 'PT-0042', 't', 't')").run();
    linkAsset(t.studio.library.db, clip.id, { patientCode: 'PT-0042' });
    const { asset: copy, report } = await ok<{ asset: Asset; report: VideoRedactionSummary }>(t, 'assets.redactVideo', { id: clip.id, jobId: 'redact-phi-clip' });
    expect(copy).toMatchObject({ kind: 'video', mime: 'video/mp4', derivedFrom: clip.id, phiStatus: 'redacted', width: 640, height: 360 });
    expect(copy.originalName).toBe('phi (redacted).mp4');
    expect(Math.abs(copy.durationMs! - 3000)).toBeLessThan(150);
    expect(report.audio).toBe(true);
    expect(report.text.map((x) => x.text).join(' ')).toMatch(/JOHN/);
    expect((await ok<Asset>(t, 'assets.get', { id: clip.id })).phiStatus).toBe('holds-phi');
    expect(linksOf(t.studio.library.db, [copy.id]).get(copy.id)).toEqual({ patientCode: 'PT-0042' });

    const rescan = await ok<VideoScan>(t, 'assets.scanVideo', { id: copy.id });
    expect(rescan.findings.filter((f) => f.kind !== 'face')).toEqual([]);
    expect(rescan.metadata).toEqual([]);
    // A redacted copy keeps its status whatever its own scan says.
    expect((await ok<Asset>(t, 'assets.get', { id: copy.id })).phiStatus).toBe('redacted');
    expect(fs.readdirSync(path.join(t.dir, 'tmp'))).toEqual([]);
  }, 240_000);

  it('finds a face while the camera pans, with a key at each sample', async () => {
    const clip = await importFile(t, faceClip(files.dir, path.join(samplesDir, 'faces', 'face-7-00.jpg')));
    const scan = await ok<VideoScan>(t, 'assets.scanVideo', { id: clip.id });
    const faces = scan.findings.filter((f) => f.kind === 'face');
    expect(faces.length).toBeGreaterThanOrEqual(1);
    expect(faces[0].keys.length).toBeGreaterThanOrEqual(2);
    expect(faces[0].startMs).toBe(0);
    expect(faces[0].endMs).toBe(scan.durationMs);
    // The camera pans right, so the face moves left in the frame.
    expect(faces[0].keys[faces[0].keys.length - 1].box[0]).toBeLessThan(faces[0].keys[0].box[0]);
  }, 120_000);

  it('refuses an audio file (even an MP4 holding only sound) and a damaged clip with a clear sentence, storing nothing', async () => {
    const sound = await importFile(t, audioFile.audioOnlyMp4(files.dir));
    expect(sound.kind).toBe('audio');
    for (const name of ['assets.scanVideo', 'assets.redactVideo']) {
      const r = await call(t, name, { id: sound.id });
      expect(!r.ok && r.error).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/audio file and holds no picture/) });
    }
    const whole = makeClip(path.join(files.dir, 'whole.mp4'), ['-f', 'lavfi', '-i', 'testsrc=s=320x240:r=10:d=2', '-c:v', 'libx264', '-preset', 'ultrafast']);
    const cut = path.join(files.dir, 'cut.mp4');
    fs.writeFileSync(cut, fs.readFileSync(whole).subarray(0, 4000));
    const truncated = await call(t, 'assets.import', { projectId: t.projectId, name: 'cut.mp4' }, cut);
    expect(!truncated.ok && truncated.error).toMatchObject({ code: 'corrupt', message: expect.stringMatching(/video cannot be read: .*damaged or incomplete/) });
    expect(t.studio.library.db.prepare('SELECT count(*) FROM video_scans').pluck().get()).toBe(0);
  }, 60_000);

  it('a cancelled scan stops, stores nothing and leaves the status as it was', async () => {
    const clip = await importFile(t, makeClip(path.join(files.dir, 'busy.mp4'), ['-f', 'lavfi', '-i', 'testsrc=s=640x360:r=25:d=6', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p']));
    const started = Date.now();
    const running = call(t, 'assets.scanVideo', { id: clip.id, jobId: 'scan-to-cancel' });
    await new Promise((r) => setTimeout(r, 1500));
    expect((await ok<{ cancelled: boolean }>(t, 'jobs.cancel', { jobId: 'scan-to-cancel' })).cancelled).toBe(true);
    const r = await running;
    expect(!r.ok && r.error.code).toBe('cancelled');
    expect(Date.now() - started).toBeLessThan(20_000);
    expect((await ok<{ scan: VideoScan | null }>(t, 'assets.videoFindings', { id: clip.id })).scan).toBeNull();
    expect((await ok<Asset>(t, 'assets.get', { id: clip.id })).phiStatus).toBe('unchecked');
    expect(t.studio.jobs.running()).toEqual([]);
  }, 60_000);
});
