import type { ObjectPatch } from '../commands/command';
import type { SlideObject, TextObject } from '../model/slideObjects';

// Pure geometry over slide objects, in slide pixels (origin top-left). The editor, snapping,
// alignment, retargeting and redaction checks all measure objects through these functions, so
// "where an object is" has one answer.

export type Rect = { x: number; y: number; width: number; height: number };
export type Point = { x: number; y: number };

// cos(90°) in floating point is 6e-17, not 0: without this a rotated square grows by a hair
// and snapping, equality tests and "inside the canvas" checks flicker.
function clean(v: number): number {
  return Math.abs(v) < 1e-12 ? 0 : v;
}

/** Unit direction of a rotation in degrees, with the float noise of right angles removed. */
export function rotationVector(deg: number): { cos: number; sin: number } {
  const rad = (deg * Math.PI) / 180;
  return { cos: clean(Math.cos(rad)), sin: clean(Math.sin(rad)) };
}

/** Rotates p about c by deg (clockwise on screen, as y points down). */
export function rotatePoint(p: Point, c: Point, deg: number): Point {
  const { cos, sin } = rotationVector(deg);
  const dx = p.x - c.x;
  const dy = p.y - c.y;
  return { x: c.x + dx * cos - dy * sin, y: c.y + dx * sin + dy * cos };
}

export function centreOf(r: Rect): Point {
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
}

/**
 * Axis-aligned bounds of what the object covers: a rotated box's bounds include its rotated
 * corners; a line's bounds are its endpoints widened by half the stroke on every side.
 */
export function boundsOf(obj: SlideObject): Rect {
  if (obj.type === 'line') {
    const pad = obj.strokeWidth / 2;
    const x = Math.min(obj.x1, obj.x2) - pad;
    const y = Math.min(obj.y1, obj.y2) - pad;
    return { x, y, width: Math.abs(obj.x2 - obj.x1) + 2 * pad, height: Math.abs(obj.y2 - obj.y1) + 2 * pad };
  }
  return rotatedBounds(obj, obj.rotation);
}

/** Bounds of a box rotated by deg about its centre. */
export function rotatedBounds(box: Rect, deg: number): Rect {
  const { cos, sin } = rotationVector(deg);
  if (sin === 0) return { x: box.x, y: box.y, width: box.width, height: box.height };
  const width = Math.abs(box.width * cos) + Math.abs(box.height * sin);
  const height = Math.abs(box.width * sin) + Math.abs(box.height * cos);
  const c = centreOf(box);
  return { x: c.x - width / 2, y: c.y - height / 2, width, height };
}

/** The smallest rect holding every given rect, or null for none. */
export function unionBounds(rects: readonly Rect[]): Rect | null {
  if (rects.length === 0) return null;
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const r of rects) {
    left = Math.min(left, r.x);
    top = Math.min(top, r.y);
    right = Math.max(right, r.x + r.width);
    bottom = Math.max(bottom, r.y + r.height);
  }
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** The patch moving an object by (dx, dy): lines move both endpoints, boxes their corner. */
export function translatePatch(obj: SlideObject, dx: number, dy: number): ObjectPatch {
  if (obj.type === 'line') return { x1: obj.x1 + dx, y1: obj.y1 + dy, x2: obj.x2 + dx, y2: obj.y2 + dy };
  return { x: obj.x + dx, y: obj.y + dy };
}

export type ResizeOptions = {
  /** Also scale font sizes, stroke widths and corner radii (by the smaller factor). */
  scaleContent?: boolean;
};

const MIN_SIZE = 1;

/**
 * The patch that carries an object from one frame into another (a group's bounds before and
 * after a resize): every point of `from` maps linearly onto `to`. A rotated box keeps its
 * rotation; its centre maps exactly and its sides scale by how much the mapping stretches
 * them (exact at right angles, the closest box otherwise, since a box cannot shear).
 */
export function resizePatch(obj: SlideObject, from: Rect, to: Rect, options: ResizeOptions = {}): ObjectPatch {
  const sx = from.width > 0 ? to.width / from.width : 1;
  const sy = from.height > 0 ? to.height / from.height : 1;
  const mapX = (x: number) => to.x + (x - from.x) * sx;
  const mapY = (y: number) => to.y + (y - from.y) * sy;
  const content = Math.min(sx, sy);
  if (obj.type === 'line') {
    const patch: ObjectPatch = { x1: mapX(obj.x1), y1: mapY(obj.y1), x2: mapX(obj.x2), y2: mapY(obj.y2) };
    if (options.scaleContent) patch.strokeWidth = clamp(obj.strokeWidth * content, 1, 200);
    return patch;
  }
  const { cos, sin } = rotationVector(obj.rotation);
  const width = Math.max(MIN_SIZE, obj.width * Math.hypot(sx * cos, sy * sin));
  const height = Math.max(MIN_SIZE, obj.height * Math.hypot(sx * sin, sy * cos));
  const c = centreOf(obj);
  const cx = mapX(c.x);
  const cy = mapY(c.y);
  const patch: ObjectPatch = { x: cx - width / 2, y: cy - height / 2, width, height };
  if (options.scaleContent) Object.assign(patch, contentPatch(obj, content));
  return patch;
}

/** Font sizes, strokes and radii scaled by k, kept inside the schema's limits. */
export function contentPatch(obj: SlideObject, k: number): ObjectPatch {
  if (k === 1) return {};
  switch (obj.type) {
    case 'text':
      return scaledText(obj, k);
    case 'shape':
      return { strokeWidth: clamp(obj.strokeWidth * k, 0, 200), radius: clamp(obj.radius * k, 0, 2000) };
    case 'line':
      return { strokeWidth: clamp(obj.strokeWidth * k, 1, 200) };
    default:
      return {};
  }
}

function scaledText(obj: TextObject, k: number): ObjectPatch {
  const size = (s: number) => clamp(Math.round(s * k * 10) / 10, 4, 800);
  return {
    style: { ...obj.style, fontSize: size(obj.style.fontSize) },
    ranges: obj.ranges.map((r) =>
      r.style.fontSize === undefined ? r : { ...r, style: { ...r.style, fontSize: size(r.style.fontSize) } },
    ),
  };
}

export function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

/** True when inner lies wholly inside outer (edges may touch; tolerance absorbs float noise). */
export function insideRect(inner: Rect, outer: Rect, tolerance = 1e-6): boolean {
  return (
    inner.x >= outer.x - tolerance &&
    inner.y >= outer.y - tolerance &&
    inner.x + inner.width <= outer.x + outer.width + tolerance &&
    inner.y + inner.height <= outer.y + outer.height + tolerance
  );
}

/** True when the rects share some area; rects that only touch along an edge do not. */
export function rectsIntersect(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The area both rects share, or null when they share none. */
export function intersection(a: Rect, b: Rect): Rect | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  if (right <= x || bottom <= y) return null;
  return { x, y, width: right - x, height: bottom - y };
}

/**
 * The fraction (0–1) of target covered by the union of covers, exact: the covers are clipped
 * to the target, the target is cut into vertical strips at every cover's x edges, and in each
 * strip the covers' y spans are merged. Overlapping covers count once. O(n² log n), fine for
 * the few dozen boxes on one image. A target without area counts as covered when it lies
 * inside one cover, since a zero-width finding under a box is hidden.
 */
export function coveredFraction(target: Rect, covers: readonly Rect[]): number {
  if (target.width <= 0 || target.height <= 0) {
    return covers.some((c) => insideRect(target, c, 0)) ? 1 : 0;
  }
  const clipped = covers.map((c) => intersection(c, target)).filter((c): c is Rect => c !== null);
  if (clipped.length === 0) return 0;
  const xs = [...new Set(clipped.flatMap((c) => [c.x, c.x + c.width]))].sort((a, b) => a - b);
  let area = 0;
  for (let i = 0; i + 1 < xs.length; i++) {
    const left = xs[i];
    const right = xs[i + 1];
    const spans = clipped
      .filter((c) => c.x <= left && c.x + c.width >= right)
      .map((c) => [c.y, c.y + c.height] as const)
      .sort((a, b) => a[0] - b[0]);
    let covered = 0;
    let start = -Infinity;
    let end = -Infinity;
    for (const [s, e] of spans) {
      if (s > end) {
        covered += end - start > 0 ? end - start : 0;
        start = s;
        end = e;
      } else if (e > end) {
        end = e;
      }
    }
    covered += end - start > 0 ? end - start : 0;
    area += covered * (right - left);
  }
  return clamp(area / (target.width * target.height), 0, 1);
}
