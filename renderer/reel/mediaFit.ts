import type { Fit, Motion } from '../../shared/model/reel';

// Where a scene's media sits on the canvas, in canvas pixels. The preview places images, video
// frames and redaction boxes with the same rectangle, so a box drawn in source pixels lands on
// what it covers whatever the fit.

export type Rect = { x: number; y: number; width: number; height: number };
export type Size = { width: number; height: number };

/** cover: fills the canvas, cropped; contain: whole, centred on the background. */
export function fitRect(source: Size, canvas: Size, fit: Fit): Rect {
  const sx = canvas.width / source.width;
  const sy = canvas.height / source.height;
  const scale = fit === 'cover' ? Math.max(sx, sy) : Math.min(sx, sy);
  const width = source.width * scale;
  const height = source.height * scale;
  return { x: (canvas.width - width) / 2, y: (canvas.height - height) / 2, width, height };
}

/** How far a slow zoom or pan goes over the scene (15 %: visible, not seasick). */
export const MOTION_AMOUNT = 0.15;

/**
 * The media rectangle at a point of a still's scene (progress 0–1) under its motion: zooms scale
 * about the centre; pans move an enlarged picture from one side to the other.
 */
export function withMotion(rect: Rect, motion: Motion, progress: number): Rect {
  const p = Math.min(1, Math.max(0, progress));
  if (motion === 'none') return rect;
  const zoomed = (k: number): Rect => ({
    x: rect.x - (rect.width * (k - 1)) / 2,
    y: rect.y - (rect.height * (k - 1)) / 2,
    width: rect.width * k,
    height: rect.height * k,
  });
  if (motion === 'zoom-in') return zoomed(1 + MOTION_AMOUNT * p);
  if (motion === 'zoom-out') return zoomed(1 + MOTION_AMOUNT * (1 - p));
  const big = zoomed(1 + MOTION_AMOUNT);
  const spanX = (big.width - rect.width) / 2;
  const spanY = (big.height - rect.height) / 2;
  // Pan left: the picture moves left, so the view travels to its right side.
  const t = p * 2 - 1;
  if (motion === 'pan-left') return { ...big, x: big.x - spanX * t };
  if (motion === 'pan-right') return { ...big, x: big.x + spanX * t };
  if (motion === 'pan-up') return { ...big, y: big.y - spanY * t };
  return { ...big, y: big.y + spanY * t };
}

/** A box in source pixels mapped onto the canvas through the media rectangle. */
export function sourceToCanvas(box: readonly [number, number, number, number], source: Size, rect: Rect): Rect {
  const k = rect.width / source.width;
  return { x: rect.x + box[0] * k, y: rect.y + box[1] * k, width: box[2] * k, height: box[3] * k };
}

/** A canvas point back to source pixels (drawing a redaction on the preview). */
export function canvasToSource(point: { x: number; y: number }, source: Size, rect: Rect): { x: number; y: number } {
  const k = source.width / rect.width;
  return { x: (point.x - rect.x) * k, y: (point.y - rect.y) * k };
}
