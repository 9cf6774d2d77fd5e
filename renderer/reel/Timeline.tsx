import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { Asset } from '../../shared/model/asset';
import type { PostDocument } from '../../shared/model/postDocument';
import type { Caption, ReelScene } from '../../shared/model/reel';
import { formatClock, placeScenes, reelDurationMs } from '../../shared/reel/timeline';
import { clipWith, withDuration } from './sceneOps';
import { CaptionBlock } from './CaptionBlock';
import { SceneBlock, sceneName } from './SceneBlock';
import { WithPlayhead, type PlayheadClock } from './usePlayhead';

export type TimelineOps = {
  select(sceneId: string | null): void;
  move(from: number, to: number): void;
  /** A trim in progress: shown at once, one undo step when `endTrim(true)`. */
  previewScene(scene: ReelScene, label: string): void;
  endTrim(commit: boolean): void;
  remove(sceneId: string): void;
  seek(ms: number): void;
  selectCaption(id: string): void;
  /** A caption being moved or retimed on its track: shown at once, one step on `endTrim(true)`. */
  previewCaption(caption: Caption, label: string): void;
};

type Props = {
  doc: PostDocument;
  captions: readonly Caption[];
  assets: ReadonlyMap<string, Asset>;
  selectedId: string | null;
  clock: PlayheadClock;
  ops: TimelineOps;
};

const ZOOMS = [10, 20, 40, 60, 100, 160, 250, 400];

/**
 * The reel as a strip: scenes as blocks as wide as they play (crossfades overlap), captions under
 * them, a ruler to seek on and the playhead. Blocks drag to reorder (or Alt+←/→), their right edge
 * sets the length (a clip's out point), a clip's left edge its in point.
 */
export function Timeline({ doc, captions, assets, selectedId, clock, ops }: Props) {
  const [pxPerS, setPxPerS] = useState(60);
  const k = pxPerS / 1000;
  const placed = placeScenes(doc.scenes);
  const total = reelDurationMs(doc.scenes);
  const track = useRef<HTMLDivElement>(null);
  const [reorder, setReorder] = useState<{ id: string; from: number; startX: number; x: number; active: boolean } | null>(null);
  const [trim, setTrim] = useState<{ scene: ReelScene; edge: 'in' | 'out'; startX: number } | null>(null);

  const xOf = (e: { clientX: number }) => e.clientX - (track.current?.getBoundingClientRect().left ?? 0) + (track.current?.scrollLeft ?? 0);
  const targetIndex = (x: number, from: number) => {
    // The block goes where its pointer is among the other blocks' middles.
    let to = 0;
    placed.forEach((p, i) => {
      if (i !== from && x > ((p.startMs + p.endMs) / 2) * k) to += 1;
    });
    return to;
  };

  const blockDown = (e: PointerEvent<HTMLDivElement>, i: number, id: string) => {
    if (e.button !== 0) return;
    ops.select(id);
    e.currentTarget.setPointerCapture(e.pointerId);
    setReorder({ id, from: i, startX: xOf(e), x: xOf(e), active: false });
  };
  const edgeDown = (e: PointerEvent<HTMLSpanElement>, scene: ReelScene, edge: 'in' | 'out') => {
    e.stopPropagation();
    if (e.button !== 0) return;
    ops.select(scene.id);
    track.current?.setPointerCapture(e.pointerId);
    setTrim({ scene, edge, startX: xOf(e) });
  };
  const onMove = (e: PointerEvent) => {
    if (reorder) {
      const x = xOf(e);
      setReorder({ ...reorder, x, active: reorder.active || Math.abs(x - reorder.startX) > 6 });
    } else if (trim) {
      const dMs = (xOf(e) - trim.startX) / k;
      const s = trim.scene;
      const sourceMs = s.kind === 'clip' ? assets.get(s.assetId)?.durationMs ?? null : null;
      let next: ReelScene;
      if (trim.edge === 'out') next = withDuration(s, s.durationMs + dMs, sourceMs);
      else next = s.kind === 'clip' ? clipWith(s, { inMs: Math.min(s.outMs, s.inMs + dMs * s.speed) }) : s;
      ops.previewScene(next, trim.edge === 'in' ? 'Trim start' : s.kind === 'clip' ? 'Trim end' : 'Change duration');
    }
  };
  const onUp = () => {
    if (reorder?.active) {
      const to = targetIndex(reorder.x, reorder.from);
      if (to !== reorder.from) ops.move(reorder.from, to);
    }
    if (trim) ops.endTrim(true);
    setReorder(null);
    setTrim(null);
  };
  const onKey = (e: KeyboardEvent<HTMLDivElement>, i: number, scene: ReelScene) => {
    if (e.altKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) {
      e.preventDefault();
      ops.move(i, i + (e.key === 'ArrowLeft' ? -1 : 1));
    } else if (!e.altKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) {
      e.preventDefault();
      const next = doc.scenes[i + (e.key === 'ArrowLeft' ? -1 : 1)];
      if (next) {
        ops.select(next.id);
        focusBlock(next.id);
      }
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      ops.remove(scene.id);
    } else if (e.key === 'Escape' && trim) {
      ops.endTrim(false);
      setTrim(null);
    }
  };
  const focusBlock = (id: string) => requestAnimationFrame(() => track.current?.querySelector<HTMLElement>(`[data-scene-id="${id}"]`)?.focus());
  const seekFrom = (e: PointerEvent<HTMLDivElement>) => ops.seek(Math.max(0, xOf(e) / k));
  const width = Math.max(total * k + 200, 400);
  const tickEvery = pxPerS >= 40 ? 1 : pxPerS >= 20 ? 2 : 5;
  const ticks = Array.from({ length: Math.floor(total / 1000 / tickEvery) + 2 }, (_, i) => i * tickEvery);
  const dropAt = reorder?.active ? targetIndex(reorder.x, reorder.from) : null;
  const others = placed.filter((_, i) => i !== reorder?.from);
  const dropX = dropAt === null ? 0 : dropAt === 0 ? 0 : (others[dropAt - 1]?.endMs ?? total) * k;

  return (
    <section className="reel-timeline" aria-label="Timeline">
      <div className="reel-timeline-bar">
        <span className="subtle">Drag a block to reorder (or Alt+← →), drag its edges to trim. Delete removes.</span>
        <span className="reel-zoom" role="group" aria-label="Timeline zoom">
          <button type="button" onClick={() => setPxPerS(ZOOMS[Math.max(0, ZOOMS.indexOf(pxPerS) - 1)] ?? 10)} aria-label="Zoom the timeline out">
            −
          </button>
          <button type="button" onClick={() => setPxPerS(ZOOMS[Math.min(ZOOMS.length - 1, ZOOMS.indexOf(pxPerS) + 1)] ?? 400)} aria-label="Zoom the timeline in">
            +
          </button>
          <button
            type="button"
            onClick={() => {
              const room = (track.current?.clientWidth ?? 800) - 40;
              setPxPerS(Math.max(5, Math.min(400, total ? (room / total) * 1000 : 60)));
            }}
          >
            Fit
          </button>
        </span>
      </div>
      <div className="reel-track-scroll" ref={track} onPointerMove={onMove} onPointerUp={onUp} onPointerCancel={onUp}>
        <div className="reel-track-inner" style={{ width }}>
          <div className="reel-ruler" onPointerDown={(e) => (e.currentTarget.setPointerCapture(e.pointerId), seekFrom(e))} onPointerMove={(e) => e.buttons === 1 && seekFrom(e)} data-testid="timeline-ruler">
            {ticks.map((s) => (
              <span key={s} className="reel-tick" style={{ left: s * pxPerS }}>
                {formatClock(s * 1000).replace(/\.0$/, '')}
              </span>
            ))}
          </div>
          <div className="reel-scenes" role="listbox" aria-label="Scenes" data-testid="scene-track">
            {placed.map((p) => (
              <SceneBlock
                key={p.scene.id}
                scene={p.scene}
                index={p.index}
                name={sceneName(p.scene, p.index, doc, assets)}
                doc={doc}
                left={p.startMs * k}
                width={Math.max(8, p.scene.durationMs * k)}
                selected={p.scene.id === selectedId}
                dragging={reorder?.active === true && reorder.id === p.scene.id}
                onPointerDown={(e) => blockDown(e, p.index, p.scene.id)}
                onEdgeDown={(e, edge) => edgeDown(e, p.scene, edge)}
                onKeyDown={(e) => onKey(e, p.index, p.scene)}
                onFocus={() => p.scene.id !== selectedId && ops.select(p.scene.id)}
              />
            ))}
            {dropAt !== null && <span className="reel-drop" style={{ left: dropX }} />}
            {placed.length === 0 && <span className="subtle reel-empty">No scenes yet: add a slide or media from the left.</span>}
          </div>
          <div className="reel-captions-track" aria-label="Captions" data-testid="caption-track">
            {captions.map((c) => (
              <CaptionBlock key={c.id} caption={c} k={k} onSelect={ops.selectCaption} onPreview={ops.previewCaption} onDone={ops.endTrim} />
            ))}
          </div>
          <WithPlayhead clock={clock}>{({ tMs }) => <div className="reel-playhead" style={{ left: tMs * k }} aria-hidden="true" />}</WithPlayhead>
        </div>
      </div>
    </section>
  );
}
