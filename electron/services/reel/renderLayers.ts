import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import type { Asset } from '../../../shared/model/asset';
import type { Slide } from '../../../shared/model/postDocument';
import type { CanvasSize } from '../../../shared/model/slideFormat';
import { onlyPixelChunks } from '../export/encodeSlides';
import { loadSlideImages } from '../export/loadSlideImages';
import { renderSlides, type RenderedSlide } from '../export/renderSlides';
import type { JobContext } from '../jobs/jobRegistry';
import type { Library } from '../library/library';

/** A rendered picture on disk: a whole slide, or the painted part of a transparent layer at (x, y). */
export type LayerFile = { file: string; x: number; y: number; width: number; height: number };

/** The smallest rectangle holding every pixel that is not fully transparent; null when none is. */
export function paintedBounds(rgba: Uint8Array, width: number, height: number): { x: number; y: number; width: number; height: number } | null {
  let [x0, y0, x1, y1] = [width, height, -1, -1];
  for (let y = 0; y < height; y++) {
    const row = y * width * 4;
    for (let x = 0; x < width; x++) {
      if (rgba[row + x * 4 + 3] === 0) continue;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      y1 = y;
    }
  }
  return x1 < 0 ? null : { x: x0, y: y0, width: x1 - x0 + 1, height: y1 - y0 + 1 };
}

async function writeOpaque(slide: RenderedSlide, file: string): Promise<LayerFile> {
  const png = await sharp(slide.rgba, { raw: { width: slide.width, height: slide.height, channels: 4 } }).removeAlpha().png({ compressionLevel: 1 }).toBuffer();
  await fs.promises.writeFile(file, onlyPixelChunks(png));
  return { file, x: 0, y: 0, width: slide.width, height: slide.height };
}

/**
 * Only the painted part of a transparent layer is kept: blending a caption's box over each frame
 * costs by its area, not the canvas's.
 */
async function writeTransparent(slide: RenderedSlide, file: string): Promise<LayerFile | null> {
  const bounds = paintedBounds(slide.rgba, slide.width, slide.height);
  if (!bounds) return null;
  const { x, y, width, height } = bounds;
  const png = await sharp(slide.rgba, { raw: { width: slide.width, height: slide.height, channels: 4 } })
    .extract({ left: x, top: y, width, height })
    .png({ compressionLevel: 1 })
    .toBuffer();
  await fs.promises.writeFile(file, onlyPixelChunks(png));
  return { file, x, y, width, height };
}

export type LayerRequest = { slide: Slide; transparent: boolean; name: string };

/**
 * Draws slides through the export's own path (draw/ on fabric/node, images loaded as the slide
 * export loads them) and writes each as a PNG in `dir`: opaque ones whole, transparent ones
 * (overlays, captions) cropped to what they paint; null for a layer that paints nothing.
 */
export async function renderLayers(
  lib: Library,
  requests: readonly LayerRequest[],
  canvas: CanvasSize,
  assets: ReadonlyMap<string, Asset>,
  dir: string,
  job: JobContext,
): Promise<(LayerFile | null)[]> {
  if (requests.length === 0) return [];
  const slides = requests.map((r) => r.slide);
  const numberOf = (id: string) => slides.findIndex((s) => s.id === id) + 1;
  const images = await loadSlideImages(lib, assets, slides, numberOf, job.signal);
  // Progress of the drawing itself is reported by the caller's step; it is quick per slide.
  const quiet: JobContext = { signal: job.signal, progress: () => {} };
  const rendered = await renderSlides(slides, canvas, images, numberOf, quiet);
  const out: (LayerFile | null)[] = [];
  for (const [i, slide] of rendered.entries()) {
    const file = path.join(dir, `${requests[i].name}.png`);
    out.push(requests[i].transparent ? await writeTransparent(slide, file) : await writeOpaque(slide, file));
  }
  return out;
}
