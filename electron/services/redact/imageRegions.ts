import type { Box } from '../../../shared/phi/types';
import type { RawImage } from '../ocr/ocrTypes';
import { intersectionArea } from '../ocr/passGeometry';

// Burned-in identifiers sit in the film's corners and along its edges; inside this band every
// date, long number and name-like word is treated as PHI.
export const EDGE_BAND = 0.25;

/** True when at least half of the box lies in the outer band of the image. */
export function inEdgeBand(box: Box, width: number, height: number): boolean {
  const area = box[2] * box[3];
  if (area <= 0) return false;
  const inner: Box = [width * EDGE_BAND, height * EDGE_BAND, width * (1 - 2 * EDGE_BAND), height * (1 - 2 * EDGE_BAND)];
  return area - intersectionArea(box, inner) >= area / 2;
}

/**
 * A radiograph, ultrasound or other medical image: grey, perhaps with a little coloured overlay
 * (an ultrasound's yellow labels). A clinical photo of skin is colour almost everywhere.
 */
export function isGreyscaleImage(image: RawImage): boolean {
  const { channels, data } = image;
  if (channels < 3) return true;
  const pixels = image.width * image.height;
  const step = Math.max(1, Math.floor(pixels / 200_000));
  let coloured = 0;
  let seen = 0;
  for (let i = 0; i < pixels; i += step, seen++) {
    const p = i * channels;
    const spread = Math.max(data[p], data[p + 1], data[p + 2]) - Math.min(data[p], data[p + 1], data[p + 2]);
    if (spread > 12) coloured++;
  }
  return coloured < seen * 0.05;
}

/**
 * Grows a text box by a few pixels on every side (anti-aliased glyph edges reach past the box
 * the OCR reports) and clips it to the image, in whole pixels.
 */
export function padTextBox(box: Box, width: number, height: number): Box {
  const pad = Math.max(3, Math.round(0.25 * Math.min(box[2], box[3])));
  const x0 = Math.max(0, Math.floor(box[0] - pad));
  const y0 = Math.max(0, Math.floor(box[1] - pad));
  const x1 = Math.min(width, Math.ceil(box[0] + box[2] + pad));
  const y1 = Math.min(height, Math.ceil(box[1] + box[3] + pad));
  return [x0, y0, Math.max(0, x1 - x0), Math.max(0, y1 - y0)];
}
