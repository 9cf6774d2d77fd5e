import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { detectPhi } from '../../../shared/phi/detectPhi';
import type { Box } from '../../../shared/phi/types';
import { samplesDir } from '../../../test/fixtures/tempLibrary';
import type { OcrLine } from '../ocr/ocrTypes';
import { intersectionArea } from '../ocr/passGeometry';
import { shutdownOcr } from '../ocr/tesseractPool';
import { findBurnedInBoxes } from './burnedInFinder';
import { findPhiInLines } from './findImagePhi';
import { inEdgeBand, isGreyscaleImage, padTextBox } from './imageRegions';
import { lineFindings } from './lineFindings';

afterAll(() => shutdownOcr());

/** An OCR line laid out left to right from words, 10 px a letter, 20 px tall. */
function line(text: string, at: [number, number] = [0, 0], height = 20): OcrLine {
  let x = at[0];
  const words = text.split(' ').map((w) => {
    const box: Box = [x, at[1], w.length * 10, height];
    x += w.length * 10 + 10;
    return { text: w, box, confidence: 95 };
  });
  return { text, box: [at[0], at[1], x - 10 - at[0], height], words, confidence: 95, rotation: 0, inverted: false };
}

describe('lineFindings: text findings to boxes', () => {
  it('boxes a field label with its value, so no half line stays', () => {
    const l = line('MRN 54404922');
    const [f] = lineFindings(l, detectPhi(l.text, { strict: true }));
    expect(f.box).toEqual([0, 0, 120, 20]);
    expect(f.source).toBe('ocr');
  });

  it('keeps side markers and projections out of the boxes', () => {
    const l = line('R PA LAT');
    expect(lineFindings(l, detectPhi(l.text, { strict: true }))).toEqual([]);
  });

  it('covers a kept word sitting between two findings of one phrase', () => {
    const l = line('SACRED HEART RADIOLO');
    const found = lineFindings(l, detectPhi(l.text, { strict: true }));
    expect(found).toHaveLength(1);
    expect(found[0].box).toEqual(l.box);
  });

  it('takes a lone initial beside a name with it', () => {
    const l = line('D.C. M');
    const found = lineFindings(l, [{ start: 0, end: 4, text: 'D.C.', kind: 'name', confidence: 0.7, reason: 'initials' }]);
    expect(found[0].box).toEqual(l.box);
  });
});

describe('findPhiInLines: strict edges on radiographs', () => {
  // A blank page: nothing for the boxes to grow over.
  const blank = { width: 1000, height: 1000, data: new Uint8Array(1000 * 1000) };

  it('reads the edges of a radiograph strictly and the middle normally', () => {
    const corner = line('KOWALSKI', [20, 20]);
    const middle = line('KOWALSKI', [450, 500]);
    const found = findPhiInLines([corner, middle], blank, true);
    expect(found.map((f) => f.box[0])).toEqual([20]);
  });

  it('does not read a photo strictly, even at its edges', () => {
    expect(findPhiInLines([line('KOWALSKI', [20, 20])], blank, false)).toEqual([]);
  });

  it('reads a big label on the edge normally when the overlay font is small', () => {
    const overlay = [line('ACC 1234567', [20, 20]), line('MRN 7654321', [20, 50]), line('DOB 01/02/1960', [20, 80])];
    const label = line('BEARINGS', [800, 500], 60);
    const found = findPhiInLines([...overlay, label], blank, true);
    expect(found).toHaveLength(3);
    expect(found.every((f) => f.box[0] === 20)).toBe(true);
  });
});

describe('image regions', () => {
  it('puts boxes in the outer band by where most of their area lies', () => {
    expect(inEdgeBand([10, 10, 100, 20], 1000, 1000)).toBe(true);
    expect(inEdgeBand([900, 480, 80, 20], 1000, 1000)).toBe(true);
    expect(inEdgeBand([400, 480, 200, 20], 1000, 1000)).toBe(false);
  });

  it('tells a grey medical image from a colour photo', async () => {
    const xray = await sharp(path.join(samplesDir, 'images/xray-7-01.png')).toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
    const photo = await sharp(path.join(samplesDir, 'images/photo-7-00.jpg')).raw().toBuffer({ resolveWithObject: true });
    expect(isGreyscaleImage({ width: xray.info.width, height: xray.info.height, channels: 3, data: xray.data })).toBe(true);
    expect(isGreyscaleImage({ width: photo.info.width, height: photo.info.height, channels: 3, data: photo.data })).toBe(false);
  });

  it('pads text boxes past the glyph edges and clips them to the image', () => {
    expect(padTextBox([10, 10, 100, 20], 1000, 1000)).toEqual([5, 5, 110, 30]);
    expect(padTextBox([0, 990, 100, 10], 100, 1000)).toEqual([0, 987, 100, 13]);
  });
});

describe('findBurnedInBoxes (for DICOM frames)', () => {
  it('boxes every burned-in identifier of a grey frame, padded, in frame pixels', async () => {
    const gold = JSON.parse(fs.readFileSync(path.join(samplesDir, 'images/gold.json'), 'utf8'))['xray-7-01.png'] as {
      phi: { box: Box }[];
      keep: { box: Box }[];
    };
    const { data, info } = await sharp(path.join(samplesDir, 'images/xray-7-01.png')).greyscale().raw().toBuffer({ resolveWithObject: true });
    const boxes = await findBurnedInBoxes({ width: info.width, height: info.height, channels: 1, data });
    for (const { box } of gold.phi) {
      const covered = boxes.reduce((sum, b) => sum + intersectionArea(b, box), 0);
      expect(covered).toBeGreaterThanOrEqual(box[2] * box[3]);
    }
    for (const { box } of gold.keep) expect(boxes.some((b) => intersectionArea(b, box) > 0)).toBe(false);
    for (const b of boxes) expect(b.every((v) => Number.isInteger(v))).toBe(true);
  });
});
