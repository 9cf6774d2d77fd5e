import type { Slide } from '../../shared/model/postDocument';
import { IDENTITY, type Matrix } from './affine';
import { cornersThrough } from './redactionView';
import { toScreen, type View } from './viewport';

/** Where one image's consent chip sits: viewport pixels (the canvas's own element, not the window). */
export type ChipAnchor = { objectId: string; assetId: string; x: number; y: number };

/**
 * A consent chip for every placed image of the slide (an empty frame has no asset, so no chip), at
 * the corner of the image that is top-left on screen. `changeOf(id)` is the change an object's
 * drawn view went through since it was drawn (a drag in progress), so the chip follows the pointer.
 * The chips are DOM over the canvas, never fabric objects: nothing of them can reach an export.
 */
export function chipAnchors(slide: Slide, view: View, changeOf: (id: string) => Matrix | null = () => null): ChipAnchor[] {
  const out: ChipAnchor[] = [];
  for (const o of slide.objects) {
    if (o.type !== 'image' || o.placeholder) continue;
    const corners = cornersThrough(changeOf(o.id) ?? IDENTITY, o);
    // The least x + y: the corner nearest the screen's top-left, whichever way the image is turned.
    const corner = corners.reduce((best, c) => (c.x + c.y < best.x + best.y - 1e-6 ? c : best));
    const at = toScreen(view, corner);
    out.push({ objectId: o.id, assetId: o.assetId, x: at.x, y: at.y });
  }
  return out;
}
