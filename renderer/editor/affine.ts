// 2D affine matrices in fabric's order [a, b, c, d, e, f]: x' = a·x + c·y + e, y' = b·x + d·y + f.
// Kept here (not fabric's util) so the gesture → command mapping stays pure and testable in Node.

export type Matrix = readonly [number, number, number, number, number, number];
export type Pt = { x: number; y: number };

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

export function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

export function invert(m: Matrix): Matrix {
  const det = m[0] * m[3] - m[1] * m[2];
  if (Math.abs(det) < 1e-12) throw new Error('A collapsed transform cannot be inverted.');
  const a = m[3] / det;
  const b = -m[1] / det;
  const c = -m[2] / det;
  const d = m[0] / det;
  return [a, b, c, d, -(a * m[4] + c * m[5]), -(b * m[4] + d * m[5])];
}

export function apply(m: Matrix, p: Pt): Pt {
  return { x: m[0] * p.x + m[2] * p.y + m[4], y: m[1] * p.x + m[3] * p.y + m[5] };
}

/** Rotation (degrees), scale along the object's own axes and translation, as fabric's qrDecompose. */
export function decompose(m: Matrix): { angle: number; scaleX: number; scaleY: number; x: number; y: number } {
  const denom = m[0] * m[0] + m[1] * m[1];
  const scaleX = Math.sqrt(denom);
  const scaleY = scaleX === 0 ? 0 : (m[0] * m[3] - m[2] * m[1]) / scaleX;
  return { angle: (Math.atan2(m[1], m[0]) * 180) / Math.PI, scaleX, scaleY, x: m[4], y: m[5] };
}

export function rotate(p: Pt, degrees: number): Pt {
  const t = (degrees * Math.PI) / 180;
  const cos = Math.cos(t);
  const sin = Math.sin(t);
  return { x: p.x * cos - p.y * sin, y: p.x * sin + p.y * cos };
}

/** Degrees in [0, 360), with float dust rounded away. */
export function normaliseDegrees(deg: number): number {
  const r = Math.round((((deg % 360) + 360) % 360) * 1000) / 1000;
  return r === 360 ? 0 : r;
}

/** Slide pixels are kept to 1/100 px: enough for any export scale, and documents stay readable. */
export function px(v: number): number {
  return Math.round(v * 100) / 100 || 0; // never -0 in a document
}
