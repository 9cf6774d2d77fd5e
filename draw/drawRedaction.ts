import type { FabricObject } from 'fabric';
import type { ImageObject, RedactionObject } from '../shared/model/slideObjects';
import type { DrawContext, Fabric } from './drawContext';
import { cropRect, sourceSize } from './drawImage';
import { imageFilters } from './imageFilters';
import { baseOptions, groupInBox } from './placeInBox';

/** Proposed boxes in the editor: see-through with a dashed outline, so the user can judge them. */
const PROPOSED_OPACITY = 0.55;
const PROPOSED_OUTLINE = '#f5a623';
/** At least this many mosaic cells span the box's shorter side. */
export const MOSAIC_CELLS = 6;
/** Below this many source pixels across, a mosaic cannot destroy anything it shows: draw solid. */
const MIN_SOURCE_PIXELS = 2 * MOSAIC_CELLS;

/**
 * A redaction box. Solid: a rectangle of its fill. Pixelate/blur: the fill, with a mosaic of the
 * image it sits on over it (blur is drawn over the mosaic, never over the raw pixels: a plain blur
 * of text can be reversed). Every redaction in an export is opaque, proposed or not: nothing under
 * a box that was never accepted may leak either.
 */
export function drawRedaction(fab: Fabric, r: RedactionObject, ctx: DrawContext): FabricObject {
  if (r.status === 'rejected') return drawRejected(fab, r, ctx);
  // Only the colour of #rrggbbaa: a see-through fill would show what the box hides.
  const fill = r.fill.slice(0, 7);
  const children: FabricObject[] = [
    new fab.Rect({ ...baseOptions(ctx), left: 0, top: 0, width: r.width, height: r.height, fill }),
  ];
  if (r.mode !== 'solid') {
    const mosaic = mosaicOfImageUnder(fab, r, ctx);
    if (mosaic) children.push(mosaic);
  }
  const proposedInEditor = ctx.mode === 'editor' && r.status === 'proposed';
  if (proposedInEditor) children.push(dashedOutline(fab, r, ctx, 3, [4, 3]));
  return groupInBox(fab, children, { ...r, opacity: proposedInEditor ? PROPOSED_OPACITY : 1 }, ctx);
}

/**
 * A proposal the user judged not identifying: nothing in the export (drawSlide leaves it out), a
 * faint outline in the editor so it can be found and reconsidered.
 */
function drawRejected(fab: Fabric, r: RedactionObject, ctx: DrawContext): FabricObject {
  const outline = dashedOutline(fab, r, ctx, 2, [2, 4]);
  outline.visible = ctx.mode === 'editor';
  return groupInBox(fab, [outline], { ...r, opacity: 0.6 }, ctx);
}

/** The box's dashed outline, its stroke at most `maxStroke` px and the dashes in stroke widths. */
function dashedOutline(fab: Fabric, r: RedactionObject, ctx: DrawContext, maxStroke: number, dash: [number, number]): FabricObject {
  const sw = Math.max(1, Math.min(maxStroke, r.width / 4, r.height / 4));
  return new fab.Rect({
    ...baseOptions(ctx),
    left: 0,
    top: 0,
    width: r.width - sw,
    height: r.height - sw,
    fill: null,
    stroke: PROPOSED_OUTLINE,
    strokeWidth: sw,
    strokeDashArray: [sw * dash[0], sw * dash[1]],
  });
}

/**
 * The part of the underlying image inside the box, pixelated (and blurred), in the box's own
 * coordinates; null when there is none to show (the fill alone is drawn). Only boxes turned like
 * their image are mosaicked; any other is solid, which destroys at least as much.
 */
function mosaicOfImageUnder(fab: Fabric, r: RedactionObject, ctx: DrawContext): FabricObject | null {
  const img = ctx.slideObjects?.find((o): o is ImageObject => o.type === 'image' && o.id === r.imageId);
  if (!img || img.placeholder || ((((r.rotation - img.rotation) % 360) + 360) % 360) > 1e-6) return null;
  const el = ctx.image(img.assetId);
  if (!el) return null;
  const src = sourceSize(el);
  const crop = cropRect(img, src);
  // The box's centre in the image's unrotated frame (0,0 = the image box's top-left).
  const theta = (-img.rotation * Math.PI) / 180;
  const dx = r.x + r.width / 2 - (img.x + img.width / 2);
  const dy = r.y + r.height / 2 - (img.y + img.height / 2);
  const u = img.width / 2 + dx * Math.cos(theta) - dy * Math.sin(theta);
  const v = img.height / 2 + dx * Math.sin(theta) + dy * Math.cos(theta);
  const u0 = Math.max(0, u - r.width / 2);
  const u1 = Math.min(img.width, u + r.width / 2);
  const v0 = Math.max(0, v - r.height / 2);
  const v1 = Math.min(img.height, v + r.height / 2);
  if (u1 - u0 < 1 || v1 - v0 < 1) return null;
  const perX = crop.width / img.width; // source pixels per slide pixel
  const perY = crop.height / img.height;
  // A flipped image shows its source mirrored within its box.
  const su0 = img.flipX ? img.width - u1 : u0;
  const sv0 = img.flipY ? img.height - v1 : v0;
  const sw = (u1 - u0) * perX;
  const sh = (v1 - v0) * perY;
  const shortSide = Math.min(r.width * perX, r.height * perY);
  const blocksize = Math.floor(shortSide / MOSAIC_CELLS);
  if (shortSide < MIN_SOURCE_PIXELS || blocksize < 2) return null;
  const copy = new fab.FabricImage(el, {
    ...baseOptions(ctx),
    left: u0 - (u - r.width / 2),
    top: v0 - (v - r.height / 2),
    cropX: crop.x + su0 * perX,
    cropY: crop.y + sv0 * perY,
    width: sw,
    height: sh,
    scaleX: (u1 - u0) / sw,
    scaleY: (v1 - v0) / sh,
    flipX: img.flipX,
    flipY: img.flipY,
  });
  const filters = imageFilters(fab, img);
  filters.push(new fab.filters.Pixelate({ blocksize }));
  if (r.mode === 'blur') {
    const blur = Math.min(1, blocksize / (0.12 * Math.min(src.width, src.height)));
    filters.push(new fab.filters.Blur({ blur }));
  }
  copy.filters = filters;
  copy.applyFilters();
  return copy;
}
