import type { Orientation } from '../model/layout';
import type { CanvasSize, Insets } from '../model/slideFormat';

/** A rectangle in slide pixels. */
export type Area = { x: number; y: number; width: number; height: number };

// Breathing room between content and the slide's edge even where no platform UI covers it:
// text touching the edge reads as a mistake, and feeds crop a few pixels.
const MARGIN_FRACTION = 0.06;

/**
 * Where a layout's content goes: the canvas less the platform's safe zone, and never closer to an
 * edge than the margin. Whole pixels, so boxes computed from it stay inside it.
 */
export function contentArea(canvas: Pick<CanvasSize, 'width' | 'height'>, safeZone: Insets | null): Area {
  const margin = Math.round(Math.min(canvas.width, canvas.height) * MARGIN_FRACTION);
  const inset = (side: keyof Insets) => Math.ceil(Math.max(margin, safeZone?.[side] ?? 0));
  const left = inset('left');
  const top = inset('top');
  const width = canvas.width - left - inset('right');
  const height = canvas.height - top - inset('bottom');
  if (width < 50 || height < 50) {
    // A safe zone that leaves nothing usable: fall back to the margin alone rather than fail.
    return contentArea(canvas, null);
  }
  return { x: left, y: top, width, height };
}

/**
 * The content area's shape, which picks a layout's variant. A story's content area (1080×1920
 * less its safe zone) is nearly square, so it takes the square variant, not the portrait one.
 */
export function orientationOf(area: Pick<Area, 'width' | 'height'>): Orientation {
  const ratio = area.width / area.height;
  if (ratio >= 1.25) return 'landscape';
  if (ratio <= 0.85) return 'portrait';
  return 'square';
}

/** Pixels per layout unit: 1/100 of the content area's shorter side. */
export function unitOf(area: Pick<Area, 'width' | 'height'>): number {
  return Math.min(area.width, area.height) / 100;
}
