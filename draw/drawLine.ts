import type { FabricObject } from 'fabric';
import type { LineObject } from '../shared/model/slideObjects';
import type { DrawContext, Fabric } from './drawContext';
import { baseOptions, placeInBox } from './placeInBox';

type End = LineObject['startEnd'];
type Pt = { x: number; y: number };

/** Head length of an arrow for a stroke width; shorter lines get proportionally smaller heads. */
export function arrowHeadLength(strokeWidth: number, lineLength: number): number {
  return Math.min(Math.max(12, strokeWidth * 3.5), lineLength * 0.45);
}

/**
 * A teaching arrow: the shaft plus a head (triangle) or dot at each end, grouped. Children are laid
 * out about the line's midpoint, which is what the model's rotation turns about.
 */
export function drawLine(fab: Fabric, l: LineObject, ctx: DrawContext): FabricObject {
  const mid = { x: (l.x1 + l.x2) / 2, y: (l.y1 + l.y2) / 2 };
  const a = { x: l.x1 - mid.x, y: l.y1 - mid.y };
  const b = { x: l.x2 - mid.x, y: l.y2 - mid.y };
  const length = Math.hypot(b.x - a.x, b.y - a.y);
  const ux = length > 0 ? (b.x - a.x) / length : 1;
  const uy = length > 0 ? (b.y - a.y) / length : 0;
  const sw = l.strokeWidth;
  const head = arrowHeadLength(sw, length);
  // The shaft stops inside the head so its cap never pokes past the tip.
  const trim = (end: End) => (end === 'arrow' ? head * 0.7 : 0);
  const shaftStart = { x: a.x + ux * trim(l.startEnd), y: a.y + uy * trim(l.startEnd) };
  const shaftEnd = { x: b.x - ux * trim(l.endEnd), y: b.y - uy * trim(l.endEnd) };
  const children: FabricObject[] = [
    new fab.Line([shaftStart.x, shaftStart.y, shaftEnd.x, shaftEnd.y], {
      ...baseOptions(ctx),
      stroke: l.stroke,
      strokeWidth: sw,
      strokeLineCap: l.dashed ? 'butt' : 'round',
      strokeDashArray: l.dashed ? [sw * 2.5, sw * 1.8] : null,
    }),
  ];
  const endShape = (end: End, tip: Pt, dx: number, dy: number) => {
    if (end === 'arrow') children.push(arrowHead(fab, ctx, tip, dx, dy, head, l.stroke));
    if (end === 'dot') children.push(dot(fab, ctx, tip, Math.max(5, sw * 1.3), l.stroke));
  };
  endShape(l.startEnd, a, -ux, -uy);
  endShape(l.endEnd, b, ux, uy);
  const group = new fab.Group(children, { ...baseOptions(ctx), opacity: l.opacity });
  const offset = { x: group.left, y: group.top };
  return placeInBox(group, { x: mid.x, y: mid.y, width: 0, height: 0, rotation: l.rotation }, offset);
}

/** A filled triangle whose tip is at `tip`, pointing along (dx, dy). */
function arrowHead(fab: Fabric, ctx: DrawContext, tip: Pt, dx: number, dy: number, len: number, fill: string) {
  const half = len * 0.5;
  const base = { x: tip.x - dx * len, y: tip.y - dy * len };
  return new fab.Polygon(
    [
      { x: tip.x, y: tip.y },
      { x: base.x - dy * half, y: base.y + dx * half },
      { x: base.x + dy * half, y: base.y - dx * half },
    ],
    { ...baseOptions(ctx), fill },
  );
}

function dot(fab: Fabric, ctx: DrawContext, centre: Pt, r: number, fill: string) {
  return new fab.Circle({ ...baseOptions(ctx), radius: r, left: centre.x - r, top: centre.y - r, fill });
}
