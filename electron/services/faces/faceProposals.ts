import type { FaceApi } from './faceModels';
import { rotatedView, scaledView, tileGrid, tileView, type FaceView } from './faceViews';
import type { RawImage } from './rawImage';
import { runDetector, type FaceCandidate } from './runDetector';

// SSD's own input is 512 px square: a larger view would only be shrunk again inside it.
const WHOLE = 512;
// SSD finds faces down to about 20 px of its input. The whole view therefore sees faces from
// about 4% of the photo's longer side; 512 px tiles of a 1280 px view see them from about 1.6%
// (25 px in a 1600 px photo, 50 px in a 3200 px one), at the price of up to nine more runs.
const FINE = 1280;
const TILE = 512;
// Wider than a face at the smallest size the whole view misses, so one tile holds it entire.
const TILE_OVERLAP = 112;
// Low on purpose: every candidate is checked again by verifyFace, so recall is bought here.
const SSD_FLOOR = 0.3;
const TINY_FLOOR = 0.3;
// Quarter turns find faces lying on their side (a patient lying down, a photo turned without
// EXIF orientation). SSD itself copes with about 45° either side of upright, and upside down
// surprisingly well; verifyFace tries every eighth of a turn.
const TURNS = [90, 270];
// A tile whose every 8×8 block spans fewer grey levels than this holds no eye, brow or hairline:
// plain skin or background. The contrast inside a face, even a dark one, is many times this.
const FLAT = 24;

/** Every place either detector suspects a face: over the whole photo, turned, and in tiles. */
export async function findFaceCandidates(faceapi: FaceApi, image: RawImage): Promise<FaceCandidate[]> {
  const candidates: FaceCandidate[] = [];
  const whole = await scaledView(image, WHOLE, 'whole');
  candidates.push(...(await runDetector(faceapi, 'ssd', whole, SSD_FLOOR)));
  // The tiny detector, a second opinion trained differently, at its finest input size.
  candidates.push(...(await runDetector(faceapi, 'tiny', whole, TINY_FLOOR, 608)));
  for (const turn of TURNS) {
    candidates.push(...(await runDetector(faceapi, 'ssd', await rotatedView(whole, turn), SSD_FLOOR)));
  }
  if (Math.max(image.width, image.height) > WHOLE * 1.5) {
    const fine = await scaledView(image, FINE, 'fine');
    for (const tile of tileGrid(fine.width, fine.height, TILE, TILE_OVERLAP)) {
      const view = await tileView(fine, tile, WHOLE);
      if (blockContrast(view) >= FLAT) candidates.push(...(await runDetector(faceapi, 'ssd', view, SSD_FLOOR)));
    }
  }
  return candidates;
}

/** The largest span of grey levels inside any 8×8 block of the view. */
export function blockContrast(view: FaceView): number {
  let widest = 0;
  for (let by = 0; by + 8 <= view.height; by += 8) {
    for (let bx = 0; bx + 8 <= view.width; bx += 8) {
      let lo = 255;
      let hi = 0;
      for (let y = by; y < by + 8; y++) {
        for (let i = (y * view.width + bx) * 3, end = i + 24; i < end; i += 3) {
          const grey = (view.rgb[i] * 299 + view.rgb[i + 1] * 587 + view.rgb[i + 2] * 114) / 1000;
          if (grey < lo) lo = grey;
          if (grey > hi) hi = grey;
        }
      }
      if (hi - lo > widest) widest = hi - lo;
    }
  }
  return widest;
}
