import sharp from 'sharp';
import type { Box } from '../../../shared/phi/types';
import { clampBox, iou } from './boxGeometry';
import type { FaceApi } from './faceModels';
import { rotatedView, type FaceView } from './faceViews';
import type { RawImage } from './rawImage';
import { runDetector } from './runDetector';

const CROP = 160;
// The crop holds the candidate with context around it: the detector needs the outline of a
// head to call it a face. Two framings, because one alone now and then misses a real face
// (cut by the frame, half turned away) that the other sees clearly.
const CONTEXTS = [2.2, 3];
// Most faces are near upright: those turns first, so the usual case stops early.
const TURNS = [0, 45, -45, 90, 270, 180, 135, -135];
// Sure enough to stop looking; anything from ACCEPT in detectFaces up already counts.
const SURE = 0.6;

/**
 * A second, independent look at one candidate, from 0 (not a face) to 1. The region is cut
 * out at a size the tiny detector handles well and shown to it at eight turns. SSD alone calls
 * round, dark, dotted blobs (naevi, lesions with satellite spots) faces with high confidence;
 * the tiny detector, trained differently, does not, yet agrees on real faces once they are
 * upright and large enough.
 */
export async function verifyFace(faceapi: FaceApi, image: RawImage, box: Box): Promise<number> {
  let best = 0;
  for (const context of CONTEXTS) {
    const crop = await cropAround(image, box, context);
    if (!crop) continue;
    for (const turn of TURNS) {
      const view = turn === 0 ? crop : await rotatedView(crop, turn);
      for (const found of await runDetector(faceapi, 'tiny', view, 0.05, CROP)) {
        // Only an answer about this candidate counts, not another face elsewhere in the crop.
        if (iou(found.box, box) >= 0.25) best = Math.max(best, found.score);
      }
      if (best >= SURE) return best;
    }
  }
  return best;
}

// The crop is always the full square around the candidate, at one scale. Where the square runs
// past the photo's edge, the missing part is plain grey: a face cut by the frame then sits where
// a whole face would, at the size a whole face would have, which the detector handles far better
// than the same half face stretched to fill a clamped crop.
async function cropAround(image: RawImage, [x, y, w, h]: Box, context: number): Promise<FaceView | null> {
  const side = Math.max(w, h) * context;
  const square: Box = [Math.round(x + w / 2 - side / 2), Math.round(y + h / 2 - side / 2), Math.round(side), Math.round(side)];
  const inside = clampBox(square, image.width, image.height);
  if (inside[2] < 2 || inside[3] < 2) return null;
  const scale = CROP / square[2];
  const scaled = await sharp(image.data, { raw: { width: image.width, height: image.height, channels: image.channels } })
    .removeAlpha()
    .extract({ left: inside[0], top: inside[1], width: inside[2], height: inside[3] })
    .resize(Math.max(1, Math.round(inside[2] * scale)), Math.max(1, Math.round(inside[3] * scale)), { fit: 'fill' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const left = Math.round((inside[0] - square[0]) * scale);
  const top = Math.round((inside[1] - square[1]) * scale);
  const { data, info } = await sharp(scaled.data, { raw: { width: scaled.info.width, height: scaled.info.height, channels: 3 } })
    .extend({
      left,
      top,
      right: Math.max(0, CROP - left - scaled.info.width),
      bottom: Math.max(0, CROP - top - scaled.info.height),
      background: { r: 128, g: 128, b: 128 },
    })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return {
    name: 'verify',
    width: info.width,
    height: info.height,
    rgb: new Uint8Array(data.buffer, data.byteOffset, data.length),
    toImage: ([bx, by, bw, bh]) => [square[0] + bx / scale, square[1] + by / scale, bw / scale, bh / scale],
  };
}
