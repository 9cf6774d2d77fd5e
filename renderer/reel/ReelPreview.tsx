import { useRef, useState, type PointerEvent } from 'react';
import type { Asset } from '../../shared/model/asset';
import type { PostDocument } from '../../shared/model/postDocument';
import type { ReelSettings } from '../../shared/model/reel';
import type { Insets } from '../../shared/model/slideFormat';
import { placeScenes, sourceTimeMs } from '../../shared/reel/timeline';
import { CaptionOverlay } from './CaptionOverlay';
import { canvasToSource, type MotionView, type Rect, type Size } from './mediaFit';
import { SafeZones, type ZonePlatform } from './SafeZones';
import { ScenePicture } from './ScenePicture';
import { SoundPreview } from './SoundPreview';

type Props = {
  doc: PostDocument;
  reel: ReelSettings;
  assets: ReadonlyMap<string, Asset>;
  tMs: number;
  playing: boolean;
  /** Height of the preview on screen; the width follows the canvas. */
  height: number;
  zones: Record<ZonePlatform, Insets>;
  zonesOn: readonly ZonePlatform[];
  captionSafe: Insets | null;
  /** While set, a drag on the preview draws a redaction box on this scene (source pixels). */
  drawOn: string | null;
  onDrawn(sceneId: string, box: [number, number, number, number]): void;
  selectedRedactionId: string | null;
};

/**
 * The reel at the playhead, composed as the export composes it: the scene showing (and the one
 * it crossfades from), each with its redactions and overlay, then the caption. Everything is laid
 * out in canvas pixels on a stage scaled to the screen, so positions match the export exactly.
 */
export function ReelPreview({ doc, reel, assets, tMs, playing, height, zones, zonesOn, captionSafe, drawOn, onDrawn, selectedRedactionId }: Props) {
  const { canvas } = doc;
  const scale = height / canvas.height;
  const placed = placeScenes(doc.scenes);
  const active = placed.filter((p) => tMs >= p.startMs && tMs < p.endMs);
  // At the very end the last frame stays up instead of black.
  if (active.length === 0 && placed.length && tMs >= placed[placed.length - 1].endMs) active.push(placed[placed.length - 1]);
  const drawHeight = Math.min(canvas.height, Math.round(height * (window.devicePixelRatio || 1)));
  const rects = useRef(new Map<string, { rect: Rect; source: Size; view: MotionView }>());
  const stage = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<{ x0: number; y0: number; x1: number; y1: number } | null>(null);

  const toCanvas = (e: PointerEvent) => {
    const r = stage.current!.getBoundingClientRect();
    return { x: (e.clientX - r.left) / scale, y: (e.clientY - r.top) / scale };
  };
  const down = (e: PointerEvent<HTMLDivElement>) => {
    if (!drawOn) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    const p = toCanvas(e);
    setDrag({ x0: p.x, y0: p.y, x1: p.x, y1: p.y });
  };
  const move = (e: PointerEvent) => drag && setDrag({ ...drag, ...((p) => ({ x1: p.x, y1: p.y }))(toCanvas(e)) });
  const up = () => {
    const fit = drawOn ? rects.current.get(drawOn) : null;
    if (drag && fit && drawOn) {
      // Back through the still's motion (the boxes move with the picture), then the fit.
      const unmove = (x: number, y: number) => ({ x: x / fit.view.zoom + fit.view.x, y: y / fit.view.zoom + fit.view.y });
      const a = canvasToSource(unmove(Math.min(drag.x0, drag.x1), Math.min(drag.y0, drag.y1)), fit.source, fit.rect);
      const b = canvasToSource(unmove(Math.max(drag.x0, drag.x1), Math.max(drag.y0, drag.y1)), fit.source, fit.rect);
      // Kept on the picture: a box reaching past it covers nothing there.
      const x = Math.max(0, a.x);
      const y = Math.max(0, a.y);
      const w = Math.min(fit.source.width, b.x) - x;
      const h = Math.min(fit.source.height, b.y) - y;
      if (w >= 4 && h >= 4) onDrawn(drawOn, [Math.round(x), Math.round(y), Math.round(w), Math.round(h)]);
    }
    setDrag(null);
  };

  return (
    <div className="reel-preview" style={{ width: canvas.width * scale, height }} data-testid="reel-preview" data-time={Math.round(tMs)}>
      <div
        ref={stage}
        className={`reel-stage${drawOn ? ' drawing' : ''}`}
        style={{ width: canvas.width, height: canvas.height, transform: `scale(${scale})` }}
        onPointerDown={down}
        onPointerMove={move}
        onPointerUp={up}
      >
        {active.map((p, i) => {
          const fading = i > 0 && p.scene.transition.kind === 'crossfade';
          const opacity = fading ? Math.min(1, (tMs - p.startMs) / p.scene.transition.durationMs) : 1;
          const asset = p.scene.kind === 'slide' ? null : assets.get(p.scene.assetId) ?? null;
          return (
            <div key={p.scene.id} className="reel-layer" style={{ opacity }}>
              <ScenePicture
                scene={p.scene}
                doc={doc}
                asset={asset}
                intoMs={Math.min(p.scene.durationMs, tMs - p.startMs)}
                sourceMs={sourceTimeMs(p, tMs)}
                playing={playing}
                clipSound={reel.audio.clipSound}
                drawHeight={drawHeight}
                selectedRedactionId={selectedRedactionId}
                onRect={(rect, source, view) => rects.current.set(p.scene.id, { rect, source, view })}
              />
            </div>
          );
        })}
        {placed.length === 0 && <div className="reel-missing">Add a scene to start the reel.</div>}
        <CaptionOverlay captions={reel.captions} style={reel.captionStyle} tMs={tMs} canvas={canvas} safe={captionSafe} drawHeight={drawHeight} />
        <SafeZones on={zonesOn} zones={zones} canvas={canvas} />
        <SoundPreview audio={reel.audio} tMs={tMs} playing={playing} />
        {drag && (
          <div
            className="reel-redaction drawing"
            style={{ left: Math.min(drag.x0, drag.x1), top: Math.min(drag.y0, drag.y1), width: Math.abs(drag.x1 - drag.x0), height: Math.abs(drag.y1 - drag.y0) }}
          />
        )}
      </div>
    </div>
  );
}
