import type { KeyboardEvent, PointerEvent } from 'react';
import type { Asset } from '../../shared/model/asset';
import type { PostDocument } from '../../shared/model/postDocument';
import type { ReelScene } from '../../shared/model/reel';
import { formatClock } from '../../shared/reel/timeline';
import { useThumbnail } from '../api/useThumbnail';
import { SlideThumbnail } from '../editor/SlideThumbnail';

export const kindLabels: Record<ReelScene['kind'], string> = { slide: 'Slide', image: 'Photo', clip: 'Clip', cine: 'Cine loop' };

/** What a scene shows, in a few words (the block's label and the properties title). */
export function sceneName(scene: ReelScene, index: number, doc: PostDocument, assets: ReadonlyMap<string, Asset>): string {
  if (scene.kind === 'slide') return `${index + 1}. Slide ${doc.slides.findIndex((s) => s.id === scene.slideId) + 1}`;
  return `${index + 1}. ${assets.get(scene.assetId)?.originalName ?? kindLabels[scene.kind]}`;
}

type Props = {
  scene: ReelScene;
  index: number;
  name: string;
  doc: PostDocument;
  left: number;
  width: number;
  selected: boolean;
  dragging: boolean;
  onPointerDown(e: PointerEvent<HTMLDivElement>): void;
  onEdgeDown(e: PointerEvent<HTMLSpanElement>, edge: 'in' | 'out'): void;
  onKeyDown(e: KeyboardEvent<HTMLDivElement>): void;
  onFocus(): void;
};

/** One scene on the timeline: as wide as it plays; its edges trim, its body drags to reorder. */
export function SceneBlock({ scene, index, name, doc, left, width, selected, dragging, onPointerDown, onEdgeDown, onKeyDown, onFocus }: Props) {
  const thumb = useThumbnail(scene.kind === 'slide' ? null : scene.assetId);
  const slide = scene.kind === 'slide' ? doc.slides.find((s) => s.id === scene.slideId) : null;
  const fade = index > 0 && scene.transition.kind === 'crossfade';
  return (
    <div
      className={`reel-block kind-${scene.kind}${selected ? ' selected' : ''}${dragging ? ' dragging' : ''}`}
      style={{ left, width }}
      role="option"
      aria-selected={selected}
      aria-label={`${name}, ${kindLabels[scene.kind]}, ${formatClock(scene.durationMs)}. Alt+Left or Right moves it.`}
      tabIndex={selected ? 0 : -1}
      data-testid="scene-block"
      data-scene-id={scene.id}
      data-kind={scene.kind}
      data-duration={scene.durationMs}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
    >
      {fade && <span className="reel-fade" style={{ width: `${(scene.transition.durationMs / scene.durationMs) * 100}%` }} title="Crossfade" />}
      <span className="reel-block-thumb">
        {slide ? <SlideThumbnail slide={slide} canvas={doc.canvas} height={44} /> : thumb ? <img src={thumb} alt="" draggable={false} /> : null}
      </span>
      <span className="reel-block-text">
        <span className="reel-block-name">{name}</span>
        <span className="reel-block-time">
          {kindLabels[scene.kind]} · {formatClock(scene.durationMs)}
          {scene.overlaySlideId ? ' · overlay' : ''}
          {scene.redactions.some((r) => r.status !== 'rejected') ? ' · ■' : ''}
        </span>
      </span>
      {scene.kind === 'clip' && <span className="reel-edge in" title="Drag to trim the start" onPointerDown={(e) => onEdgeDown(e, 'in')} data-testid="edge-in" />}
      <span className="reel-edge out" title={scene.kind === 'clip' ? 'Drag to trim the end' : 'Drag to change how long it plays'} onPointerDown={(e) => onEdgeDown(e, 'out')} data-testid="edge-out" />
    </div>
  );
}
