/** One sample of a stroke, in CSS pixels of the pad; `p` is the pen pressure (0–1). */
export type InkPoint = { x: number; y: number; p: number };
export type Stroke = { points: InkPoint[]; pointerType: string };
export type InkBounds = { x: number; y: number; width: number; height: number };

/** The pen's base width in CSS pixels: a signature should read clearly once scaled onto the form. */
export const BASE_WIDTH = 2.6;

/**
 * Pressure only shapes a pen's line. A mouse reports 0.5 while pressed and many touch screens
 * report 0 or 1, so for them a steady middle width reads better than a fake pressure.
 */
export function pressureOf(pointerType: string, pressure: number): number {
  if (pointerType !== 'pen' || !(pressure > 0)) return 0.5;
  return Math.min(1, pressure);
}

export function widthAt(point: InkPoint): number {
  return BASE_WIDTH * (0.55 + 0.9 * point.p);
}

/** The box holding all ink (widths included), or null when the pad is empty. */
export function inkBounds(strokes: readonly Stroke[]): InkBounds | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const s of strokes) {
    for (const pt of s.points) {
      const r = widthAt(pt) / 2;
      minX = Math.min(minX, pt.x - r);
      minY = Math.min(minY, pt.y - r);
      maxX = Math.max(maxX, pt.x + r);
      maxY = Math.max(maxY, pt.y + r);
    }
  }
  if (minX === Infinity) return null;
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/** Whether there is enough ink to count as a signature (a stray tap is not one). */
export function hasSignature(strokes: readonly Stroke[]): boolean {
  const b = inkBounds(strokes);
  return b !== null && Math.max(b.width, b.height) >= 12;
}

/** Adds a sample unless it repeats the last one (pointer events can report the same spot twice). */
export function appendPoint(stroke: Stroke, point: InkPoint): boolean {
  const last = stroke.points[stroke.points.length - 1];
  if (last && Math.abs(last.x - point.x) < 0.3 && Math.abs(last.y - point.y) < 0.3) return false;
  stroke.points.push(point);
  return true;
}

/**
 * Draws strokes as smooth curves through the midpoints of their samples, each piece as wide as
 * its pressure. `offset` shifts the ink (to crop the exported PNG to the signature).
 */
export function drawStrokes(ctx: CanvasRenderingContext2D, strokes: readonly Stroke[], colour: string, offset = { x: 0, y: 0 }): void {
  ctx.strokeStyle = colour;
  ctx.fillStyle = colour;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  for (const s of strokes) drawStroke(ctx, s, offset);
}

export function drawStroke(ctx: CanvasRenderingContext2D, stroke: Stroke, offset = { x: 0, y: 0 }): void {
  const pts = stroke.points.map((p) => ({ ...p, x: p.x - offset.x, y: p.y - offset.y }));
  if (pts.length === 0) return;
  if (pts.length === 1) {
    // A dot: a tap still leaves a mark, as a pen would.
    ctx.beginPath();
    ctx.arc(pts[0].x, pts[0].y, widthAt(pts[0]) / 2, 0, Math.PI * 2);
    ctx.fill();
    return;
  }
  let from = pts[0];
  for (let i = 1; i < pts.length; i++) {
    const control = pts[i];
    const to = i === pts.length - 1 ? pts[i] : { ...pts[i], x: (pts[i].x + pts[i + 1].x) / 2, y: (pts[i].y + pts[i + 1].y) / 2 };
    ctx.beginPath();
    ctx.lineWidth = widthAt(control);
    ctx.moveTo(from.x, from.y);
    ctx.quadraticCurveTo(control.x, control.y, to.x, to.y);
    ctx.stroke();
    from = to;
  }
}
