import type { ObjectPatch } from '../../shared/commands/command';
import type { BoxedObject, SlideObject, TextObject } from '../../shared/model/slideObjects';
import { apply, decompose, invert, multiply, normaliseDegrees, px, rotate, type Matrix } from './affine';

/**
 * Where a fabric object stood: its full transform (including an enclosing selection's) and its own
 * unscaled size. Taken once when the object is drawn from the model, and again when a gesture ends.
 */
export type FabricPose = { matrix: Matrix; width: number; height: number };

/**
 * How the model object changes when its fabric view went from `before` to `after` (a move, scale or
 * rotation, alone or inside a multi-selection). Only the pose change is used, never fabric's idea
 * of the object, so how draw/ built it does not matter: the model box is carried along rigidly.
 * `resized` is fabric's width-changing side handle of a text box (the text reflows; the model box
 * keeps its height).
 */
export function patchForPose(model: SlideObject, before: FabricPose, after: FabricPose, resized = false): ObjectPatch {
  if (model.type === 'line') {
    const change = multiply(after.matrix, invert(before.matrix));
    const a = apply(change, { x: model.x1, y: model.y1 });
    const b = apply(change, { x: model.x2, y: model.y2 });
    return { x1: px(a.x), y1: px(a.y), x2: px(b.x), y2: px(b.y) };
  }
  const d0 = decompose(before.matrix);
  const d1 = decompose(after.matrix);
  const rx = (after.width * d1.scaleX) / (before.width * d0.scaleX);
  const ry = model.type === 'text' && resized ? 1 : (after.height * Math.abs(d1.scaleY)) / (before.height * Math.abs(d0.scaleY));
  const width = model.width * rx;
  const height = model.height * ry;
  const rotation = model.rotation + d1.angle - d0.angle;
  // Where the model box's top-left corner sat in the fabric object's own (unscaled) frame, measured
  // from the object's top-left: draw/ may group children whose bounds are smaller than the box.
  const tl0 = rotate({ x: -model.width / 2, y: -model.height / 2 }, model.rotation);
  const local = apply(invert(before.matrix), { x: model.x + model.width / 2 + tl0.x, y: model.y + model.height / 2 + tl0.y });
  const offset = { x: local.x + before.width / 2, y: local.y + before.height / 2 };
  const topLeft = apply(after.matrix, { x: -after.width / 2 + offset.x, y: -after.height / 2 + offset.y });
  const half = rotate({ x: width / 2, y: height / 2 }, rotation);
  const cx = topLeft.x + half.x;
  const cy = topLeft.y + half.y;
  const patch: ObjectPatch = {
    x: px(cx - width / 2),
    y: px(cy - height / 2),
    width: px(width),
    height: px(height),
    rotation: normaliseDegrees(rotation),
  };
  if (model.type === 'text' && !resized && Math.abs(rx - ry) < 0.01 && Math.abs(rx - 1) > 0.001) {
    Object.assign(patch, scaledText(model, rx));
  }
  return patch;
}

/** A text box scaled from a corner grows its type with it, as in every slide editor. */
function scaledText(t: TextObject, k: number): ObjectPatch {
  const size = (s: number) => Math.min(800, Math.max(4, Math.round(s * k * 10) / 10));
  return {
    style: { ...t.style, fontSize: size(t.style.fontSize) },
    ranges: t.ranges.map((r) => (r.style.fontSize === undefined ? r : { ...r, style: { ...r.style, fontSize: size(r.style.fontSize) } })),
  };
}

/** Moves an object by (dx, dy) slide pixels. */
export function translatePatch(o: SlideObject, dx: number, dy: number): ObjectPatch {
  if (o.type === 'line') return { x1: px(o.x1 + dx), y1: px(o.y1 + dy), x2: px(o.x2 + dx), y2: px(o.y2 + dy) };
  return { x: px(o.x + dx), y: px(o.y + dy) };
}

export type Box = { x: number; y: number; width: number; height: number; rotation: number };

/**
 * A redaction sitting on an image follows it: its centre keeps the same place as a fraction of the
 * image's (rotated) box, its size scales with the image and it turns with it.
 */
export function followImage(image: BoxedObject, moved: Box, r: BoxedObject): ObjectPatch {
  const ic0 = { x: image.x + image.width / 2, y: image.y + image.height / 2 };
  const ic1 = { x: moved.x + moved.width / 2, y: moved.y + moved.height / 2 };
  const rel = rotate({ x: r.x + r.width / 2 - ic0.x, y: r.y + r.height / 2 - ic0.y }, -image.rotation);
  const sx = moved.width / image.width;
  const sy = moved.height / image.height;
  const c = rotate({ x: rel.x * sx, y: rel.y * sy }, moved.rotation);
  const width = r.width * sx;
  const height = r.height * sy;
  return {
    x: px(ic1.x + c.x - width / 2),
    y: px(ic1.y + c.y - height / 2),
    width: px(width),
    height: px(height),
    rotation: normaliseDegrees(r.rotation + moved.rotation - image.rotation),
  };
}
