// The built-in icon set: simple medical and teaching symbols, drawn for MedPost Studio from
// circles, bars and polygons on a 24×24 grid (no third-party artwork, so no licence to carry
// beyond the project's own). Each icon is one SVG path filled with the non-zero rule: shapes are
// wound clockwise, holes counter-clockwise, which is how the canvas and the export both fill it.

export const ICON_VIEWBOX = 24;

export type BuiltInIcon = { id: string; label: string; path: string };

type Pt = readonly [number, number];
const n = (v: number) => String(Math.round(v * 100) / 100);

/** A circle; `hole` winds it the other way so it cuts out of a filled shape under it. */
function circle(cx: number, cy: number, r: number, hole = false): string {
  const sweep = hole ? 0 : 1;
  return `M${n(cx - r)} ${n(cy)}A${n(r)} ${n(r)} 0 1 ${sweep} ${n(cx + r)} ${n(cy)}A${n(r)} ${n(r)} 0 1 ${sweep} ${n(cx - r)} ${n(cy)}Z`;
}

/** A polygon wound clockwise on screen (counter-clockwise for a hole), whatever order it is given in. */
function poly(points: readonly Pt[], hole = false): string {
  let area = 0;
  for (let i = 0; i < points.length; i++) {
    const [x1, y1] = points[i];
    const [x2, y2] = points[(i + 1) % points.length];
    area += x1 * y2 - x2 * y1;
  }
  const ordered = area > 0 !== hole ? points : [...points].reverse();
  return `M${ordered.map(([x, y]) => `${n(x)} ${n(y)}`).join('L')}Z`;
}

const rect = (x: number, y: number, w: number, h: number, hole = false) =>
  poly([[x, y], [x + w, y], [x + w, y + h], [x, y + h]], hole);

/** A bar of width `w` from one point to another, with round ends. */
function bar(x1: number, y1: number, x2: number, y2: number, w: number): string {
  const len = Math.hypot(x2 - x1, y2 - y1) || 1;
  const ox = (-(y2 - y1) / len) * (w / 2);
  const oy = ((x2 - x1) / len) * (w / 2);
  return poly([[x1 + ox, y1 + oy], [x2 + ox, y2 + oy], [x2 - ox, y2 - oy], [x1 - ox, y1 - oy]]) + circle(x1, y1, w / 2) + circle(x2, y2, w / 2);
}

/** Bars through a list of points, joined with round joints. */
const polyline = (points: readonly Pt[], w: number) =>
  points.slice(1).map((p, i) => bar(points[i][0], points[i][1], p[0], p[1], w)).join('');

/** A thick arc from `from` to `to` degrees (0 = right, clockwise on screen), as one polygon. */
function arcBand(cx: number, cy: number, r: number, w: number, from: number, to: number, hole = false): string {
  const steps = 16;
  const at = (radius: number, i: number): Pt => {
    const a = ((from + ((to - from) * i) / steps) * Math.PI) / 180;
    return [cx + radius * Math.cos(a), cy + radius * Math.sin(a)];
  };
  const outer = Array.from({ length: steps + 1 }, (_, i) => at(r + w / 2, i));
  const inner = Array.from({ length: steps + 1 }, (_, i) => at(r - w / 2, steps - i));
  return poly([...outer, ...inner], hole);
}

function star(cx: number, cy: number, outer: number, inner: number): string {
  const pts: Pt[] = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? outer : inner;
    const a = (-90 + i * 36) * (Math.PI / 180);
    pts.push([cx + r * Math.cos(a), cy + r * Math.sin(a)]);
  }
  return poly(pts);
}

const plusShape = (cx: number, cy: number, size: number, arm: number, hole = false): string => {
  const s = size / 2;
  const a = arm / 2;
  return poly(
    [
      [cx - a, cy - s], [cx + a, cy - s], [cx + a, cy - a], [cx + s, cy - a], [cx + s, cy + a], [cx + a, cy + a],
      [cx + a, cy + s], [cx - a, cy + s], [cx - a, cy + a], [cx - s, cy + a], [cx - s, cy - a], [cx - a, cy - a],
    ],
    hole,
  );
};

const lobe = (side: 1 | -1) =>
  poly(
    [
      [12 - side * 1.8, 8], [12 - side * 4.5, 6.5], [12 - side * 7.5, 8.5], [12 - side * 9, 13], [12 - side * 9.2, 18],
      [12 - side * 8, 20.8], [12 - side * 5, 21], [12 - side * 2.3, 18.5], [12 - side * 1.8, 14],
    ],
  );

/** One cerebral hemisphere seen from above: a lumpy half-oval. */
function hemisphere(cx: number): string {
  const pts: Pt[] = [];
  for (let deg = 0; deg < 360; deg += 6) {
    const a = (deg * Math.PI) / 180;
    const bump = 1 + 0.05 * Math.sin(9 * a);
    pts.push([cx + 4.8 * Math.cos(a) * bump, 12 + 9.6 * Math.sin(a) * bump]);
  }
  return poly(pts);
}

export const builtInIcons: readonly BuiltInIcon[] = [
  { id: 'heart', label: 'Heart', path: 'M12 21C5 15.5 2 12.5 2 8.5C2 5.4 4.4 3 7.3 3C9.2 3 10.9 4 12 5.6C13.1 4 14.8 3 16.7 3C19.6 3 22 5.4 22 8.5C22 12.5 19 15.5 12 21Z' },
  { id: 'lungs', label: 'Lungs', path: rect(11, 1.5, 2, 8) + polyline([[9, 11.5], [12, 8.5], [15, 11.5]], 1.8) + lobe(1) + lobe(-1) },
  {
    id: 'brain',
    label: 'Brain',
    path:
      hemisphere(6.9) +
      hemisphere(17.1) +
      arcBand(0.5, 6.5, 6.5, 1.1, -20, 40, true) +
      arcBand(1, 15, 6, 1.1, -35, 25, true) +
      arcBand(23.5, 6.5, 6.5, 1.1, 140, 200, true) +
      arcBand(23, 15, 6, 1.1, 155, 215, true),
  },
  { id: 'bone', label: 'Bone', path: bar(7, 17, 17, 7, 3.4) + circle(4.9, 16.3, 2.4) + circle(7.7, 19.1, 2.4) + circle(16.3, 4.9, 2.4) + circle(19.1, 7.7, 2.4) },
  { id: 'pill', label: 'Pill', path: bar(7.5, 16.5, 16.5, 7.5, 7) + poly([[9.3, 9.9], [9.9, 9.3], [14.7, 14.1], [14.1, 14.7]], true) },
  {
    id: 'syringe',
    label: 'Syringe',
    path: bar(7, 17, 15, 9, 5) + bar(15, 9, 19, 5, 1.8) + bar(17, 3, 21, 7, 2) + bar(7, 17, 2.5, 21.5, 1.1) + bar(10.5, 7.5, 16.5, 13.5, 1.6),
  },
  {
    id: 'stethoscope',
    label: 'Stethoscope',
    path:
      polyline([[5, 2.5], [5, 8], [6.5, 12], [9.5, 13.5], [12.5, 12], [14, 8], [14, 2.5]], 1.8) +
      polyline([[9.5, 13.5], [9.5, 17], [11.5, 20.5], [15.5, 20.5], [18, 18], [18, 15]], 1.8) +
      circle(18, 12.5, 2.8) +
      circle(18, 12.5, 1.1, true),
  },
  {
    id: 'microscope',
    label: 'Microscope',
    path: rect(4, 20, 16, 2) + bar(17, 19.5, 17, 12.5, 2.2) + bar(17, 12.5, 13.5, 10, 2.2) + bar(8.5, 3.5, 13, 12, 3.6) + bar(7, 2.2, 10, 1, 2) + rect(7, 14.5, 8, 1.8),
  },
  { id: 'check', label: 'Check', path: polyline([[4, 12.5], [9.5, 18], [20, 6.5]], 3) },
  { id: 'x', label: 'Cross (wrong)', path: bar(5, 5, 19, 19, 3) + bar(19, 5, 5, 19, 3) },
  { id: 'plus', label: 'Medical cross', path: plusShape(12, 12, 18, 6) },
  { id: 'warning', label: 'Warning', path: poly([[12, 2], [23, 21.5], [1, 21.5]]) + rect(10.9, 8.5, 2.2, 7, true) + circle(12, 18.2, 1.3, true) },
  { id: 'info', label: 'Information', path: circle(12, 12, 10.5) + rect(10.8, 10.2, 2.4, 7.8, true) + circle(12, 6.9, 1.6, true) },
  {
    id: 'question',
    label: 'Question',
    path: circle(12, 12, 10.5) + arcBand(12, 9, 3.2, 2.3, 180, 400, true) + rect(10.85, 11.6, 2.3, 3.2, true) + circle(12, 17.4, 1.4, true),
  },
  { id: 'lightbulb', label: 'Idea', path: circle(12, 9, 7) + poly([[8, 13.5], [16, 13.5], [14.8, 17.2], [9.2, 17.2]]) + rect(9, 18.2, 6, 1.6) + rect(9.8, 20.4, 4.4, 1.6) },
  { id: 'arrow-right', label: 'Arrow', path: poly([[2.5, 10.5], [13.5, 10.5], [13.5, 4.5], [21.5, 12], [13.5, 19.5], [13.5, 13.5], [2.5, 13.5]]) },
  { id: 'star', label: 'Star', path: star(12, 12.8, 10.5, 4.4) },
  { id: 'book', label: 'Book', path: poly([[1.5, 4.5], [11, 6.2], [11, 21], [1.5, 19.3]]) + poly([[13, 6.2], [22.5, 4.5], [22.5, 19.3], [13, 21]]) },
  { id: 'clock', label: 'Clock', path: circle(12, 12, 10.5) + circle(12, 12, 8.3, true) + rect(11, 5.5, 2, 7.5) + rect(11, 11, 5.5, 2) },
  {
    id: 'user-md',
    label: 'Clinician',
    path: circle(12, 6.5, 4.5) + 'M2.5 22.5C2.5 16.5 6.5 13.5 12 13.5C17.5 13.5 21.5 16.5 21.5 22.5Z' + plusShape(16.5, 18.3, 4.6, 1.6, true),
  },
  { id: 'bookmark', label: 'Save', path: poly([[5.5, 1.5], [18.5, 1.5], [18.5, 22.5], [12, 17], [5.5, 22.5]]) },
  { id: 'share', label: 'Share', path: bar(6, 12, 18, 5, 2) + bar(6, 12, 18, 19, 2) + circle(18, 5, 3.2) + circle(6, 12, 3.2) + circle(18, 19, 3.2) },
  { id: 'eye', label: 'Look here', path: 'M1 12C4 6.5 8 4 12 4C16 4 20 6.5 23 12C20 17.5 16 20 12 20C8 20 4 17.5 1 12Z' + circle(12, 12, 4.6, true) + circle(12, 12, 2.4) },
  { id: 'thermometer', label: 'Temperature', path: bar(12, 3.5, 12, 14, 4.4) + circle(12, 18, 4.2) + rect(10.9, 4, 2.2, 9, true) },
];

const byId = new Map(builtInIcons.map((icon) => [icon.id, icon]));

/** The icon with this id, or undefined for an id the set does not have (e.g. from a newer build). */
export function iconById(id: string): BuiltInIcon | undefined {
  return byId.get(id);
}
