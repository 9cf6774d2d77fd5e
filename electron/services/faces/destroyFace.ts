import type { Box } from '../../../shared/phi/types';
import { clampBox, expandBox, intersectionArea } from './boxGeometry';
import { detectFaces, type FaceBox } from './detectFaces';
import type { RawImage } from './rawImage';

// A face box from a detector runs from brow to chin; hair, ears and jaw line identify too.
const MARGIN = 0.2;

/** The region destroyed for a face box: grown by the margin, kept inside the image. */
export function faceRegion(image: RawImage, box: Box): Box {
  return clampBox(expandBox(box, MARGIN), image.width, image.height);
}

/**
 * Coarse pixelation in place: about `cellsAcross` square cells over the face, each filled with
 * its mean colour. Coarse on purpose: at 8-10 cells, or under a Gaussian blur, a detector still
 * finds the face and the fine detail can be partly recovered; at 6 neither works. Every pixel of
 * a cell ends up the same value, so nothing of the original survives inside a cell.
 */
export function pixelateRegion(image: RawImage, box: Box, cellsAcross = 6): void {
  const [rx, ry, rw, rh] = faceRegion(image, box);
  if (rw === 0 || rh === 0) return;
  const cell = Math.max(1, Math.ceil(Math.max(box[2], box[3]) / Math.max(1, cellsAcross)));
  const { width, channels, data } = image;
  const sums = new Float64Array(channels);
  for (let cy = ry; cy < ry + rh; cy += cell) {
    const y1 = Math.min(cy + cell, ry + rh);
    for (let cx = rx; cx < rx + rw; cx += cell) {
      const x1 = Math.min(cx + cell, rx + rw);
      sums.fill(0);
      for (let y = cy; y < y1; y++) {
        for (let i = (y * width + cx) * channels, end = (y * width + x1) * channels; i < end; i += channels) {
          for (let c = 0; c < channels; c++) sums[c] += data[i + c];
        }
      }
      const count = (y1 - cy) * (x1 - cx);
      const mean = Array.from(sums, (s) => Math.round(s / count));
      for (let y = cy; y < y1; y++) {
        for (let i = (y * width + cx) * channels, end = (y * width + x1) * channels; i < end; i += channels) {
          for (let c = 0; c < channels; c++) data[i + c] = mean[c];
        }
      }
    }
  }
}

/** Solid fill in place of exactly `box` (clamped to the image); alpha, if any, made opaque. */
export function fillRegion(image: RawImage, box: Box, rgb: readonly [number, number, number] = [0, 0, 0]): void {
  const [rx, ry, rw, rh] = clampBox(box, image.width, image.height);
  const { width, channels, data } = image;
  const value = channels === 4 ? [...rgb, 255] : [...rgb];
  for (let y = ry; y < ry + rh; y++) {
    for (let i = (y * width + rx) * channels, end = (y * width + rx + rw) * channels; i < end; i += channels) {
      for (let c = 0; c < channels; c++) data[i + c] = value[c];
    }
  }
}

/**
 * Destroys the given faces in place and proves it for pixelation: the result is searched again
 * and any face still found over a pixelated region gets a solid fill instead. Faces found
 * elsewhere are left alone: a box the user struck off as "not a face" stays struck off.
 */
export async function destroyFaces(
  image: RawImage,
  faces: FaceBox[],
  mode: 'pixelate' | 'fill',
): Promise<{ destroyed: Box[]; fellBackToFill: number }> {
  const destroyed = faces.map((face) => faceRegion(image, face.box)).filter((r) => r[2] > 0 && r[3] > 0);
  if (mode === 'fill') {
    for (const region of destroyed) fillRegion(image, region);
    return { destroyed, fellBackToFill: 0 };
  }
  faces.forEach((face) => pixelateRegion(image, face.box));
  if (destroyed.length === 0) return { destroyed, fellBackToFill: 0 };
  const survivors = await detectFaces(image);
  let fellBackToFill = 0;
  for (const region of destroyed) {
    if (survivors.some((s) => intersectionArea(s.box, region) > 0)) {
      fillRegion(image, region);
      fellBackToFill++;
    }
  }
  return { destroyed, fellBackToFill };
}
