import { useEffect, useRef } from 'react';
import type { TimedRedaction } from '../../shared/model/reel';
import { boxAt } from '../../shared/reel/timedBoxes';
import { sourceToCanvas, type Rect, type Size } from './mediaFit';

type Media = HTMLImageElement | HTMLVideoElement;
type Props = {
  redactions: readonly TimedRedaction[];
  /** Source time of the scene at the playhead. */
  sourceMs: number;
  source: Size;
  rect: Rect;
  /** The picture the boxes cover, read back for pixelate and blur. */
  media(): Media | null;
  selectedId?: string | null;
};

/**
 * The scene's redactions at the playhead, drawn as the export destroys them: solid boxes black,
 * pixelate as coarse blocks of the picture under them, blur as a blurred copy. Proposed boxes
 * are outlined (dashed) so the user sees what accepting would cover.
 */
export function RedactionBoxes({ redactions, sourceMs, source, rect, media, selectedId }: Props) {
  return (
    <>
      {redactions.map((r) => {
        if (r.status === 'rejected' || sourceMs < r.startMs || sourceMs >= r.endMs) return null;
        const box = boxAt(r, sourceMs);
        // As the export: pixelated or blurred text can be read back, so only faces get those.
        const mode = shownMode(r);
        const at = sourceToCanvas(box, source, rect);
        const style = { left: at.x, top: at.y, width: at.width, height: at.height };
        const cls = `reel-redaction ${mode} ${r.status}${r.id === selectedId ? ' selected' : ''}`;
        // A proposal is not yet a redaction (the export refuses to run while one waits): outlined,
        // so the user sees what it would cover before deciding.
        if (r.status === 'proposed') return <div key={r.id} className={`reel-redaction proposed${r.id === selectedId ? ' selected' : ''}`} style={style} data-testid="preview-redaction" data-mode="proposed" title={r.text || r.finding || undefined} />;
        return mode === 'solid' ? (
          <div key={r.id} className={cls} style={style} data-testid="preview-redaction" data-mode={mode} />
        ) : (
          <div key={r.id} className={cls} style={style} data-testid="preview-redaction" data-mode={mode}>
            <MediaPatch box={box} source={source} media={media} mode={mode} />
          </div>
        );
      })}
    </>
  );
}

/** What the export draws for a box: the chosen mode for a face, solid for anything else. */
export function shownMode(r: Pick<TimedRedaction, 'mode' | 'finding'>): TimedRedaction['mode'] {
  return r.finding === 'face' ? r.mode : 'solid';
}

/** The export's pixelate: the box's longer side in six cells (reelGraph.ts CELLS_ACROSS). */
const CELLS_ACROSS = 6;

function MediaPatch({ box, source, media, mode }: { box: readonly number[]; source: Size; media: Props['media']; mode: 'pixelate' | 'blur' }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const [x, y, w, h] = box;
  useEffect(() => {
    let frame = 0;
    const draw = () => {
      const canvas = ref.current;
      const el = media();
      const ctx = canvas?.getContext('2d');
      if (canvas && el && ctx) {
        const natW = el instanceof HTMLVideoElement ? el.videoWidth : el.naturalWidth;
        const k = natW ? natW / source.width : 0;
        if (k > 0) {
          // Pixelate: a few pixels stretched back up with no smoothing; blur: a small copy blurred by CSS.
          const cell = mode === 'pixelate' ? Math.max(2, Math.ceil(Math.max(w, h) / CELLS_ACROSS)) : 4;
          canvas.width = Math.max(1, Math.ceil(w / cell));
          canvas.height = Math.max(1, Math.ceil(h / cell));
          try {
            ctx.drawImage(el, x * k, y * k, w * k, h * k, 0, 0, canvas.width, canvas.height);
          } catch {
            // A frame not decoded yet: the next one draws.
          }
        }
      }
      frame = requestAnimationFrame(draw);
    };
    draw();
    return () => cancelAnimationFrame(frame);
  }, [x, y, w, h, source.width, media, mode]);
  return <canvas ref={ref} />;
}
