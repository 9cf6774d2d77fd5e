import sharp from 'sharp';
import { StudioFailure } from '../../../shared/api/errors';
import type { Box } from '../../../shared/phi/types';
import { MAX_IMAGE_PIXELS } from '../media/imageLimits';

/** Decoded 8-bit pixels, row by row, `channels` interleaved samples a pixel (RGB or RGBA). */
export type RawImage = { width: number; height: number; channels: 3 | 4; data: Uint8Array };

/**
 * Decodes a photo the way it is displayed (EXIF orientation applied), so that boxes found in it
 * line up with what the clinician sees and with what the export writes.
 */
export async function decodeForFaces(input: string | Buffer): Promise<RawImage> {
  let decoded: { data: Buffer; info: sharp.OutputInfo };
  try {
    decoded = await sharp(input, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'truncated' })
      .rotate()
      .toColourspace('srgb')
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
  } catch (err) {
    const message = ((err as Error).message ?? String(err)).split('\n')[0];
    if (/pixel limit/i.test(message)) {
      throw new StudioFailure('too_large', `The image is larger than ${MAX_IMAGE_PIXELS / 1e6} megapixels.`);
    }
    throw new StudioFailure('corrupt', `The image cannot be read: ${message}`);
  }
  const { data, info } = decoded;
  const channels = info.channels;
  if (channels !== 3 && channels !== 4) {
    throw new StudioFailure('unsupported', `The image has ${channels} colour channels; expected RGB or RGBA.`);
  }
  return { width: info.width, height: info.height, channels, data: new Uint8Array(data.buffer, data.byteOffset, data.length) };
}

/** A copy of a whole-pixel rectangle that lies inside the image. */
export function cropRaw(image: RawImage, [x, y, w, h]: Box): RawImage {
  const data = new Uint8Array(w * h * image.channels);
  for (let row = 0; row < h; row++) {
    const from = ((y + row) * image.width + x) * image.channels;
    data.set(image.data.subarray(from, from + w * image.channels), row * w * image.channels);
  }
  return { width: w, height: h, channels: image.channels, data };
}

/** The image scaled so its longer side is at most `longSide` (never enlarged), and the factor. */
export async function shrinkRaw(image: RawImage, longSide: number): Promise<{ image: RawImage; scale: number }> {
  const scale = Math.min(1, longSide / Math.max(image.width, image.height));
  if (scale === 1) return { image, scale };
  const width = Math.max(1, Math.round(image.width * scale));
  const height = Math.max(1, Math.round(image.height * scale));
  const data = await sharp(image.data, { raw: { width: image.width, height: image.height, channels: image.channels } })
    .resize(width, height, { fit: 'fill' })
    .raw()
    .toBuffer();
  return { image: { width, height, channels: image.channels, data: new Uint8Array(data.buffer, data.byteOffset, data.length) }, scale };
}
