import { useState, type PointerEvent } from 'react';
import type { Caption } from '../../shared/model/reel';

type Drag = { edge: 'move' | 'start' | 'end'; x0: number; caption: Caption; moved: boolean };

type Props = {
  caption: Caption;
  /** Timeline pixels a millisecond. */
  k: number;
  onSelect(id: string): void;
  /** A retiming in progress (shown at once); `onDone(true)` makes it one undo step. */
  onPreview(caption: Caption, label: string): void;
  onDone(commit: boolean): void;
};

/** Shortest caption the timeline lets a drag make: a flash shorter than this cannot be read. */
const MIN_MS = 300;

/** One caption on the captions track: click to edit it, drag to move it, drag an edge to retime it. */
export function CaptionBlock({ caption: c, k, onSelect, onPreview, onDone }: Props) {
  const [drag, setDrag] = useState<Drag | null>(null);
  const down = (e: PointerEvent<HTMLElement>, edge: Drag['edge']) => {
    if (e.button !== 0) return;
    e.stopPropagation();
    e.currentTarget.setPointerCapture(e.pointerId);
    setDrag({ edge, x0: e.clientX, caption: c, moved: false });
  };
  const move = (e: PointerEvent) => {
    if (!drag) return;
    const d = Math.round((e.clientX - drag.x0) / k);
    if (!drag.moved && Math.abs(e.clientX - drag.x0) < 4) return;
    const o = drag.caption;
    const next =
      drag.edge === 'move'
        ? { ...o, startMs: Math.max(0, o.startMs + d), endMs: Math.max(0, o.startMs + d) + (o.endMs - o.startMs) }
        : drag.edge === 'start'
          ? { ...o, startMs: Math.max(0, Math.min(o.endMs - MIN_MS, o.startMs + d)) }
          : { ...o, endMs: Math.max(o.startMs + MIN_MS, o.endMs + d) };
    setDrag({ ...drag, moved: true });
    onPreview(next, drag.edge === 'move' ? 'Move caption' : 'Retime caption');
  };
  const up = () => {
    if (drag?.moved) onDone(true);
    else if (drag) onSelect(c.id);
    setDrag(null);
  };
  return (
    <div
      className={`reel-caption-block${drag?.moved ? ' dragging' : ''}`}
      style={{ left: c.startMs * k, width: Math.max(6, (c.endMs - c.startMs) * k) }}
      title={`${c.text} (drag to move, drag an edge to retime)`}
      role="button"
      tabIndex={0}
      onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), onSelect(c.id))}
      onPointerDown={(e) => down(e, 'move')}
      onPointerMove={move}
      onPointerUp={up}
      onPointerCancel={() => (drag?.moved && onDone(false), setDrag(null))}
      data-testid="caption-block"
      data-caption-id={c.id}
    >
      <span className="reel-caption-edge start" onPointerDown={(e) => down(e, 'start')} />
      <span className="reel-caption-text">{c.text}</span>
      <span className="reel-caption-edge end" onPointerDown={(e) => down(e, 'end')} />
    </div>
  );
}
