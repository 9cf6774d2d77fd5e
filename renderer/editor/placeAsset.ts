import type { Command } from '../../shared/commands/command';
import { newImage } from '../../shared/editor/objectFactory';
import { proposeRedactions } from '../../shared/editor/redactionCoverage';
import type { AssetAnalysis } from '../../shared/model/assetAnalysis';
import type { Slide } from '../../shared/model/postDocument';
import type { CanvasSize } from '../../shared/model/slideFormat';
import type { Crop, ImageObject } from '../../shared/model/slideObjects';
import { rotate } from './affine';

export type AssetSize = { id: string; width: number | null; height: number | null };

/** The centred crop that fills a frame with an image without distorting it. */
export function coverCrop(frame: { width: number; height: number }, image: { width: number | null; height: number | null }): Crop {
  if (!image.width || !image.height) return { x: 0, y: 0, width: 1, height: 1 };
  const k = frame.width / frame.height / (image.width / image.height);
  const r = (v: number) => Math.round(v * 1e6) / 1e6;
  if (k > 1) return { x: 0, y: r((1 - 1 / k) / 2), width: 1, height: r(1 / k) }; // image taller than the frame
  return { x: r((1 - k) / 2), y: 0, width: r(k), height: 1 };
}

function contains(o: ImageObject, p: { x: number; y: number }): boolean {
  const local = rotate({ x: p.x - (o.x + o.width / 2), y: p.y - (o.y + o.height / 2) }, -o.rotation);
  return Math.abs(local.x) <= o.width / 2 && Math.abs(local.y) <= o.height / 2;
}

/** The topmost empty image frame under a point, or the selected one when there is no point. */
export function placeholderAt(slide: Slide, at: { x: number; y: number } | null, selected: readonly string[]): ImageObject | null {
  const frames = slide.objects.filter((o): o is ImageObject => o.type === 'image' && o.placeholder && !o.locked);
  if (at) return frames.reverse().find((f) => contains(f, at)) ?? null;
  return frames.find((f) => selected.includes(f.id)) ?? null;
}

/**
 * Placing an asset on a slide, as one command: into an empty frame (cropped to fill it) or as a new
 * image fitted inside the slide around `at`; with the engine's proposed redactions on top of it.
 * Returns the command and the image's id (to select it).
 */
export function placeAssetCommand(
  slide: Slide,
  canvas: CanvasSize,
  asset: AssetSize,
  analysis: AssetAnalysis | null,
  at: { x: number; y: number } | null,
  selected: readonly string[],
  makeId: () => string,
): { command: Command; imageId: string } {
  const frame = placeholderAt(slide, at, selected);
  const commands: Command[] = [];
  let image: ImageObject;
  let index: number;
  if (frame) {
    image = { ...frame, assetId: asset.id, placeholder: false, crop: coverCrop(frame, asset) };
    index = slide.objects.indexOf(frame);
    commands.push({ type: 'object.update', slideId: slide.id, objectId: frame.id, patch: { assetId: asset.id, placeholder: false, crop: image.crop } });
  } else {
    image = keepInside(newImage(asset, canvas, at ?? {}), canvas);
    index = slide.objects.length;
    commands.push({ type: 'object.add', slideId: slide.id, index, object: image });
  }
  const proposals = analysis ? proposeRedactions(image, analysis, makeId) : [];
  proposals.forEach((r, i) => commands.push({ type: 'object.add', slideId: slide.id, index: index + 1 + i, object: r }));
  return { command: commands.length === 1 ? commands[0] : { type: 'batch', commands }, imageId: image.id };
}

/** A dropped image is fitted inside the slide: dropped near an edge, it slides in rather than hangs off. */
function keepInside(img: ImageObject, canvas: CanvasSize): ImageObject {
  const x = Math.min(Math.max(0, img.x), canvas.width - img.width);
  const y = Math.min(Math.max(0, img.y), canvas.height - img.height);
  const r = (v: number) => Math.round(v * 100) / 100;
  return { ...img, x: r(x), y: r(y), width: r(img.width), height: r(img.height) };
}
