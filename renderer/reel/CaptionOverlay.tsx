import { useMemo } from 'react';
import type { Slide } from '../../shared/model/postDocument';
import type { Caption, CaptionStyle } from '../../shared/model/reel';
import type { CanvasSize, Insets } from '../../shared/model/slideFormat';
import { captionObjects } from '../../shared/reel/captionLayout';
import { SlideThumbnail } from '../editor/SlideThumbnail';

type Props = { captions: readonly Caption[]; style: CaptionStyle; tMs: number; canvas: CanvasSize; safe: Insets | null; drawHeight: number };

/**
 * The caption showing at the playhead, laid out by the shared caption layout and drawn through the
 * editor's draw path on a transparent slide: the export draws the same slide, so the words break and
 * sit exactly where the video will have them.
 */
export function CaptionOverlay({ captions, style, tMs, canvas, safe, drawHeight }: Props) {
  const showing = captions.find((c) => tMs >= c.startMs && tMs < c.endMs) ?? null;
  const text = showing?.text ?? null;
  const slide = useMemo<Slide | null>(
    () => (text === null ? null : { id: 'preview-caption', background: '#00000000', objects: captionObjects(text, style, canvas, safe, 'preview-caption'), altText: '', layoutId: null }),
    [text, style, canvas, safe],
  );
  if (!slide || !showing) return null;
  return (
    <div className="reel-media-box reel-caption" style={{ left: 0, top: 0, width: canvas.width, height: canvas.height }} data-testid="preview-caption" data-caption-id={showing.id}>
      <SlideThumbnail slide={slide} canvas={canvas} height={drawHeight} delayMs={0} />
    </div>
  );
}
