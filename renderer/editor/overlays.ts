import type { FabricObject } from 'fabric';
import type { Guide } from '../../shared/editor/snapping';
import type { Insets } from '../../shared/model/slideFormat';
import type { Pt } from './affine';
import type { CanvasView } from './CanvasView';
import { proposedCorners } from './redactionView';
import type { View } from './viewport';

// What the editor paints around and over the slide that is never part of it: the workspace, the
// page, the dimmed area outside it, the safe zone, snapping guides, hatching on proposed redactions,
// uncovered findings and the shape a tool is drawing. None of it is a fabric object, so nothing here
// can reach an export.

const WORKSPACE = '#e4e7ec';
const OUTSIDE_DIM = 'rgba(228, 231, 236, 0.72)';
const SAFE_ZONE = '#d14d8b';
const GUIDE = '#ff3d7f';
const HATCH = 'rgba(245, 166, 35, 0.9)';
const UNCOVERED = '#d92d20';
const TOOL = '#2f6fed';

export type ToolPreview =
  | { kind: 'box'; shape: 'rect' | 'ellipse'; x: number; y: number; width: number; height: number }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number };

export type OverlayState = {
  view: View;
  slide: { width: number; height: number; background: string };
  safeZone: Insets | null;
  guides: readonly Guide[];
  /** Corners (slide px) of each proposed redaction, where it is drawn right now. */
  proposed: readonly Pt[][];
  uncovered: readonly { x: number; y: number; width: number; height: number }[];
  tool: ToolPreview | null;
  /** An object drawn on top while a line's end is dragged. */
  ghost: FabricObject | null;
  /** A picture shown under a transparent slide (the video a reel overlay is drawn over); never exported. */
  backdrop: CanvasImageSource | null;
};

/** What the overlays show now, read from the view (called twice a frame: keep it cheap). */
export function overlayStateOf(v: CanvasView): OverlayState {
  const slide = v.slide();
  const size = v.slideSize();
  return {
    view: v.view,
    slide: { ...size, background: slide?.background ?? '#ffffff' },
    safeZone: v.format.safeZone,
    guides: v.guides,
    proposed: slide ? proposedCorners(slide, v.scene) : [],
    uncovered: v.uncovered.boxes,
    tool: v.toolPreview,
    ghost: v.ghost,
    backdrop: v.backdrop,
  };
}

function withView(ctx: CanvasRenderingContext2D, view: View, draw: () => void): void {
  ctx.save();
  ctx.transform(view.zoom, 0, 0, view.zoom, view.panX, view.panY);
  draw();
  ctx.restore();
}

/** Under everything: the workspace and the slide's page in its background colour. */
export function paintBelow(ctx: CanvasRenderingContext2D, s: OverlayState, size: { width: number; height: number }): void {
  ctx.save();
  ctx.fillStyle = WORKSPACE;
  ctx.fillRect(0, 0, size.width, size.height);
  const { zoom, panX, panY } = s.view;
  const w = s.slide.width * zoom;
  const h = s.slide.height * zoom;
  // A hairline edge, not a blurred shadow: a shadow costs milliseconds on every frame of a drag.
  ctx.fillStyle = 'rgba(16, 24, 40, 0.16)';
  ctx.fillRect(panX - 1, panY - 1, w + 2, h + 3);
  if (s.backdrop) ctx.drawImage(s.backdrop, panX, panY, w, h);
  ctx.fillStyle = s.slide.background;
  ctx.fillRect(panX, panY, w, h);
  ctx.restore();
}

/** Over the objects (under fabric's selection handles, which live on their own layer). */
export function paintAbove(ctx: CanvasRenderingContext2D, s: OverlayState, size: { width: number; height: number }): void {
  const { zoom, panX, panY } = s.view;
  const pageW = s.slide.width * zoom;
  const pageH = s.slide.height * zoom;
  // Objects hanging off the slide stay visible but faded: what is outside is not exported.
  ctx.save();
  ctx.fillStyle = OUTSIDE_DIM;
  ctx.beginPath();
  ctx.rect(0, 0, size.width, size.height);
  ctx.rect(panX, panY + pageH, pageW, -pageH); // counter-clockwise: a hole
  ctx.fill('evenodd');
  ctx.restore();
  const px = 1 / zoom; // one screen pixel, in slide units
  withView(ctx, s.view, () => {
    if (s.ghost) s.ghost.render(ctx);
    for (const corners of s.proposed) hatch(ctx, corners, px);
    ctx.lineWidth = 2 * px;
    ctx.setLineDash([6 * px, 4 * px]);
    ctx.strokeStyle = UNCOVERED;
    for (const b of s.uncovered) ctx.strokeRect(b.x, b.y, b.width, b.height);
    if (s.safeZone) {
      const z = s.safeZone;
      ctx.strokeStyle = SAFE_ZONE;
      ctx.lineWidth = 1.5 * px;
      ctx.setLineDash([8 * px, 6 * px]);
      ctx.strokeRect(z.left, z.top, s.slide.width - z.left - z.right, s.slide.height - z.top - z.bottom);
    }
    ctx.setLineDash([]);
    ctx.strokeStyle = GUIDE;
    ctx.lineWidth = px;
    for (const g of s.guides) {
      ctx.beginPath();
      if (g.axis === 'x') {
        ctx.moveTo(g.at, g.from);
        ctx.lineTo(g.at, g.to);
      } else {
        ctx.moveTo(g.from, g.at);
        ctx.lineTo(g.to, g.at);
      }
      ctx.stroke();
    }
    if (s.tool) toolShape(ctx, s.tool, px);
  });
}

/** Diagonal stripes inside a proposed box: "the engine thinks this hides something; confirm it". */
function hatch(ctx: CanvasRenderingContext2D, corners: readonly Pt[], px: number): void {
  ctx.save();
  ctx.beginPath();
  corners.forEach((c, i) => (i === 0 ? ctx.moveTo(c.x, c.y) : ctx.lineTo(c.x, c.y)));
  ctx.closePath();
  ctx.clip();
  const xs = corners.map((c) => c.x);
  const ys = corners.map((c) => c.y);
  const x0 = Math.min(...xs);
  const y0 = Math.min(...ys);
  const span = Math.max(...xs) - x0 + Math.max(...ys) - y0;
  const step = 10 * px;
  ctx.strokeStyle = HATCH;
  ctx.lineWidth = 2 * px;
  ctx.beginPath();
  for (let d = 0; d < span; d += step) {
    ctx.moveTo(x0 + d, y0);
    ctx.lineTo(x0, y0 + d);
  }
  ctx.stroke();
  ctx.restore();
}

function toolShape(ctx: CanvasRenderingContext2D, t: ToolPreview, px: number): void {
  ctx.strokeStyle = TOOL;
  ctx.lineWidth = 1.5 * px;
  ctx.setLineDash([5 * px, 4 * px]);
  ctx.beginPath();
  if (t.kind === 'line') {
    ctx.moveTo(t.x1, t.y1);
    ctx.lineTo(t.x2, t.y2);
  } else if (t.shape === 'ellipse') {
    ctx.ellipse(t.x + t.width / 2, t.y + t.height / 2, Math.abs(t.width / 2), Math.abs(t.height / 2), 0, 0, Math.PI * 2);
  } else {
    ctx.rect(t.x, t.y, t.width, t.height);
  }
  ctx.stroke();
  ctx.setLineDash([]);
}
