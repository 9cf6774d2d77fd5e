import type { FaceApi } from './faceModels';
import { rotatedView, scaledView, tileGrid, tileView } from './faceViews';
import type { RawImage } from './rawImage';
import { runDetector, type FaceCandidate } from './runDetectors';

// SSD's own input is 512 px square: a larger view would only be shrunk again inside it.
const WHOLE = 512;
// SSD finds faces down to about 20 px of its input. The whole view therefore sees faces from
// about 4% of the photo's longer side; 512 px tiles of a 1280 px view see them from about 1.6%
// (50 px in a 3200 px photo), at the price of about nine more runs on a large photo.
const FINE = 1280;
const TILE = 512;
// Wider than a face at the smallest size the whole view misses, so one tile holds it entire.
const TILE_OVERLAP = 112;
// Low on purpose: every candidate is checked again by verifyFace, so recall is bought here.
const SSD_FLOOR = 0.3;
const TINY_FLOOR = 0.3;
// Quarter turns find faces lying on their side or upside down (a patient lying down, a photo
// taken from the head of the bed); SSD itself copes with about 45° either side of upright.
const TURNS = [90, 180, 270];

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
      candidates.push(...(await runDetector(faceapi, 'ssd', await tileView(fine, tile, WHOLE), SSD_FLOOR)));
    }
  }
  return candidates;
}
