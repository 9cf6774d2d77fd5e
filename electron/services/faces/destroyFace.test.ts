import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Box } from '../../../shared/phi/types';
import { makeTempDir, samplesDir } from '../../../test/fixtures/tempLibrary';
import { containment } from './boxGeometry';
import { destroyFaces, faceRegion, fillRegion, pixelateRegion } from './destroyFace';
import { detectFaces, type FaceBox } from './detectFaces';
import { loadFaceModels } from './faceModels';
import { decodeForFaces, type RawImage } from './rawImage';

type Gold = Record<string, { faces: { box: Box }[]; keep: { text: string; box: Box }[] }>;
const facesDir = path.join(samplesDir, 'faces');
const gold = JSON.parse(fs.readFileSync(path.join(facesDir, 'gold.json'), 'utf8')) as Gold;

function noise(width: number, height: number, channels: 3 | 4, seed = 1): RawImage {
  const data = new Uint8Array(width * height * channels);
  let s = seed;
  for (let i = 0; i < data.length; i++) data[i] = (s = (s * 1103515245 + 12345) >>> 0) >>> 24;
  return { width, height, channels, data };
}

function pixelsOf(image: RawImage, [x, y, w, h]: Box): Uint8Array {
  const out = new Uint8Array(w * h * image.channels);
  for (let row = 0; row < h; row++) {
    const from = ((y + row) * image.width + x) * image.channels;
    out.set(image.data.subarray(from, from + w * image.channels), row * w * image.channels);
  }
  return out;
}

/** Every pixel outside `box` is as it was. */
function expectOutsideUnchanged(before: RawImage, after: RawImage, [x, y, w, h]: Box): void {
  for (let py = 0; py < before.height; py++) {
    for (let px = 0; px < before.width; px++) {
      if (px >= x && px < x + w && py >= y && py < y + h) continue;
      const i = (py * before.width + px) * before.channels;
      for (let c = 0; c < before.channels; c++) if (after.data[i + c] !== before.data[i + c]) throw new Error(`pixel ${px},${py} changed`);
    }
  }
}

/** The distinct colours in a region and, per colour, the box its pixels span. */
function colourSpans(image: RawImage, [x, y, w, h]: Box): Map<string, Box> {
  const spans = new Map<string, [number, number, number, number]>();
  for (let py = y; py < y + h; py++) {
    for (let px = x; px < x + w; px++) {
      const i = (py * image.width + px) * image.channels;
      const key = [...image.data.subarray(i, i + image.channels)].join(',');
      const s = spans.get(key);
      if (!s) spans.set(key, [px, py, px, py]);
      else spans.set(key, [Math.min(s[0], px), Math.min(s[1], py), Math.max(s[2], px), Math.max(s[3], py)]);
    }
  }
  return new Map([...spans].map(([k, [x0, y0, x1, y1]]) => [k, [x0, y0, x1 - x0 + 1, y1 - y0 + 1] as Box]));
}

describe('pixelateRegion', () => {
  const face: Box = [40, 30, 36, 48];

  it('fills square cells, six across the region and about five across the face, each one flat colour: no blur', () => {
    const image = noise(160, 120, 3);
    pixelateRegion(image, face);
    const region = faceRegion(image, face);
    const cell = Math.ceil(region[2] / 6);
    // A blur leaves every pixel its own value; here each cell is one value (zero variance), so
    // a colour's pixels span exactly one cell.
    const spans = colourSpans(image, region);
    for (const [, [, , w, h]] of spans) {
      expect(w).toBeLessThanOrEqual(cell);
      expect(h).toBeLessThanOrEqual(cell);
    }
    expect(spans.size).toBe(Math.ceil(region[2] / cell) * Math.ceil(region[3] / cell));
    expect(Math.ceil(region[2] / cell)).toBe(6);
    const cellsAcrossFace = face[3] / cell;
    expect(cellsAcrossFace).toBeGreaterThanOrEqual(4.5);
    expect(cellsAcrossFace).toBeLessThanOrEqual(6);
  });

  it('fills each cell with the mean colour of what it covered', () => {
    const image = noise(60, 60, 3);
    const before = { ...image, data: image.data.slice() };
    const box: Box = [20, 20, 12, 12];
    pixelateRegion(image, box, 1);
    // One cell: the whole region, filled with its mean.
    const region = faceRegion(image, box);
    const original = pixelsOf(before, region);
    expect(colourSpans(image, region).size).toBe(1);
    for (let c = 0; c < 3; c++) {
      let sum = 0;
      for (let i = c; i < original.length; i += 3) sum += original[i];
      expect(image.data[(region[1] * 60 + region[0]) * 3 + c]).toBe(Math.round(sum / (original.length / 3)));
    }
  });

  it('covers the face grown by a fifth and squared, and nothing outside it', () => {
    const image = noise(160, 120, 4);
    const before = { ...image, data: image.data.slice() };
    pixelateRegion(image, face);
    const region = faceRegion(image, face);
    // Square of the longer side (48), grown by 20%: 57.6 → 58 px after rounding outwards.
    expect(region[2]).toBeGreaterThanOrEqual(57);
    expect(region[3]).toBeGreaterThanOrEqual(57);
    expect(containment(face, region)).toBe(1);
    expectOutsideUnchanged(before, image, region);
  });

  it('stays inside the image for a face cut by the frame', () => {
    const image = noise(50, 40, 3);
    const before = { ...image, data: image.data.slice() };
    pixelateRegion(image, [-10, 20, 30, 30]);
    const region = faceRegion(image, [-10, 20, 30, 30]);
    expect(region[0]).toBe(0);
    expect(region[1] + region[3]).toBe(40);
    expect(image.data.length).toBe(50 * 40 * 3);
    expectOutsideUnchanged(before, image, region);
  });
});

describe('fillRegion', () => {
  it('fills exactly the box with one opaque colour', () => {
    const image = noise(40, 30, 4);
    const before = { ...image, data: image.data.slice() };
    fillRegion(image, [5, 6, 10, 8], [10, 20, 30]);
    expect([...colourSpans(image, [5, 6, 10, 8]).keys()]).toEqual(['10,20,30,255']);
    expectOutsideUnchanged(before, image, [5, 6, 10, 8]);
  });

  it('fills black by default and clamps to the image', () => {
    const image = noise(20, 20, 3);
    fillRegion(image, [15, 15, 10, 10]);
    expect([...colourSpans(image, [15, 15, 5, 5]).keys()]).toEqual(['0,0,0']);
  });
});

// The outside check, as the scorer does it: OpenCV's Haar cascades must not find the face
// after destruction, and the face's fine detail (its Laplacian) must not survive.
const python = '/usr/bin/python3';
const hasCv2 = fs.existsSync(python) && spawnSync(python, ['-c', 'import cv2'], { stdio: 'ignore' }).status === 0;
if (!hasCv2) console.warn('[faces] SKIPPED the OpenCV Haar check: /usr/bin/python3 with cv2 not found (Debian: python3-opencv opencv-data).');
const opencvCheck = String.raw`
import json, os, sys, cv2, numpy as np
before, after, faces = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
root = cv2.data.haarcascades if hasattr(cv2, "data") else "/usr/share/opencv4/haarcascades"
cascades = [cv2.CascadeClassifier(os.path.join(root, n)) for n in ("haarcascade_frontalface_default.xml", "haarcascade_frontalface_alt2.xml")]
def find(img): return [list(map(int, f)) for c in cascades for f in c.detectMultiScale(img, 1.1, 5, minSize=(40, 40))]
def corr(a, b):
    a = a.astype(float).ravel(); b = b.astype(float).ravel()
    return 0.0 if a.std() < 1e-6 or b.std() < 1e-6 else float(np.corrcoef(a, b)[0, 1])
a = cv2.imread(before, cv2.IMREAD_GRAYSCALE); b = cv2.imread(after, cv2.IMREAD_GRAYSCALE)
la, lb = cv2.Laplacian(a, cv2.CV_64F), cv2.Laplacian(b, cv2.CV_64F)
detail = [corr(la[y:y+h, x:x+w], lb[y:y+h, x:x+w]) for x, y, w, h in faces]
print(json.dumps({"before": find(a), "after": find(b), "detail": detail}))
`;

type OpencvVerdict = { before: Box[]; after: Box[]; detail: number[] };

function runOpencvCheck(before: string, after: string, faces: Box[]): OpencvVerdict {
  const run = spawnSync(python, ['-c', opencvCheck, before, after, JSON.stringify(faces)], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`OpenCV check failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as OpencvVerdict;
}

function touches(a: Box, b: Box): boolean {
  return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
}

async function writePng(image: RawImage, file: string): Promise<void> {
  await sharp(image.data, { raw: { width: image.width, height: image.height, channels: image.channels } }).png().toFile(file);
}

describe('destroyFaces on the sample photos', () => {
  let temp: ReturnType<typeof makeTempDir>;
  const found: Record<string, FaceBox[]> = {};
  beforeAll(async () => {
    temp = makeTempDir();
    await loadFaceModels();
  }, 60_000);
  afterAll(() => temp.cleanup());

  async function sample(name: string): Promise<RawImage> {
    const image = await decodeForFaces(path.join(facesDir, name));
    found[name] ??= await detectFaces(image);
    return image;
  }

  it.each(Object.keys(gold))('%s: pixelated faces escape OpenCV, the lesion is untouched', async (name) => {
    const image = await sample(name);
    const lesions = gold[name].keep.map((k) => pixelsOf(image, k.box));
    const original = path.join(temp.dir, `before-${name}.png`);
    await writePng(image, original);

    const result = await destroyFaces(image, found[name], 'pixelate');
    expect(result.destroyed).toHaveLength(found[name].length);
    for (const { box } of gold[name].faces) {
      expect(result.destroyed.some((region) => containment(box, region) >= 0.95)).toBe(true);
    }
    gold[name].keep.forEach((k, i) => expect(pixelsOf(image, k.box)).toEqual(lesions[i]));

    if (!hasCv2) return;
    const destroyed = path.join(temp.dir, `after-${name}.png`);
    await writePng(image, destroyed);
    const faces = gold[name].faces.map((f) => f.box);
    const verdict = runOpencvCheck(original, destroyed, faces);
    // The check can see these faces: the cascades find each one before destruction.
    for (const face of faces) expect(verdict.before.some((hit) => touches(hit, face))).toBe(true);
    for (const face of faces) expect(verdict.after.filter((hit) => touches(hit, face))).toEqual([]);
    for (const d of verdict.detail) expect(d).toBeLessThan(0.3);
  });

  it('falls back to a solid fill where a face is still found after pixelation', async () => {
    const name = 'face-7-00.jpg';
    const image = await sample(name);
    const [x, y, w, h] = gold[name].faces[0].box;
    // Only the chin is pixelated: the face above it is still there to be found.
    const chin: FaceBox = { box: [x + w * 0.25, y + h * 0.8, w * 0.5, h * 0.2], score: 1 };
    const result = await destroyFaces(image, [chin], 'pixelate');
    expect(result.fellBackToFill).toBe(1);
    const [region] = result.destroyed;
    expect(containment(gold[name].faces[0].box, region)).toBeGreaterThanOrEqual(0.95);
    expect([...colourSpans(image, region).keys()]).toEqual(['0,0,0']);
  });

  it('fills solid when asked, without looking again', async () => {
    const name = 'face-7-02.jpg';
    const image = await sample(name);
    const lesion = pixelsOf(image, gold[name].keep[0].box);
    const result = await destroyFaces(image, found[name], 'fill');
    expect(result.fellBackToFill).toBe(0);
    for (const region of result.destroyed) expect([...colourSpans(image, region).keys()]).toEqual(['0,0,0']);
    expect(pixelsOf(image, gold[name].keep[0].box)).toEqual(lesion);
  });

  it('changes nothing when there is no face', async () => {
    const image = noise(64, 48, 3);
    const before = image.data.slice();
    expect(await destroyFaces(image, [], 'pixelate')).toEqual({ destroyed: [], fellBackToFill: 0 });
    expect(image.data).toEqual(before);
  });
});
