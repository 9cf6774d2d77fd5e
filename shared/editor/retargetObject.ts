import type { Anchor, ImageObject, RedactionObject, SlideObject } from '../model/slideObjects';
import { boundsOf, centreOf, clamp, contentPatch, insideRect, intersection, resizePatch, rotatePoint, translatePatch, type Rect } from './geometry';

// One object carried from an old canvas size to a new one by its anchor. The uniform factor
// `s` is the smaller of the two axis ratios, so nothing laid out inside the old canvas can
// leave the new one; the other axis gains room, and the anchor says where the object sits in
// it. 'stretch' keeps both margins (scaled by s) and lets the box take the rest.

export type Size = { width: number; height: number };
export type Retargeted = { object: SlideObject; squeezed: boolean };

type AxisAnchor = 'start' | 'centre' | 'end' | 'stretch';
const xAnchor: Record<Anchor['x'], AxisAnchor> = { left: 'start', center: 'centre', right: 'end', stretch: 'stretch' };
const yAnchor: Record<Anchor['y'], AxisAnchor> = { top: 'start', middle: 'centre', bottom: 'end', stretch: 'stretch' };

export function uniformScale(from: Size, to: Size): number {
  return Math.min(to.width / from.width, to.height / from.height);
}

/** Where a span [lo, lo+size] of an old axis lands on the new one. */
function placeSpan(lo: number, size: number, anchor: AxisAnchor, oldLen: number, newLen: number, s: number) {
  const scaled = size * s;
  switch (anchor) {
    case 'start':
      return { lo: lo * s, size: scaled };
    case 'end':
      return { lo: newLen - (oldLen - lo - size) * s - scaled, size: scaled };
    case 'centre':
      return { lo: newLen / 2 + (lo + size / 2 - oldLen / 2) * s - scaled / 2, size: scaled };
    case 'stretch': {
      const start = lo * s;
      return { lo: start, size: Math.max(1, newLen - start - (oldLen - lo - size) * s) };
    }
  }
}

function placeBox(box: Rect, anchor: Anchor, from: Size, to: Size, s: number): Rect {
  const x = placeSpan(box.x, box.width, xAnchor[anchor.x], from.width, to.width, s);
  const y = placeSpan(box.y, box.height, yAnchor[anchor.y], from.height, to.height, s);
  return { x: x.lo, y: y.lo, width: x.size, height: y.size };
}

/**
 * An image whose box changed shape keeps its picture's proportions by showing less of it: the
 * crop narrows about its centre (like "cover"), never distorting anatomy.
 */
function coverCrop(img: ImageObject, width: number, height: number): ImageObject['crop'] {
  const before = img.width / img.height;
  const after = width / height;
  if (Math.abs(before - after) < 1e-9) return img.crop;
  const c = img.crop;
  if (after > before) {
    const h = c.height * (before / after);
    return { ...c, y: c.y + (c.height - h) / 2, height: h };
  }
  const w = c.width * (after / before);
  return { ...c, x: c.x + (c.width - w) / 2, width: w };
}

/** Lays out one object that is not riding on an image. */
export function retargetObject(obj: SlideObject, from: Size, to: Size): Retargeted {
  const s = uniformScale(from, to);
  let next: SlideObject;
  if (obj.type === 'line') {
    const box = { x: Math.min(obj.x1, obj.x2), y: Math.min(obj.y1, obj.y2), width: Math.abs(obj.x2 - obj.x1), height: Math.abs(obj.y2 - obj.y1) };
    const placed = placeBox(box, obj.anchor, from, to, s);
    next = { ...obj, ...resizePatch(obj, box, placed), ...contentPatch(obj, s) } as SlideObject;
  } else {
    const placed = placeBox(obj, obj.anchor, from, to, s);
    next = { ...obj, ...placed, ...contentPatch(obj, s) } as SlideObject;
    if (obj.type === 'image') next = { ...next, crop: coverCrop(obj, placed.width, placed.height) } as SlideObject;
  }
  return keepOnCanvas(next, to);
}

/** Shrinks (about its centre, proportions kept) what is larger than the canvas, then slides it in. */
function keepOnCanvas(obj: SlideObject, canvas: Size): Retargeted {
  let next = obj;
  let b = boundsOf(next);
  const squeezed = b.width > canvas.width + 1e-6 || b.height > canvas.height + 1e-6;
  if (squeezed) {
    const f = Math.min(canvas.width / b.width, canvas.height / b.height);
    const c = centreOf(b);
    const fitted = { x: c.x - (b.width * f) / 2, y: c.y - (b.height * f) / 2, width: b.width * f, height: b.height * f };
    next = { ...next, ...resizePatch(next, b, fitted, { scaleContent: true }) } as SlideObject;
    b = boundsOf(next);
  }
  const dx = clamp(0, -b.x, canvas.width - (b.x + b.width));
  const dy = clamp(0, -b.y, canvas.height - (b.y + b.height));
  if (!insideRect(b, { x: 0, y: 0, ...canvas })) next = { ...next, ...translatePatch(next, dx, dy) } as SlideObject;
  return { object: next, squeezed };
}

/**
 * A redaction riding on an image follows the picture under it, not its own anchor: the same
 * point of the image stays covered through the move, the scale and any crop change. It is
 * never slid or shrunk on its own, since that could uncover a finding; only the part hanging
 * off the canvas (which no export shows) is trimmed.
 */
export function followImage(red: RedactionObject, before: ImageObject, after: ImageObject, canvas: Size): RedactionObject {
  const zx = before.crop.width / after.crop.width;
  const zy = before.crop.height / after.crop.height;
  const kx = (after.width / before.width) * zx;
  const ky = (after.height / before.height) * zy;
  const oldCentre = centreOf(before);
  const local = rotatePoint(centreOf(red), oldCentre, -before.rotation);
  const lx = (local.x - oldCentre.x) * kx;
  const ly = (local.y - oldCentre.y) * ky;
  const newCentre = centreOf(after);
  const c = rotatePoint({ x: newCentre.x + lx, y: newCentre.y + ly }, newCentre, after.rotation);
  const width = red.width * kx;
  const height = red.height * ky;
  const moved = { ...red, x: c.x - width / 2, y: c.y - height / 2, width, height };
  if (moved.rotation % 360 !== 0) return moved;
  // Entirely off the canvas, its finding is cropped out of view: it stays where the picture
  // put it so it covers again if the crop is widened (the caller warns).
  const onCanvas = intersection(moved, { x: 0, y: 0, ...canvas });
  return onCanvas ? { ...moved, ...onCanvas } : moved;
}
