import type { FabricImage, FabricObject } from 'fabric';
import type { ImageObject } from '../shared/model/slideObjects';
import type { DrawContext, Fabric, ImageSource } from './drawContext';
import { imageFilters } from './imageFilters';
import { baseOptions, placeInBox } from './placeInBox';

const PLACEHOLDER_FILL = '#d8dce2';

export function sourceSize(el: ImageSource): { width: number; height: number } {
  const e = el as { naturalWidth?: number; naturalHeight?: number; width: number; height: number };
  return { width: e.naturalWidth || e.width, height: e.naturalHeight || e.height };
}

/** The crop as a rectangle of source pixels, kept inside the image and at least one pixel. */
export function cropRect(img: ImageObject, src: { width: number; height: number }) {
  const x = Math.min(src.width - 1, Math.max(0, img.crop.x * src.width));
  const y = Math.min(src.height - 1, Math.max(0, img.crop.y * src.height));
  return {
    x,
    y,
    width: Math.max(1, Math.min(src.width - x, img.crop.width * src.width)),
    height: Math.max(1, Math.min(src.height - y, img.crop.height * src.height)),
  };
}

export function drawImage(fab: Fabric, img: ImageObject, ctx: DrawContext): FabricObject {
  const el = img.placeholder ? null : ctx.image(img.assetId);
  const size = el ? sourceSize(el) : null;
  if (!el || !size || !(size.width > 0) || !(size.height > 0)) return drawPlaceholder(fab, img, ctx);
  const crop = cropRect(img, size);
  const image: FabricImage = new fab.FabricImage(el, {
    ...baseOptions(ctx),
    cropX: crop.x,
    cropY: crop.y,
    width: crop.width,
    height: crop.height,
    scaleX: img.width / crop.width,
    scaleY: img.height / crop.height,
    flipX: img.flipX,
    flipY: img.flipY,
    opacity: img.opacity,
  });
  const filters = imageFilters(fab, img);
  if (filters.length > 0) {
    image.filters = filters;
    image.applyFilters();
  }
  return placeInBox(image, img);
}

/** A frame waiting for its image, or an image that could not be loaded: neutral, never an error. */
function drawPlaceholder(fab: Fabric, img: ImageObject, ctx: DrawContext): FabricObject {
  const rect = new fab.Rect({
    ...baseOptions(ctx),
    width: img.width,
    height: img.height,
    fill: PLACEHOLDER_FILL,
    opacity: img.opacity,
  });
  return placeInBox(rect, img);
}
