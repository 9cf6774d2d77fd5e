import type { TPointerEventInfo } from 'fabric';
import type { Command } from '../../shared/commands/command';
import { newArrow, newMarker, newRedaction, newShape, newText, nextMarkerNumber } from '../../shared/editor/objectFactory';
import { DEFAULT_BRAND_KIT, type BrandKit } from '../../shared/model/brandKit';
import type { Slide } from '../../shared/model/postDocument';
import type { CanvasSize } from '../../shared/model/slideFormat';
import type { ImageObject, SlideObject } from '../../shared/model/slideObjects';
import type { Pt } from './affine';
import type { CanvasView } from './CanvasView';
import type { EditorTool } from './editorApi';
import { rotate } from './affine';

/** A press that moved less than this (screen px) is a click: the tool places its default size. */
const CLICK_SCREEN_PX = 4;

type Drag = { from: Pt; to: Pt };

/** The object a tool makes from a press-drag-release (pure: tested without a canvas). */
export function objectForTool(
  tool: Exclude<EditorTool, 'select'>,
  slide: Slide,
  canvas: CanvasSize,
  drag: Drag,
  isClick: boolean,
  brand: BrandKit = DEFAULT_BRAND_KIT,
): SlideObject {
  const box = boxOf(drag);
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const r = (o: SlideObject & { x: number; y: number; width: number; height: number }) => ({
    ...o,
    x: round(o.x),
    y: round(o.y),
    width: round(o.width),
    height: round(o.height),
  });
  switch (tool) {
    case 'text': {
      const t = newText(canvas, 'Your text', isClick ? drag.from : centre, brand);
      return r(isClick ? t : { ...t, ...box, height: Math.max(box.height, t.style.fontSize * 1.4) });
    }
    case 'rectangle':
    case 'ellipse': {
      const s = newShape(canvas, tool === 'rectangle' ? 'rect' : 'ellipse', drag.from, brand);
      return r(isClick ? s : { ...s, ...box });
    }
    case 'arrow':
      if (isClick) return newArrow(canvas, drag.from, { x: drag.from.x + canvas.width * 0.2, y: drag.from.y }, brand);
      return newArrow(canvas, roundPt(drag.from), roundPt(drag.to), brand);
    case 'marker':
      return r(newMarker(canvas, nextMarkerNumber(slide), drag.to, brand));
    case 'redaction': {
      const b = isClick ? { x: drag.from.x - 90, y: drag.from.y - 22, width: 180, height: 44 } : box;
      // A box drawn over an image belongs to it: it moves with it and counts against its findings.
      const under = imageUnder(slide, { x: b.x + b.width / 2, y: b.y + b.height / 2 });
      return r(newRedaction(b, under?.id ?? null));
    }
  }
}

function boxOf({ from, to }: Drag) {
  return { x: Math.min(from.x, to.x), y: Math.min(from.y, to.y), width: Math.max(1, Math.abs(to.x - from.x)), height: Math.max(1, Math.abs(to.y - from.y)) };
}

const round = (v: number) => Math.round(v * 100) / 100;
const roundPt = (p: Pt) => ({ x: round(p.x), y: round(p.y) });

/** The topmost image (not an empty frame) under a point. */
export function imageUnder(slide: Slide, p: Pt): ImageObject | null {
  for (let i = slide.objects.length - 1; i >= 0; i--) {
    const o = slide.objects[i];
    if (o.type !== 'image' || o.placeholder) continue;
    const local = rotate({ x: p.x - (o.x + o.width / 2), y: p.y - (o.y + o.height / 2) }, -o.rotation);
    if (Math.abs(local.x) <= o.width / 2 && Math.abs(local.y) <= o.height / 2) return o;
  }
  return null;
}

const labels: Record<Exclude<EditorTool, 'select'>, string> = {
  text: 'Add text',
  rectangle: 'Add rectangle',
  ellipse: 'Add ellipse',
  arrow: 'Add arrow',
  marker: 'Add marker',
  redaction: 'Add redaction',
};

/** Press-drag-release with a drawing tool: a dashed preview while dragging, one command at the end. */
export function installTools(v: CanvasView): () => void {
  const { canvas } = v;
  let drag: Drag | null = null;

  const preview = (d: Drag) => {
    const tool = v.tool;
    if (tool === 'arrow') v.toolPreview = { kind: 'line', x1: d.from.x, y1: d.from.y, x2: d.to.x, y2: d.to.y };
    else if (tool !== 'marker' && tool !== 'select') v.toolPreview = { kind: 'box', shape: tool === 'ellipse' ? 'ellipse' : 'rect', ...boxOf(d) };
    canvas.requestRenderAll();
  };

  const down = ({ e, scenePoint }: TPointerEventInfo) => {
    if (v.tool === 'select' || ('button' in e && e.button !== 0)) return;
    drag = { from: { x: scenePoint.x, y: scenePoint.y }, to: { x: scenePoint.x, y: scenePoint.y } };
  };
  const move = ({ scenePoint }: TPointerEventInfo) => {
    if (!drag) return;
    drag.to = { x: scenePoint.x, y: scenePoint.y };
    preview(drag);
  };
  const up = ({ scenePoint }: TPointerEventInfo) => {
    const d = drag;
    drag = null;
    v.toolPreview = null;
    const tool = v.tool;
    const slide = v.slide();
    if (!d || tool === 'select' || !slide) return;
    d.to = { x: scenePoint.x, y: scenePoint.y };
    const isClick = Math.hypot(d.to.x - d.from.x, d.to.y - d.from.y) * v.view.zoom < CLICK_SCREEN_PX;
    const object = objectForTool(tool, slide, v.session.getSnapshot().doc.canvas, d, isClick, v.brand);
    const cmd: Command = { type: 'object.add', slideId: slide.id, index: slide.objects.length, object };
    // After fabric has finished with this pointer-up: a new text box then opens for typing at once.
    queueMicrotask(() => {
      v.dispatch(cmd, labels[tool]);
      v.callbacks.toolDone();
      v.session.select(slide.id, [object.id]);
      if (object.type === 'text') v.controller.editText(object.id);
    });
  };
  const offs = [canvas.on('mouse:down', down), canvas.on('mouse:move', move), canvas.on('mouse:up', up)];
  return () => offs.forEach((off) => off());
}
