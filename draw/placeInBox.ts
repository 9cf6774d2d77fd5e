import type { FabricObject } from 'fabric';
import type { SlideObject } from '../shared/model/slideObjects';
import type { DrawContext, Drawn, Fabric } from './drawContext';

export type Box = { x: number; y: number; width: number; height: number; rotation: number };

/**
 * Positions an object whose unrotated top-left sits `offset` from the box's top-left, turned by
 * the box's rotation about the box's centre (the model's rule). fabric keeps the origin point
 * (left/top with origin left/top) fixed while it rotates, so the rotated corner is computed here.
 */
export function placeInBox<T extends FabricObject>(obj: T, box: Box, offset = { x: 0, y: 0 }): T {
  const theta = (box.rotation * Math.PI) / 180;
  const cos = Math.cos(theta);
  const sin = Math.sin(theta);
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const lx = offset.x - box.width / 2;
  const ly = offset.y - box.height / 2;
  obj.set({
    originX: 'left',
    originY: 'top',
    angle: box.rotation,
    left: cx + lx * cos - ly * sin,
    top: cy + lx * sin + ly * cos,
  });
  obj.setCoords();
  return obj;
}

/** Options every drawn object shares; fabric 7 defaults to a centre origin and a 1 px phantom stroke. */
export function baseOptions(ctx: DrawContext) {
  return {
    originX: 'left' as const,
    originY: 'top' as const,
    strokeWidth: 0,
    // The export draws each object once, straight to the canvas: no cache bitmap resampling.
    objectCaching: ctx.mode === 'editor',
  };
}

export function tag<T extends FabricObject>(obj: T, model: SlideObject): Drawn<T> {
  const drawn = obj as Drawn<T>;
  drawn.medpostId = model.id;
  drawn.medpostType = model.type;
  return drawn;
}

type BoxLike = { x: number; y: number; width: number; height: number; rotation: number; opacity: number };

/**
 * Groups children laid out in the box's own coordinates (0,0 = the box's top-left) and places the
 * group in the box; the group's bounds may be smaller than the box, hence the offset.
 */
export function groupInBox(fab: Fabric, children: FabricObject[], box: BoxLike, ctx: DrawContext): FabricObject {
  const group = new fab.Group(children, { ...baseOptions(ctx), opacity: box.opacity });
  const offset = { x: group.left, y: group.top };
  return placeInBox(group, box, offset);
}
