import sharp from 'sharp';
import type { Box } from '../../../shared/phi/types';
import { boundingBox } from './boxGeometry';
import type { RawImage } from './rawImage';

/** An RGB picture handed to a detector, and the way back from its pixels to the photo's. */
export type FaceView = {
  name: string;
  width: number;
  height: number;
  rgb: Uint8Array;
  toImage(box: Box): Box;
};

type Rgb = { width: number; height: number; rgb: Uint8Array };

async function toRgb(pipeline: sharp.Sharp): Promise<Rgb> {
  const { data, info } = await pipeline.removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, rgb: new Uint8Array(data.buffer, data.byteOffset, data.length) };
}

function fromRaw(image: { width: number; height: number; channels: number; data: Uint8Array }): sharp.Sharp {
  return sharp(image.data, { raw: { width: image.width, height: image.height, channels: image.channels as 3 | 4 } });
}

/** The photo scaled so its longer side is at most `longSide` (never enlarged). */
export async function scaledView(image: RawImage, longSide: number, name = `scaled${longSide}`): Promise<FaceView> {
  const scale = Math.min(1, longSide / Math.max(image.width, image.height));
  const width = Math.max(1, Math.round(image.width * scale));
  const height = Math.max(1, Math.round(image.height * scale));
  const pipeline = scale < 1 ? fromRaw(image).resize(width, height, { fit: 'fill', kernel: 'lanczos3' }) : fromRaw(image);
  const out = await toRgb(pipeline);
  const sx = image.width / out.width;
  const sy = image.height / out.height;
  return { name, ...out, toImage: ([x, y, w, h]) => [x * sx, y * sy, w * sx, h * sy] };
}

/**
 * `view` turned clockwise by `degrees`. A face tilted by about that much counter-clockwise stands
 * upright here, where detectors trained on upright faces see it best. Its box maps back to the
 * box around the turned rectangle, larger than the face for odd angles, which errs on the side of
 * covering it.
 */
export async function rotatedView(view: FaceView, degrees: number): Promise<FaceView> {
  const out = await toRgb(fromRaw({ ...view, channels: 3, data: view.rgb }).rotate(degrees, { background: meanColour(view) }));
  const theta = (degrees * Math.PI) / 180;
  const cos = Math.cos(theta);
  const sin = Math.sin(theta);
  const back = ([px, py]: readonly [number, number]): [number, number] => {
    const dx = px - out.width / 2;
    const dy = py - out.height / 2;
    return [view.width / 2 + dx * cos + dy * sin, view.height / 2 - dx * sin + dy * cos];
  };
  return {
    name: `${view.name}@${degrees}`,
    ...out,
    toImage: ([x, y, w, h]) =>
      view.toImage(
        boundingBox([
          back([x, y]),
          back([x + w, y]),
          back([x, y + h]),
          back([x + w, y + h]),
        ]),
      ),
  };
}

/** A rectangle of `view` cut out and scaled so its longer side is `longSide`. */
export async function tileView(view: FaceView, [left, top, width, height]: Box, longSide: number): Promise<FaceView> {
  const scale = Math.min(1, longSide / Math.max(width, height));
  const pipeline = fromRaw({ ...view, channels: 3, data: view.rgb })
    .extract({ left, top, width, height })
    .resize(Math.max(1, Math.round(width * scale)), Math.max(1, Math.round(height * scale)), { fit: 'fill', kernel: 'lanczos3' });
  const out = await toRgb(pipeline);
  const sx = width / out.width;
  const sy = height / out.height;
  return {
    name: `${view.name}[${left},${top}]`,
    ...out,
    toImage: ([x, y, w, h]) => view.toImage([left + x * sx, top + y * sy, w * sx, h * sy]),
  };
}

/** Overlapping tiles covering width×height, each at most `tile` wide and high. */
export function tileGrid(width: number, height: number, tile: number, overlap: number): Box[] {
  const starts = (length: number): number[] => {
    if (length <= tile) return [0];
    const count = Math.ceil((length - overlap) / (tile - overlap));
    const step = (length - tile) / (count - 1);
    return Array.from({ length: count }, (_, i) => Math.round(i * step));
  };
  const boxes: Box[] = [];
  for (const y of starts(height)) {
    for (const x of starts(width)) boxes.push([x, y, Math.min(tile, width - x), Math.min(tile, height - y)]);
  }
  return boxes;
}

// Corners uncovered by a turn are painted with the picture's mean colour: a black or white
// wedge would give the detectors hard edges to fire on.
function meanColour(view: Rgb): { r: number; g: number; b: number } {
  const sums = [0, 0, 0];
  const stride = Math.max(1, Math.floor(view.rgb.length / 3 / 4096));
  let n = 0;
  for (let p = 0; p < view.rgb.length / 3; p += stride, n++) {
    for (let c = 0; c < 3; c++) sums[c] += view.rgb[p * 3 + c];
  }
  return { r: Math.round(sums[0] / n), g: Math.round(sums[1] / n), b: Math.round(sums[2] / n) };
}
