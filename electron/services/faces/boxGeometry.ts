import type { Box } from '../../../shared/phi/types';

export function boxArea([, , w, h]: Box): number {
  return Math.max(0, w) * Math.max(0, h);
}

export function intersectionArea(a: Box, b: Box): number {
  const w = Math.min(a[0] + a[2], b[0] + b[2]) - Math.max(a[0], b[0]);
  const h = Math.min(a[1] + a[3], b[1] + b[3]) - Math.max(a[1], b[1]);
  return w > 0 && h > 0 ? w * h : 0;
}

export function iou(a: Box, b: Box): number {
  const inter = intersectionArea(a, b);
  const union = boxArea(a) + boxArea(b) - inter;
  return union > 0 ? inter / union : 0;
}

/** How much of `inner` lies inside `outer`, from 0 to 1. */
export function containment(inner: Box, outer: Box): number {
  const area = boxArea(inner);
  return area > 0 ? intersectionArea(inner, outer) / area : 0;
}

/** Grows a box about its centre by `fraction` of its size on each axis. */
export function expandBox([x, y, w, h]: Box, fraction: number): Box {
  return [x - (w * fraction) / 2, y - (h * fraction) / 2, w * (1 + fraction), h * (1 + fraction)];
}

/** Whole-pixel box inside a width×height image, rounded outwards so nothing of the input is lost. */
export function clampBox([x, y, w, h]: Box, width: number, height: number): Box {
  const x0 = Math.max(0, Math.floor(x));
  const y0 = Math.max(0, Math.floor(y));
  const x1 = Math.min(width, Math.ceil(x + w));
  const y1 = Math.min(height, Math.ceil(y + h));
  return [x0, y0, Math.max(0, x1 - x0), Math.max(0, y1 - y0)];
}

/** The smallest box holding all the given points. */
export function boundingBox(points: ReadonlyArray<readonly [number, number]>): Box {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const x0 = Math.min(...xs);
  const y0 = Math.min(...ys);
  return [x0, y0, Math.max(...xs) - x0, Math.max(...ys) - y0];
}

/** The smallest box holding both. */
export function unionBox(a: Box, b: Box): Box {
  const x = Math.min(a[0], b[0]);
  const y = Math.min(a[1], b[1]);
  return [x, y, Math.max(a[0] + a[2], b[0] + b[2]) - x, Math.max(a[1] + a[3], b[1] + b[3]) - y];
}
