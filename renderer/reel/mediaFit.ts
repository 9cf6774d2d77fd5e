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

/** How far a slow zoom or pan goes over a scene: the export's MOTION_ZOOM (reelGraph.ts), 15 %. */
export const MOTION_ZOOM = 1.15;

/** The part of the canvas a still's motion shows at a moment: a window of size canvas/zoom at (x, y). */
export type MotionView = { zoom: number; x: number; y: number };

/**
 * The export's zoompan on the fitted frame (progress 0–1 over the scene): zooms go between 1 and
 * MOTION_ZOOM about the centre; pans hold MOTION_ZOOM and move the window across the spare margin
 * (pan-left moves the view leftwards, so the picture slides right).
 */
export function motionView(motion: Motion, progress: number, canvas: Size): MotionView {
  const p = Math.min(1, Math.max(0, progress));
  if (motion === 'none') return { zoom: 1, x: 0, y: 0 };
  const zoom = motion === 'zoom-in' ? 1 + (MOTION_ZOOM - 1) * p : motion === 'zoom-out' ? MOTION_ZOOM - (MOTION_ZOOM - 1) * p : MOTION_ZOOM;
  const spareX = canvas.width - canvas.width / zoom;
  const spareY = canvas.height - canvas.height / zoom;
  const x = motion === 'pan-left' ? spareX * (1 - p) : motion === 'pan-right' ? spareX * p : spareX / 2;
  const y = motion === 'pan-up' ? spareY * (1 - p) : motion === 'pan-down' ? spareY * p : spareY / 2;
  return { zoom, x, y };
}

/** The CSS transform showing that window over the whole canvas (origin top-left). */
export function motionTransform(v: MotionView): string {
  return v.zoom === 1 ? 'none' : `scale(${v.zoom}) translate(${-v.x}px, ${-v.y}px)`;
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
