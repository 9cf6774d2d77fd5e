import { useEffect, useRef } from 'react';
import type { TimedRedaction } from '../../shared/model/reel';
import { boxAtTime } from './boxAtTime';
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
 * are drawn too (dashed) so the user sees what accepting would cover.
 */
export function RedactionBoxes({ redactions, sourceMs, source, rect, media, selectedId }: Props) {
  return (
    <>
      {redactions.map((r) => {
        const box = boxAtTime(r, sourceMs);
        if (!box) return null;
        const at = sourceToCanvas(box, source, rect);
        const style = { left: at.x, top: at.y, width: at.width, height: at.height };
        const cls = `reel-redaction ${r.mode} ${r.status}${r.id === selectedId ? ' selected' : ''}`;
        return r.mode === 'solid' ? (
          <div key={r.id} className={cls} style={style} data-testid="preview-redaction" data-mode={r.mode} />
        ) : (
          <div key={r.id} className={cls} style={style} data-testid="preview-redaction" data-mode={r.mode}>
            <MediaPatch box={box} source={source} media={media} mode={r.mode} />
          </div>
        );
      })}
    </>
  );
}

/** Block size of the export's pixelate, in source pixels: coarse enough that no feature survives. */
const BLOCK = 16;

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
          canvas.width = Math.max(1, Math.ceil(w / (mode === 'pixelate' ? BLOCK : 4)));
          canvas.height = Math.max(1, Math.ceil(h / (mode === 'pixelate' ? BLOCK : 4)));
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
