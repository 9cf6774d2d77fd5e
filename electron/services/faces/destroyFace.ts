import type { Box } from '../../../shared/phi/types';
import { clampBox, expandBox, intersectionArea, unionBox } from './boxGeometry';
import { detectFaces, type FaceBox } from './detectFaces';
import { cropRaw, shrinkRaw, type RawImage } from './rawImage';

// The search after pixelation looks at each region with this much of its surroundings: enough
// for a detector to see a whole head even when the region covered only part of it.
const RECHECK_CONTEXT = 3;
// A face that matters here is about a third of the crop or more (anything much smaller inside
// the region is gone under cells that large), so the crop is searched at a modest size.
const RECHECK_SIZE = 768;

// A face box from a detector runs from brow to chin and cheek to cheek; hair, ears and the jaw
// line identify too.
const MARGIN = 0.2;

/**
 * The region destroyed for a face box: made square first (detector boxes are narrower than
 * the head: ears and cheeks fall outside), grown by the margin, kept inside the image.
 */
export function faceRegion(image: RawImage, box: Box): Box {
  return clampBox(headSquare(box), image.width, image.height);
}

function headSquare([x, y, w, h]: Box): Box {
  const side = Math.max(w, h);
  return expandBox([x + w / 2 - side / 2, y + h / 2 - side / 2, side, side], MARGIN);
}

/**
 * Coarse pixelation in place: the face's region (see faceRegion) cut into `cellsAcross` square
 * cells a side, each filled with its mean colour; about five fall across the face itself.
 * Coarse on purpose: at 8-10 cells, or under a Gaussian blur, a detector still finds the face
 * and its fine detail can be partly recovered; with 6 cells over the face box alone, OpenCV's
 * Haar cascades still found one mosaic in ten in our trials, with 6 over the whole region none.
 * Every pixel of a cell ends up the same value, so nothing of the original survives inside it.
 */
export function pixelateRegion(image: RawImage, box: Box, cellsAcross = 6): void {
  const [rx, ry, rw, rh] = faceRegion(image, box);
  if (rw === 0 || rh === 0) return;
  // Sized on the whole square in whole pixels, even where the frame cuts it, so a face cut by
  // the frame gets cells as coarse as a whole one.
  const [sx, , sw] = headSquare(box);
  const cell = Math.max(1, Math.ceil((Math.ceil(sx + sw) - Math.floor(sx)) / Math.max(1, cellsAcross)));
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
 * Destroys the given faces in place and proves it for pixelation: each region is searched
 * again, and where a face is still found over it, the region and the face found get a solid
 * fill instead. Faces found elsewhere are left alone: a box the user struck off as "not
 * a face" stays struck off.
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
  for (const face of faces) pixelateRegion(image, face.box);
  let fellBackToFill = 0;
  for (const [i, region] of destroyed.entries()) {
    const hits = (await facesAround(image, region)).filter((s) => intersectionArea(s.box, region) > 0);
    if (hits.length === 0) continue;
    const filled = hits.reduce((box, s) => unionBox(box, faceRegion(image, s.box)), region);
    fillRegion(image, filled);
    destroyed[i] = filled;
    fellBackToFill++;
  }
  return { destroyed, fellBackToFill };
}

// Searching a crop around the region, not the whole photo: several times faster, and a face
// over the region is in the crop either way.
async function facesAround(image: RawImage, [x, y, w, h]: Box): Promise<FaceBox[]> {
  const side = Math.max(w, h) * RECHECK_CONTEXT;
  const area = clampBox([x + w / 2 - side / 2, y + h / 2 - side / 2, side, side], image.width, image.height);
  const { image: crop, scale } = await shrinkRaw(cropRaw(image, area), RECHECK_SIZE);
  const found = await detectFaces(crop);
  return found.map(({ box: [fx, fy, fw, fh], score }) => ({
    box: [area[0] + fx / scale, area[1] + fy / scale, fw / scale, fh / scale],
    score,
  }));
}
