import type { Box } from '../../../shared/phi/types';

export type Rotation = 0 | 90 | 270;

/** The size of an image once turned clockwise by `rotation`. */
export function rotatedSize(width: number, height: number, rotation: Rotation): { width: number; height: number } {
  return rotation === 0 ? { width, height } : { width: height, height: width };
}

/**
 * Maps a box found on the image turned clockwise by `rotation` back onto the original image of
 * `width`×`height`. A 90° turn sends (x, y) to (H−1−y, x); a 270° turn sends it to (y, W−1−x).
 */
export function unrotateBox(box: Box, rotation: Rotation, width: number, height: number): Box {
  const [u, v, w, h] = box;
  if (rotation === 90) return [v, height - u - w, h, w];
  if (rotation === 270) return [width - v - h, u, h, w];
  return [u, v, w, h];
}

/** The inverse of unrotateBox: where an original box lands on the turned image. */
export function rotateBox(box: Box, rotation: Rotation, width: number, height: number): Box {
  const [x, y, w, h] = box;
  if (rotation === 90) return [height - y - h, x, h, w];
  if (rotation === 270) return [y, width - x - w, h, w];
  return [x, y, w, h];
}

export function unionBox(boxes: readonly Box[]): Box {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const [x, y, w, h] of boxes) {
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x + w);
    y1 = Math.max(y1, y + h);
  }
  return [x0, y0, x1 - x0, y1 - y0];
}

export function intersectionArea(a: Box, b: Box): number {
  const w = Math.min(a[0] + a[2], b[0] + b[2]) - Math.max(a[0], b[0]);
  const h = Math.min(a[1] + a[3], b[1] + b[3]) - Math.max(a[1], b[1]);
  return w > 0 && h > 0 ? w * h : 0;
}

/** How much of the smaller box the larger one covers, 0..1. */
export function overlapOfSmaller(a: Box, b: Box): number {
  const smaller = Math.min(a[2] * a[3], b[2] * b[3]);
  return smaller > 0 ? intersectionArea(a, b) / smaller : 0;
}

/** Clips a box to the image and rounds it outwards to whole pixels. */
export function clipBox(box: Box, width: number, height: number): Box {
  const x0 = Math.max(0, Math.floor(box[0]));
  const y0 = Math.max(0, Math.floor(box[1]));
  const x1 = Math.min(width, Math.ceil(box[0] + box[2]));
  const y1 = Math.min(height, Math.ceil(box[1] + box[3]));
  return [x0, y0, Math.max(0, x1 - x0), Math.max(0, y1 - y0)];
}
