import fs from 'node:fs';
import { createCanvas, ImageData, type Canvas } from 'canvas';
import { StudioFailure } from '../../../shared/api/errors';
import type { Asset } from '../../../shared/model/asset';
import type { Slide } from '../../../shared/model/postDocument';
import { renderDicomPng } from '../dicom/renderDicomPng';
import { assetFilePath, type Library } from '../library/library';
import type { RawImage } from '../ocr/ocrTypes';
import { decodeImage } from '../redact/decodeImage';

/** Every asset the slides show, in the order first met. */
export function assetIdsOf(slides: readonly Slide[]): string[] {
  const ids = new Set<string>();
  for (const s of slides) for (const o of s.objects) if (o.type === 'image' && !o.placeholder) ids.add(o.assetId);
  return [...ids];
}

/** Widens 1–4 channel pixels to the RGBA node-canvas draws. */
export function toRgba(image: RawImage): Uint8ClampedArray {
  const { width, height, channels, data } = image;
  if (channels === 4) return new Uint8ClampedArray(data.buffer, data.byteOffset, width * height * 4);
  const out = new Uint8ClampedArray(width * height * 4);
  for (let i = 0, j = 0; i < width * height; i++, j += channels) {
    const grey = channels <= 2;
    out[i * 4] = data[j];
    out[i * 4 + 1] = grey ? data[j] : data[j + 1];
    out[i * 4 + 2] = grey ? data[j] : data[j + 2];
    out[i * 4 + 3] = channels === 2 ? data[j + 1] : 255;
  }
  return out;
}

/**
 * An asset's pixels at full resolution as a node-canvas, oriented as displayed (EXIF rotation
 * applied, the same frame the analysis measured its findings on). DICOM goes through the same
 * renderer as the viewer, in its default window.
 */
export async function loadAssetImage(lib: Library, asset: Asset, slideNumber: number): Promise<Canvas> {
  if (asset.kind === 'video') throw new StudioFailure('unsupported', `Slide ${slideNumber} shows a video; videos go in reels, not slides.`);
  let raw: RawImage;
  try {
    const bytes = await fs.promises.readFile(assetFilePath(lib, asset.hash));
    raw = asset.kind === 'dicom' ? await decodeImage((await renderDicomPng(new Uint8Array(bytes))).png) : await decodeImage(bytes);
  } catch (err) {
    const why = err instanceof StudioFailure ? err.message : (err as Error).message;
    throw new StudioFailure('corrupt', `The image on slide ${slideNumber} cannot be read, so nothing was exported: ${why}`);
  }
  const canvas = createCanvas(raw.width, raw.height);
  canvas.getContext('2d').putImageData(new ImageData(toRgba(raw), raw.width, raw.height), 0, 0);
  return canvas;
}

/** Loads each image the slides show once; `slideNumberOf` names the first slide showing it in errors. */
export async function loadSlideImages(
  lib: Library,
  assets: ReadonlyMap<string, Asset>,
  slides: readonly Slide[],
  slideNumberOf: (slideId: string) => number,
  signal: AbortSignal,
): Promise<Map<string, Canvas>> {
  const images = new Map<string, Canvas>();
  for (const id of assetIdsOf(slides)) {
    if (signal.aborted) throw new StudioFailure('cancelled', 'Export cancelled.');
    const asset = assets.get(id);
    const first = slides.find((s) => s.objects.some((o) => o.type === 'image' && o.assetId === id));
    const n = first ? slideNumberOf(first.id) : 0;
    if (!asset) throw new StudioFailure('not_found', `Slide ${n} shows an image that is no longer in the library.`);
    images.set(id, await loadAssetImage(lib, asset, n));
  }
  return images;
}
