import type { Caption, ReelSettings } from '../../../shared/model/reel';
import type { Slide } from '../../../shared/model/postDocument';
import type { CanvasSize, Insets } from '../../../shared/model/slideFormat';
import { captionObjects } from '../../../shared/reel/captionLayout';

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
