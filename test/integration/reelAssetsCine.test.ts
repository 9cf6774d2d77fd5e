import { execFileSync } from 'node:child_process';
import sharp from 'sharp';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Result } from '../../shared/api/errors';
import type { Asset } from '../../shared/model/asset';
import type { CineInfo } from '../../shared/reel/reelAssetApi';
import { cinePreviewPath } from '../../electron/services/assets/cinePreviewFiles';
import { parseContainerMetadata } from '../../electron/services/media/containerMetadata';
import { renderDicomFrame } from '../../electron/services/dicom/renderDicomPng';
import { extractFrame } from '../../electron/services/media/extractFrame';
import { recognizeLines } from '../../electron/services/ocr/recognizeLines';
import { shutdownOcr } from '../../electron/services/ocr/tesseractPool';
import { decodeImage } from '../../electron/services/redact/decodeImage';
import { cineDicom } from '../fixtures/cineDicom';
import { dicomFile } from '../fixtures/craftedFiles';
import { makeTempDir, samplesDir } from '../fixtures/tempLibrary';
import { useTempStudio, type TempStudio } from '../fixtures/tempStudio';

const files = makeTempDir('reel-assets-cine-');
afterAll(async () => {
  await shutdownOcr();
  files.cleanup();
});
const ffmpeg = process.env.FFMPEG_BIN || 'ffmpeg';

async function call<T>(t: TempStudio, name: string, input: unknown, file?: string): Promise<Result<T>> {
  return (await t.studio.dispatch(name, input, file ? { upload: { kind: 'path', path: file } } : {})) as Result<T>;
}
async function importBytes(t: TempStudio, name: string, bytes: Buffer): Promise<Asset> {
  const file = path.join(files.dir, name);
  fs.writeFileSync(file, bytes);
  const r = await call<{ asset: Asset }>(t, 'assets.import', { projectId: t.projectId, name }, file);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.asset;
}
/** ffmpeg's own reading of an MP4: its summary, and the frames it decodes. */
function inspect(mp4: Uint8Array): { summary: string; frames: number } {
  const file = path.join(files.dir, `inspect-${Date.now()}.mp4`);
  fs.writeFileSync(file, mp4);
  let summary = '';
  try {
    execFileSync(ffmpeg, ['-hide_banner', '-i', file], { stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err) {
    summary = String((err as { stderr: Buffer }).stderr);
  }
  const decoded = execFileSync(ffmpeg, ['-hide_banner', '-i', file, '-map', '0:v:0', '-f', 'null', '-', '-progress', 'pipe:1', '-nostats'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString();
  const counts = [...decoded.matchAll(/^frame=(\d+)/gm)];
  return { summary, frames: Number(counts[counts.length - 1]?.[1] ?? 0) };
}

describe('DICOM cine loops', () => {
  const t = useTempStudio('Reel cine');
  // An 800×300 loop of 12 frames at 40 ms a frame (25 fps), with a patient in its header.
  const loop = () =>
    cineDicom({ frames: 12, rows: 300, columns: 800, extra: [[0x0010, 0x0010, 'PN', 'DOE^JANE'], [0x0010, 0x0020, 'LO', 'MRN5063499'], [0x0018, 0x1063, 'DS', '40']] });

  it('reports frames, rate, size and modality', async () => {
    const asset = await importBytes(t, 'echo.dcm', loop());
    const info = await call<CineInfo>(t, 'assets.cineInfo', { id: asset.id });
    expect(info.ok && info.value).toEqual({ frames: 12, fps: 25, fpsSource: 'frame-time', width: 800, height: 300, modality: 'OT', durationMs: 480 });
  });

  it('previews the loop as a small de-identified H.264 MP4 at its rate, built once and kept', async () => {
    const asset = await importBytes(t, 'echo.dcm', loop());
    let started = Date.now();
    const first = await call<{ mime: string; data: Uint8Array }>(t, 'assets.cinePreview', { id: asset.id });
    const built = Date.now() - started;
    if (!first.ok) throw new Error(first.error.message);
    expect(first.value.mime).toBe('video/mp4');
    const { summary, frames } = inspect(first.value.data);
    expect(summary).toMatch(/Video: h264 .*yuv420p.*, 540x202[ ,]/);
    expect(summary).toMatch(/, 25 fps/);
    expect(summary).not.toMatch(/Audio:/);
    expect(frames).toBe(12);
    expect(parseContainerMetadata(summary)).toEqual([]);
    expect(summary).not.toMatch(/encoder\s*: Lavf/);
    for (const word of ['DOE', 'JANE', '5063499']) expect(Buffer.from(first.value.data).includes(word)).toBe(false);

    expect(fs.existsSync(cinePreviewPath(t.studio.library, asset.hash, 'default'))).toBe(true);
    started = Date.now();
    const again = await call<{ mime: string; data: Uint8Array }>(t, 'assets.cinePreview', { id: asset.id });
    expect(again.ok && Buffer.from(again.value.data).equals(Buffer.from(first.value.data))).toBe(true);
    expect(Date.now() - started).toBeLessThan(Math.max(200, built / 2));
    // The kept preview goes with the last asset using the file.
    expect((await call(t, 'assets.delete', { id: asset.id })).ok).toBe(true);
    expect(fs.existsSync(cinePreviewPath(t.studio.library, asset.hash, 'default'))).toBe(false);
  }, 60_000);

  it('burns out a header written into the frames before anything is shown', async () => {
    const [rows, columns] = [240, 640];
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${columns}" height="${rows}"><rect width="100%" height="100%" fill="black"/>
      <text x="12" y="30" font-family="DejaVu Sans" font-weight="bold" font-size="24" fill="white">SMITH^JOHN</text>
      <text x="12" y="225" font-family="DejaVu Sans" font-weight="bold" font-size="24" fill="white">DOB 03/14/1961</text></svg>`;
    const text = new Uint8Array(await sharp(Buffer.from(svg)).greyscale().raw().toBuffer());
    const bytes = cineDicom({ frames: 8, rows, columns, burnedIn: text });
    const words = (lines: { text: string }[]) => lines.map((l) => l.text).join(' ').toUpperCase();
    // The control: the loop as stored shows the name and date to the same reader.
    const stored = renderDicomFrame(new Uint8Array(bytes), { frame: 4 });
    const before = words(await recognizeLines({ ...stored, channels: 1 }));
    expect(before).toMatch(/SMITH/);
    expect(before).toMatch(/1961/);
    let strokes = 0;
    for (let y = 8; y < 36; y++) for (let x = 12; x < 160; x++) if (stored.data[y * columns + x] > 128) strokes++;
    expect(strokes).toBeGreaterThan(300);

    const asset = await importBytes(t, 'us-loop.dcm', bytes);
    const preview = await call<{ mime: string; data: Uint8Array }>(t, 'assets.cinePreview', { id: asset.id });
    if (!preview.ok) throw new Error(preview.error.message);
    const mp4 = path.join(files.dir, 'us-loop-preview.mp4');
    fs.writeFileSync(mp4, preview.value.data);
    for (const at of [0, 0.15, 0.3]) {
      const frame = await decodeImage((await extractFrame(mp4, at, 4096))!);
      // Read at twice the size, where small text reads best.
      const big = await sharp(Buffer.from(frame.data), { raw: { width: frame.width, height: frame.height, channels: frame.channels } }).resize(frame.width * 2).greyscale().raw().toBuffer({ resolveWithObject: true });
      const after = words(await recognizeLines({ width: big.info.width, height: big.info.height, channels: 1, data: new Uint8Array(big.data) }));
      for (const word of ['SMITH', 'JOHN', '1961', '03/14']) expect(after, `at ${at} s`).not.toContain(word);
      // Where the name was drawn (12–160, 8–36 in the stored frame; 540/640 of that here) no bright stroke is left.
      const f = 540 / 640;
      let bright = 0;
      for (let y = Math.round(8 * f); y < Math.round(36 * f); y++) for (let x = Math.round(12 * f); x < Math.round(160 * f); x++) if (frame.data[(y * frame.width + x) * frame.channels] > 128) bright++;
      expect(bright, `at ${at} s`).toBe(0);
    }
  }, 90_000);

  it('refuses a single-frame DICOM, an image and a video with a sentence saying why', async () => {
    const single = await importBytes(t, 'one.dcm', dicomFile({ rows: 8, columns: 8, pixels: new Array(64).fill(500) }));
    for (const name of ['assets.cineInfo', 'assets.cinePreview']) {
      const r = await call(t, name, { id: single.id });
      expect(!r.ok && r.error, name).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/single frame.*image scene/) });
    }
    const photo = await importBytes(t, 'photo.jpg', fs.readFileSync(path.join(samplesDir, 'images', 'photo-7-00.jpg')));
    for (const name of ['assets.cineInfo', 'assets.cinePreview']) {
      const r = await call(t, name, { id: photo.id });
      expect(!r.ok && r.error, name).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/multi-frame DICOM/) });
    }
    expect(fs.existsSync(path.join(t.dir, 'previews'))).toBe(false);
  });
});
