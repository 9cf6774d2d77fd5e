import type { PlatformId } from '../../../shared/model/platforms';
import type { Caption, ReelSettings } from '../../../shared/model/reel';
import type { Slide } from '../../../shared/model/postDocument';
import type { CanvasSize, Insets, SlideFormat } from '../../../shared/model/slideFormat';
import { captionObjects } from '../../../shared/reel/captionLayout';

/**
 * The safe zone captions keep inside: for every format of the canvas's size that belongs to a
 * target platform (or is the canvas's own format), the widest inset on each side, so the words
 * clear every chosen app's buttons at once. Null when no format of that size names one.
 */
export function captionSafeZone(formats: readonly SlideFormat[], canvas: CanvasSize, platforms: readonly PlatformId[]): Insets | null {
  const zones = formats
    .filter((f) => f.width === canvas.width && f.height === canvas.height && (f.id === canvas.formatId || (platforms as readonly string[]).includes(f.platform)))
    .map((f) => f.safeZone)
    .filter((z): z is Insets => z !== null);
  if (zones.length === 0) return null;
  const widest = (side: keyof Insets) => Math.max(...zones.map((z) => z[side]));
  return { top: widest('top'), right: widest('right'), bottom: widest('bottom'), left: widest('left') };
}

/** Captions on the timeline that show (clipped to the reel's length), in order. */
export function shownCaptions(captions: readonly Caption[], durationMs: number): Caption[] {
  return captions
    .filter((c) => c.startMs < durationMs && c.text.trim().length > 0)
    .map((c) => ({ ...c, endMs: Math.min(c.endMs, durationMs) }))
    .sort((a, b) => a.startMs - b.startMs);
}

/** Each caption as a transparent slide holding its box and words (shared/reel/captionLayout), for the export's drawing path. */
export function captionSlides(captions: readonly Caption[], settings: Pick<ReelSettings, 'captionStyle'>, canvas: CanvasSize, safeZone: Insets | null): Slide[] {
  return captions.map((c, i) => ({
    id: `reel-caption-${i + 1}`,
    background: '#00000000',
    objects: captionObjects(c.text, settings.captionStyle, canvas, safeZone, `caption-${i + 1}`),
    altText: '',
    layoutId: null,
  }));
}
