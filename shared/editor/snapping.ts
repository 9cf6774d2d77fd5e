import type { Insets } from '../model/slideFormat';
import type { Rect } from './geometry';

// Snapping while dragging or resizing: the moving box's edges and centre pull onto other
// objects' edges and centres, the canvas edges and centre and the platform's safe-zone lines.
// Runs on every pointer move, so it stays O(n) and allocates little: one pass to find the
// nearest line per axis, one pass to collect the guides that line-up draws.

export type Size = { width: number; height: number };
export type GuideKind = 'edge' | 'centre' | 'safe';
/** A guide line at x = at (axis 'x', drawn from y = from to y = to) or y = at (axis 'y'). */
export type Guide = { axis: 'x' | 'y'; at: number; from: number; to: number; kind: GuideKind };
export type SnapResult = { dx: number; dy: number; guides: Guide[] };

type Line = { at: number; kind: GuideKind; from: number; to: number };

const EPS = 1e-6;

/** Lines a box offers along one axis: its two edges and its centre, spanning its other axis. */
function boxLines(lo: number, size: number, crossLo: number, crossSize: number): Line[] {
  const from = crossLo;
  const to = crossLo + crossSize;
  return [
    { at: lo, kind: 'edge', from, to },
    { at: lo + size / 2, kind: 'centre', from, to },
    { at: lo + size, kind: 'edge', from, to },
  ];
}

/** The fixed lines along one axis: canvas edges and centre, then safe-zone lines inside them. */
function frameLines(axis: 'x' | 'y', canvas: Size, safe: Insets | null): Line[] {
  const length = axis === 'x' ? canvas.width : canvas.height;
  const cross = axis === 'x' ? canvas.height : canvas.width;
  const lines = boxLines(0, length, 0, cross);
  if (safe) {
    const lo = axis === 'x' ? safe.left : safe.top;
    const hi = axis === 'x' ? safe.right : safe.bottom;
    // An inset of 0 is the canvas edge itself, which already snaps.
    if (lo > 0) lines.push({ at: lo, kind: 'safe', from: 0, to: cross });
    if (hi > 0) lines.push({ at: length - hi, kind: 'safe', from: 0, to: cross });
  }
  return lines;
}

type AxisInput = {
  sources: number[]; // the moving box's lines along this axis
  frame: Line[];
  others: readonly Rect[];
  axis: 'x' | 'y';
  threshold: number;
};

/** The smallest correction (target − source) within threshold, or null. */
function bestOffset({ sources, frame, others, axis, threshold }: AxisInput): number | null {
  let best: number | null = null;
  let bestDist = threshold + EPS;
  const consider = (target: number) => {
    for (const s of sources) {
      const d = Math.abs(target - s);
      if (d < bestDist) {
        bestDist = d;
        best = target - s;
      }
    }
  };
  for (const l of frame) consider(l.at);
  for (const r of others) {
    const lo = axis === 'x' ? r.x : r.y;
    const size = axis === 'x' ? r.width : r.height;
    consider(lo);
    consider(lo + size / 2);
    consider(lo + size);
  }
  return best;
}

/** Guides for every line that the snapped box now shares, merged per position and kind. */
function collectGuides(axis: 'x' | 'y', sources: number[], frame: Line[], others: readonly Rect[], moved: Rect): Guide[] {
  const merged = new Map<string, Guide>();
  const movedFrom = axis === 'x' ? moved.y : moved.x;
  const movedTo = movedFrom + (axis === 'x' ? moved.height : moved.width);
  const add = (l: Line) => {
    if (!sources.some((s) => Math.abs(s - l.at) < EPS)) return;
    const from = Math.min(l.from, movedFrom);
    const to = Math.max(l.to, movedTo);
    const key = `${l.kind}:${l.at}`;
    const seen = merged.get(key);
    if (seen) {
      seen.from = Math.min(seen.from, from);
      seen.to = Math.max(seen.to, to);
    } else {
      merged.set(key, { axis, at: l.at, from, to, kind: l.kind });
    }
  };
  for (const l of frame) add(l);
  for (const r of others) {
    const lines = axis === 'x' ? boxLines(r.x, r.width, r.y, r.height) : boxLines(r.y, r.height, r.x, r.width);
    for (const l of lines) add(l);
  }
  return [...merged.values()];
}

/**
 * Snaps a box being moved: returns the correction to add to the drag and the guides to draw.
 * Each axis snaps independently; with nothing within `threshold` (slide px) the correction is 0.
 */
export function snapMove(moving: Rect, others: readonly Rect[], canvas: Size, safeZone: Insets | null, threshold: number): SnapResult {
  const xs = [moving.x, moving.x + moving.width / 2, moving.x + moving.width];
  const ys = [moving.y, moving.y + moving.height / 2, moving.y + moving.height];
  const frameX = frameLines('x', canvas, safeZone);
  const frameY = frameLines('y', canvas, safeZone);
  const dx = bestOffset({ sources: xs, frame: frameX, others, axis: 'x', threshold });
  const dy = bestOffset({ sources: ys, frame: frameY, others, axis: 'y', threshold });
  const moved = { ...moving, x: moving.x + (dx ?? 0), y: moving.y + (dy ?? 0) };
  const guides: Guide[] = [];
  if (dx !== null) guides.push(...collectGuides('x', xs.map((v) => v + dx), frameX, others, moved));
  if (dy !== null) guides.push(...collectGuides('y', ys.map((v) => v + dy), frameY, others, moved));
  return { dx: dx ?? 0, dy: dy ?? 0, guides };
}

/** Which edges a resize handle drags: e.g. the bottom-right corner is {x:'right', y:'bottom'}. */
export type ResizeHandle = { x: 'left' | 'right' | null; y: 'top' | 'bottom' | null };
export type SnapResizeResult = { rect: Rect; guides: Guide[] };

/**
 * Snaps the dragged edges of a box being resized onto the same lines as snapMove. The edge
 * opposite the handle stays put; a box never snaps to less than 1 px.
 */
export function snapResize(
  rect: Rect,
  handle: ResizeHandle,
  others: readonly Rect[],
  canvas: Size,
  safeZone: Insets | null,
  threshold: number,
): SnapResizeResult {
  let { x, y, width, height } = rect;
  const frameX = frameLines('x', canvas, safeZone);
  const frameY = frameLines('y', canvas, safeZone);
  let sx: number | null = null;
  let sy: number | null = null;
  if (handle.x) {
    const edge = handle.x === 'left' ? x : x + width;
    const d = bestOffset({ sources: [edge], frame: frameX, others, axis: 'x', threshold });
    if (d !== null && (handle.x === 'left' ? width - d : width + d) >= 1) {
      if (handle.x === 'left') {
        x += d;
        width -= d;
      } else width += d;
      sx = edge + d;
    }
  }
  if (handle.y) {
    const edge = handle.y === 'top' ? y : y + height;
    const d = bestOffset({ sources: [edge], frame: frameY, others, axis: 'y', threshold });
    if (d !== null && (handle.y === 'top' ? height - d : height + d) >= 1) {
      if (handle.y === 'top') {
        y += d;
        height -= d;
      } else height += d;
      sy = edge + d;
    }
  }
  const out = { x, y, width, height };
  const guides: Guide[] = [];
  if (sx !== null) guides.push(...collectGuides('x', [sx], frameX, others, out));
  if (sy !== null) guides.push(...collectGuides('y', [sy], frameY, others, out));
  return { rect: out, guides };
}
