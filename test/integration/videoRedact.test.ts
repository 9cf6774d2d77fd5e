import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StudioFailure } from '../../shared/api/errors';
import { detectPhi } from '../../shared/phi/detectPhi';
import { extractFrame } from '../../electron/services/media/extractFrame';
import { recognizeLines } from '../../electron/services/ocr/recognizeLines';
import { shutdownOcr } from '../../electron/services/ocr/tesseractPool';
import { decodeImage } from '../../electron/services/redact/decodeImage';
import { encoderBanner } from '../../electron/services/video/checkOutput';
import { redactVideoFile, type VideoRedactionReport } from '../../electron/services/video/redactVideo';
import { makeTempDir } from '../fixtures/tempLibrary';
import { FONT, makeClip, phiClip } from './videoClips';

const probe = (file: string) =>
  JSON.parse(execFileSync('ffprobe', ['-v', 'error', '-show_format', '-show_streams', '-of', 'json', file], { encoding: 'utf8' })) as {
    format: { duration: string; tags?: Record<string, string> };
    streams: { codec_type: string; codec_name: string; profile?: string; pix_fmt?: string; sample_rate?: string; width?: number; height?: number; tags?: Record<string, string> }[];
  };

const letters = (s: string) => s.toUpperCase().replace(/[^A-Z0-9]/g, '');

describe('video redaction (medpost redact IN.mp4 OUT.mp4)', () => {
  const tmp = makeTempDir('medpost-video-');
  let clip: string;
  let out: string;
  let report: VideoRedactionReport;

  beforeAll(async () => {
    clip = phiClip(tmp.dir);
    out = path.join(tmp.dir, 'clean.mp4');
    report = await redactVideoFile(clip, out);
  }, 120_000);
  afterAll(async () => {
    await shutdownOcr();
    tmp.cleanup();
  });

  it('finds the burned-in name and date', () => {
    const kinds = report.text.map((f) => f.kind);
    expect(kinds).toContain('date');
    expect(report.text.some((f) => /SMITH|JOHN/i.test(f.text))).toBe(true);
    expect(report.recheck).toMatchObject({ text: 0, faces: 0, metadata: 0 });
  });

  it('leaves no drawn PHI readable in frames of the output, and the areas are filled', async () => {
    for (const t of [0.3, 1.0, 1.6, 2.7]) {
      const frame = await extractFrame(out, t, 4096);
      expect(frame).not.toBeNull();
      const image = await decodeImage(frame!);
      const read = (await recognizeLines(image, { passes: ['upright', 'inverted'] })).map((l) => l.text).join(' ');
      for (const word of ['SMITH', 'JOHN', '1961', '0314']) expect(letters(read)).not.toContain(word);
      // Strict reading flags any capital word; no date, however written, may be left.
      expect(detectPhi(read, { strict: true }).filter((s) => s.kind === 'date')).toEqual([]);
      // Inside the name's box the pixels are gone (solid fill), not merely hard to read.
      let sum = 0;
      for (let y = 16; y < 34; y++) for (let x = 20; x < 140; x++) sum += image.data[(y * image.width + x) * image.channels];
      expect(sum / (18 * 120)).toBeLessThan(12);
    }
  }, 60_000);

  it('keeps size, duration and sound; writes H.264 High yuv420p and AAC 48 kHz', () => {
    const p = probe(out);
    const video = p.streams.find((s) => s.codec_type === 'video')!;
    const audio = p.streams.find((s) => s.codec_type === 'audio')!;
    expect(video).toMatchObject({ codec_name: 'h264', profile: 'High', pix_fmt: 'yuv420p', width: 640, height: 360 });
    expect(audio).toMatchObject({ codec_name: 'aac', sample_rate: '48000' });
    expect(Math.abs(Number(p.format.duration) - 3)).toBeLessThan(0.3);
  });

  it('carries no metadata of the source (ffprobe and exiftool)', () => {
    const p = probe(out);
    const tags = [p.format.tags ?? {}, ...p.streams.map((s) => s.tags ?? {})].flatMap((t) => Object.entries(t));
    expect(tags.filter(([k]) => /creation_time|location|title|comment|date/i.test(k))).toEqual([]);
    const dump = JSON.stringify(tags);
    for (const word of ['Smith', 'UNITY', '5063499', '39.8241', '2020']) expect(dump).not.toContain(word);
    const exif = JSON.parse(execFileSync('exiftool', ['-j', '-a', '-G1', out], { encoding: 'utf8' }))[0] as Record<string, unknown>;
    const own = Object.entries(exif).filter(([k]) => !k.startsWith('System:') && !k.startsWith('ExifTool:') && k !== 'SourceFile');
    expect(own.filter(([k]) => /GPS|Location/i.test(k))).toEqual([]);
    expect(own.filter(([k, v]) => /Date/i.test(k) && !String(v).startsWith('0000'))).toEqual([]);
    expect(own.filter(([k]) => /Make|Model|Software|Title|Comment|Author|Artist/i.test(k))).toEqual([]);
    expect(JSON.stringify(own)).not.toMatch(/Smith|UNITY|5063499/);
    // Nor x264's version-and-settings banner inside the video stream itself.
    expect(encoderBanner(fs.readFileSync(out))).toBeNull();
  });
});

describe('video redaction of phone-style clips', () => {
  const tmp = makeTempDir('medpost-video-phone-');
  afterAll(() => tmp.cleanup());
  const dateClip = (name: string, extra: string[]) =>
    makeClip(path.join(tmp.dir, name), [
      '-f', 'lavfi', '-i', 'color=c=0x303030:s=320x240:r=30:d=2',
      '-vf', `drawtext=fontfile=${FONT}:text='DOB 03/14/1961':x=10:y=10:fontsize=18:fontcolor=white${extra.includes('vfr') ? ",setpts='(N+0.4*mod(N,3))/30/TB'" : ''}`,
      '-c:v', 'libx264', '-preset', 'ultrafast', ...(extra.includes('vfr') ? ['-vsync', 'vfr'] : []),
    ]);

  it('a clip with rotation metadata comes out upright, its text (vertical on screen) gone, no rotation tag', async () => {
    const clip = dateClip('rot.mp4', []);
    execFileSync('exiftool', ['-q', '-overwrite_original', '-Rotation=90', clip]);
    const out = path.join(tmp.dir, 'rot-clean.mp4');
    const report = await redactVideoFile(clip, out);
    expect(report).toMatchObject({ width: 240, height: 320 });
    expect(report.text.map((f) => f.kind)).toContain('date');
    const video = probe(out).streams.find((s) => s.codec_type === 'video') as { width?: number; side_data_list?: unknown[] };
    expect(video).toMatchObject({ width: 240, height: 320 });
    expect(JSON.stringify(video.side_data_list ?? [])).not.toMatch(/rotation/i);
  }, 30_000);

  it('a variable-frame-rate clip comes out at a constant rate with its text gone', async () => {
    const out = path.join(tmp.dir, 'vfr-clean.mp4');
    const report = await redactVideoFile(dateClip('vfr.mp4', ['vfr']), out);
    expect(report.text.map((f) => f.kind)).toContain('date');
    expect(Math.abs(report.durationS - 2)).toBeLessThan(0.4);
  }, 30_000);
});

describe('video redaction refuses bad input clearly and leaves no file', () => {
  const tmp = makeTempDir('medpost-video-bad-');
  afterAll(() => tmp.cleanup());

  const refused = async (input: string, code: string, message: RegExp) => {
    const out = path.join(tmp.dir, `out-${path.basename(input)}`);
    const err = await redactVideoFile(input, out).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StudioFailure);
    expect((err as StudioFailure).code).toBe(code);
    expect((err as StudioFailure).message).toMatch(message);
    expect(fs.readdirSync(tmp.dir).filter((f) => f.startsWith('out-') || f.endsWith('.partial'))).toEqual([]);
  };

  it('not a video, a truncated file, no video track', async () => {
    const notVideo = path.join(tmp.dir, 'notes.mp4');
    fs.writeFileSync(notVideo, 'MRN 5063499 is not a video\n');
    await refused(notVideo, 'corrupt', /not a video|damaged/);
    const whole = makeClip(path.join(tmp.dir, 'whole.mp4'), ['-f', 'lavfi', '-i', 'testsrc=s=320x240:r=10:d=2', '-c:v', 'libx264', '-preset', 'ultrafast']);
    const cut = path.join(tmp.dir, 'cut.mp4');
    fs.writeFileSync(cut, fs.readFileSync(whole).subarray(0, 4000));
    await refused(cut, 'corrupt', /damaged|incomplete/);
    const sound = makeClip(path.join(tmp.dir, 'sound.mp4'), ['-f', 'lavfi', '-i', 'sine=duration=1', '-c:a', 'aac']);
    await refused(sound, 'corrupt', /no video track/);
  }, 30_000);

  it('8K and two-hour clips are refused with the limit named', async () => {
    const huge = makeClip(path.join(tmp.dir, 'huge.mp4'), ['-f', 'lavfi', '-i', 'color=s=7680x4320:r=1:d=1', '-c:v', 'libx264', '-preset', 'ultrafast']);
    await refused(huge, 'too_large', /7680×4320.*4K/);
    const long = makeClip(path.join(tmp.dir, 'long.mp4'), ['-f', 'lavfi', '-i', 'color=s=64x64:r=1:d=7200', '-c:v', 'libx264', '-preset', 'ultrafast']);
    await refused(long, 'too_large', /120 minutes/);
  }, 60_000);

  it('a cancel kills the work and leaves no partial file', async () => {
    const clip = makeClip(path.join(tmp.dir, 'busy.mp4'), ['-f', 'lavfi', '-i', 'testsrc=s=320x240:r=25:d=4', '-c:v', 'libx264', '-preset', 'ultrafast']);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 1500);
    const started = Date.now();
    const out = path.join(tmp.dir, 'out-cancelled.mp4');
    const err = await redactVideoFile(clip, out, { signal: controller.signal }).catch((e: unknown) => e);
    expect((err as StudioFailure).code).toBe('cancelled');
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(fs.readdirSync(tmp.dir).filter((f) => f.startsWith('out-') || f.endsWith('.partial'))).toEqual([]);
  }, 60_000);
});
