import type { filters as FabricFilters } from 'fabric';
import type { GreyWindow, ImageObject } from '../shared/model/slideObjects';
import type { Fabric } from './drawContext';

/**
 * The colour matrix of a display window: grey level − width/2 → 0 and level + width/2 → 255,
 * linear between, clamped outside (ImageData and shaders both clamp). fabric's matrix adds its
 * fifth column × 255.
 */
export function windowMatrix(w: GreyWindow): number[] {
  const k = 255 / w.width;
  const o = -(w.level - w.width / 2) / w.width;
  return [k, 0, 0, 0, o, 0, k, 0, 0, o, 0, 0, k, 0, o, 0, 0, 0, 1, 0];
}

/** The image's own adjustments, in the order a viewer applies them: window, then brightness, contrast. */
export function imageFilters(fab: Fabric, img: ImageObject): FabricFilters.BaseFilter<string>[] {
  const list: FabricFilters.BaseFilter<string>[] = [];
  if (img.window) list.push(new fab.filters.ColorMatrix({ matrix: windowMatrix(img.window), colorsOnly: true }));
  if (img.brightness !== 0) list.push(new fab.filters.Brightness({ brightness: img.brightness }));
  if (img.contrast !== 0) list.push(new fab.filters.Contrast({ contrast: img.contrast }));
  return list;
}
