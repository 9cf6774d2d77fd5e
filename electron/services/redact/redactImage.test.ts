import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StudioFailure, type ErrorCode } from '../../../shared/api/errors';
import type { Box } from '../../../shared/phi/types';
import { bombPng } from '../../../test/fixtures/craftedFiles';
import { makeTempDir, samplesDir } from '../../../test/fixtures/tempLibrary';
import { readMetadata } from '../metadata/readMetadata';
import { intersectionArea } from '../ocr/passGeometry';
import { shutdownOcr } from '../ocr/tesseractPool';
import { redactImage, type RedactionReport } from './redactImage';

// Judged the way an outsider would: Debian's own tesseract binary (not our engine) reads the
// output on three rotations, pixels are compared with the original, exiftool lists metadata.

const run = promisify(execFile);
type Labelled = { text: string; box: Box };
type Gold = Record<string, { phi: Labelled[]; keep: Labelled[]; metadata?: Record<string, string> }>;
const imagesDir = path.join(samplesDir, 'images');
const gold = JSON.parse(fs.readFileSync(path.join(imagesDir, 'gold.json'), 'utf8')) as Gold;
const xrays = Object.keys(gold).filter((n) => n.startsWith('xray-')).sort();
const letters = (s: string) => s.toUpperCase().replace(/[^A-Z0-9]/g, '');

const temp = makeTempDir('medpost-redact-');
const faceSample = 'face-7-01.jpg';
const outputs = new Map<string, { report: RedactionReport; file: string }>();

const nativeReads = new Map<string, Promise<string>>();

/** What the native tesseract CLI reads in an image, upright and turned 90° and 270° (once per file). */
function nativeRead(file: string, angles = [0, 90, 270]): Promise<string> {
  const key = `${file}@${angles.join(',')}`;
  if (!nativeReads.has(key)) nativeReads.set(key, readNatively(file, angles));
  return nativeReads.get(key)!;
}

async function readNatively(file: string, angles: number[]): Promise<string> {
  const texts = await Promise.all(
    angles.map(async (angle) => {
      const turned = path.join(temp.dir, `${path.basename(file)}-${angle}.png`);
      await sharp(file).rotate(angle).png().toFile(turned);
      const { stdout } = await run('/usr/bin/tesseract', [turned, 'stdout', '--psm', '11'], { timeout: 60_000 });
      return stdout;
    }),
  );
  return letters(texts.join(' '));
}

/** A gold text counts as readable when its letters (4+) or any 5+ digit run of it appear. */
function readable(text: string, read: string): boolean {
  const s = letters(text);
  const digitRuns = text.replace(/\//g, '').match(/\d{5,}/g) ?? [];
  return (s.length >= 4 && read.includes(s)) || digitRuns.some((d) => read.replace(/\D/g, '').includes(d));
}

async function greys(file: string): Promise<{ width: number; data: Buffer; height: number }> {
  const { data, info } = await sharp(file).greyscale().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data };
}

function patch(img: { width: number; height: number; data: Buffer }, [x, y, w, h]: Box): number[] {
  const out: number[] = [];
  for (let j = y; j < Math.min(img.height, y + h); j++) for (let i = x; i < Math.min(img.width, x + w); i++) out.push(img.data[j * img.width + i]);
  return out;
}

function laplacian(img: { width: number; height: number; data: Buffer }, [x, y, w, h]: Box): number[] {
  const at = (i: number, j: number) => img.data[j * img.width + i];
  const out: number[] = [];
  for (let j = Math.max(1, y); j < Math.min(img.height - 1, y + h); j++) {
    for (let i = Math.max(1, x); i < Math.min(img.width - 1, x + w); i++) out.push(at(i - 1, j) + at(i + 1, j) + at(i, j - 1) + at(i, j + 1) - 4 * at(i, j));
  }
  return out;
}

function correlation(a: number[], b: number[]): number {
  const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
  const ma = mean(a);
  const mb = mean(b);
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < a.length; i++) {
    ab += (a[i] - ma) * (b[i] - mb);
    aa += (a[i] - ma) ** 2;
    bb += (b[i] - mb) ** 2;
  }
  return aa && bb ? ab / Math.sqrt(aa * bb) : 0;
}

beforeAll(async () => {
  for (const name of xrays) {
    const file = path.join(temp.dir, `out-${name}`);
    outputs.set(name, { report: await redactImage(path.join(imagesDir, name), file), file });
  }
  // No face in this one: the face detector is exercised on the face sample below.
  const photo = 'photo-7-00.jpg';
  const file = path.join(temp.dir, 'out-photo.jpg');
  outputs.set(photo, { report: await redactImage(path.join(imagesDir, photo), file, { faces: false }), file });
  const face = path.join(temp.dir, 'out-face.jpg');
  outputs.set(faceSample, { report: await redactImage(path.join(samplesDir, 'faces', faceSample), face), file: face });
}, 120_000);

afterAll(async () => {
  await shutdownOcr();
  temp.cleanup();
});

describe.each(xrays)('redacting %s', (name) => {
  it('finds every burned-in identifier: each gold box is covered by findings', () => {
    const { report } = outputs.get(name)!;
    for (const { text, box } of gold[name].phi) {
      const hit = report.findings.some((f) => f.source === 'ocr' && intersectionArea(f.box, box) > 0.5 * box[2] * box[3]);
      expect(hit, text).toBe(true);
    }
    expect(report.recheck).toEqual({ ocrFindings: 0, faces: 0, metadata: 0 });
  });

  it('leaves none of it readable by an independent OCR, and its pixels destroyed', async () => {
    const { file } = outputs.get(name)!;
    const read = await nativeRead(file);
    const out = await greys(file);
    for (const { text, box } of gold[name].phi) {
      expect(readable(text, read), `${text} is still readable`).toBe(false);
      expect(new Set(patch(out, box)).size, `${text}: pixels left in its box`).toBe(1);
    }
  });

  it('keeps the size, and the teaching annotations as readable as before', async () => {
    const { file } = outputs.get(name)!;
    const before = await greys(path.join(imagesDir, name));
    const after = await greys(file);
    expect([after.width, after.height]).toEqual([before.width, before.height]);
    // A grey radiograph stays a grey image.
    expect((await sharp(file).metadata()).channels).toBe(1);
    // Annotations are upright: one native read of the original tells which of them it can read.
    const readBefore = await nativeRead(path.join(imagesDir, name), [0]);
    const readAfter = await nativeRead(file);
    for (const { text } of gold[name].keep) {
      // Single letters (L, R) turn up anywhere in a page of OCR; words say something.
      if (letters(text).length >= 3 && readBefore.includes(letters(text))) expect(readAfter, text).toContain(letters(text));
    }
  });
});

describe('keep ratio over all radiographs', () => {
  it('keeps at least 90% of the annotations pixel for pixel', async () => {
    let kept = 0;
    let total = 0;
    for (const name of xrays) {
      const before = await greys(path.join(imagesDir, name));
      const after = await greys(outputs.get(name)!.file);
      for (const { box } of gold[name].keep) {
        total++;
        const a = patch(before, box);
        const b = patch(after, box);
        if (a.every((v, i) => v === b[i])) kept++;
      }
    }
    expect(kept / total).toBeGreaterThanOrEqual(0.9);
  });
});

describe('redacting a photo that carries identifying metadata', () => {
  const name = 'photo-7-00.jpg';

  it('writes none of the metadata: exiftool finds no tag and no value', async () => {
    const { file, report } = outputs.get(name)!;
    const { stdout } = await run('exiftool', ['-j', '-a', '-G1', file]);
    const tags = (JSON.parse(stdout) as Record<string, unknown>[])[0];
    const meaningful = Object.keys(tags).filter((k) => !/^(SourceFile|ExifTool:|System:|File:|Composite:|JFIF:)/.test(k));
    expect(meaningful).toEqual([]);
    const dump = JSON.stringify(tags);
    for (const value of Object.values(gold[name].metadata!)) {
      for (const word of value.split(/\s+/).filter((w) => /^[A-Z][a-z]{3,}$/.test(w) && w !== 'Patient')) expect(dump).not.toContain(word);
      if (/^\d+\.\d+$/.test(value)) expect(dump).not.toContain(value.slice(0, 5));
    }
    expect(await readMetadata(file)).toEqual([]);
    // The report says what was removed, in plain words.
    expect(report.metadataRemoved.map((m) => m.label)).toEqual(expect.arrayContaining(['Date taken', 'Artist', 'Description', 'GPS position', 'Creator']));
  });

  it('keeps the pixel size and the picture', async () => {
    const { file, report } = outputs.get(name)!;
    const before = await sharp(path.join(imagesDir, name)).metadata();
    const after = await sharp(file).metadata();
    expect([after.width, after.height]).toEqual([before.width, before.height]);
    expect([report.width, report.height]).toEqual([before.width, before.height]);
    expect(after.format).toBe('jpeg');
  });
});

describe('redacting a photo with a face in frame', () => {
  const faceGold = JSON.parse(fs.readFileSync(path.join(samplesDir, 'faces', 'gold.json'), 'utf8'))[faceSample] as {
    faces: { box: Box }[];
    keep: Labelled[];
  };

  it('pixelates the face coarsely and leaves the lesion as it was', async () => {
    const { file, report } = outputs.get(faceSample)!;
    const [face] = faceGold.faces;
    expect(report.faces.some((b) => intersectionArea(b, face.box) > 0.8 * face.box[2] * face.box[3])).toBe(true);
    expect(report.findings.filter((f) => f.kind === 'face').every((f) => f.source === 'face')).toBe(true);
    const before = await greys(path.join(samplesDir, 'faces', faceSample));
    const after = await greys(file);
    // No fine detail left: the face's edges (a Laplacian) no longer match the original's.
    expect(correlation(laplacian(before, face.box), laplacian(after, face.box))).toBeLessThan(0.3);
    const lesion = faceGold.keep[0].box;
    expect(correlation(patch(before, lesion), patch(after, lesion))).toBeGreaterThan(0.9);
  });
});

describe('redactImage refusals leave no file behind', () => {
  const inputs = makeTempDir('medpost-redact-bad-');
  afterAll(() => inputs.cleanup());
  const input = (n: string) => path.join(inputs.dir, n);

  beforeAll(() => {
    fs.writeFileSync(input('empty.png'), '');
    fs.writeFileSync(input('truncated.jpg'), fs.readFileSync(path.join(imagesDir, 'photo-7-01.jpg')).subarray(0, 3000));
    fs.writeFileSync(input('notes.png'), 'Patient list, not a picture\n');
    fs.writeFileSync(input('bomb.png'), bombPng(20_000, 10_000));
  });

  it.each<[string, string, ErrorCode, RegExp]>([
    ['a 0-byte file', 'empty.png', 'unsupported', /empty \(0 bytes\)/],
    ['a truncated JPEG', 'truncated.jpg', 'corrupt', /damaged or incomplete/],
    ['a text file named .png', 'notes.png', 'unsupported', /not an image/],
    ['a 200-megapixel PNG', 'bomb.png', 'too_large', /20000×10000 \(200 megapixels\).*limit is 100 megapixels/],
  ])('%s', async (_, file, code, message) => {
    const out = path.join(inputs.dir, `out-${file}.png`);
    const err = await redactImage(input(file), out).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StudioFailure);
    expect((err as StudioFailure).code).toBe(code);
    expect((err as StudioFailure).message).toMatch(message);
    expect(fs.readdirSync(inputs.dir).filter((f) => f.startsWith('out-') || f.endsWith('.partial'))).toEqual([]);
  });

  it('refuses an output that is not .png or .jpg, and writing over the original', async () => {
    const src = path.join(imagesDir, 'xray-7-01.png');
    expect(((await redactImage(src, input('out.gif')).catch((e: unknown) => e)) as StudioFailure).code).toBe('invalid_input');
    expect(((await redactImage(src, src).catch((e: unknown) => e)) as StudioFailure).code).toBe('invalid_input');
  });

  it('fails loudly when the boxes given miss PHI that the re-check reads, and writes nothing', async () => {
    const out = input('out-missed.png');
    const err = await redactImage(path.join(imagesDir, 'xray-7-01.png'), out, { findings: [] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StudioFailure);
    expect((err as StudioFailure).message).toMatch(/Redaction check failed: text still readable/);
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.readdirSync(inputs.dir).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  it('lets the user keep what they judged not identifying: only the rest must pass the re-check', async () => {
    const src = path.join(imagesDir, 'xray-7-01.png');
    const all = gold['xray-7-01.png'].phi.map((p) => p.box as Box);
    const [kept, ...burned] = all;
    const findings = burned.map((box) => ({ box, text: '', kind: 'manual' as const, source: 'manual' as const, confidence: 1, reason: 'test' }));
    const refused = input('out-kept-refused.png');
    expect(((await redactImage(src, refused, { findings }).catch((e: unknown) => e)) as StudioFailure).message).toMatch(/Redaction check failed/);
    const out = input('out-kept.png');
    await redactImage(src, out, { findings, keep: [kept] });
    expect(fs.existsSync(out)).toBe(true);
  });

  it('stops when cancelled, writing nothing', async () => {
    const out = input('out-cancelled.png');
    const controller = new AbortController();
    const err = await redactImage(path.join(imagesDir, 'xray-7-04.png'), out, {
      signal: controller.signal,
      onProgress: (f) => f > 0.1 && controller.abort(),
    }).catch((e: unknown) => e);
    expect((err as StudioFailure).code).toBe('cancelled');
    expect(fs.existsSync(out)).toBe(false);
  });
});
