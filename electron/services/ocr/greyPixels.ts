import sharp from 'sharp';
import { StudioFailure } from '../../../shared/api/errors';
import { MAX_IMAGE_PIXELS } from '../media/imageLimits';
import type { RawImage } from './ocrTypes';

export type GreyImage = { width: number; height: number; data: Uint8Array };

/**
 * One 8-bit grey channel, what every OCR pass starts from. Transparent pixels are laid over
 * white, the way a viewer shows them.
 */
export function greyFromRaw(image: RawImage): GreyImage {
  const { width, height, channels, data } = image;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0) {
    throw new StudioFailure('invalid_input', `The image size ${width}×${height} is not valid.`);
  }
  if (width * height > MAX_IMAGE_PIXELS) {
    throw new StudioFailure('too_large', `The image is ${width}×${height}; the limit is ${MAX_IMAGE_PIXELS / 1e6} megapixels.`);
  }
  if (![1, 2, 3, 4].includes(channels) || data.length < width * height * channels) {
    throw new StudioFailure('invalid_input', `The pixel buffer (${data.length} bytes) does not hold a ${width}×${height} image of ${channels} channels.`);
  }
  if (channels === 1) return { width, height, data: data.subarray(0, width * height) };
  const out = new Uint8Array(width * height);
  const colour = channels >= 3;
  const hasAlpha = channels === 2 || channels === 4;
  for (let i = 0, p = 0; i < out.length; i++, p += channels) {
    let v = colour ? 0.299 * data[p] + 0.587 * data[p + 1] + 0.114 * data[p + 2] : data[p];
    if (hasAlpha) {
      const a = data[p + channels - 1] / 255;
      v = v * a + 255 * (1 - a);
    }
    out[i] = Math.round(v);
  }
  return { width, height, data: out };
}

/** Decodes an image file's bytes (EXIF orientation applied) to grey, refusing bombs and damage. */
export async function greyFromEncoded(bytes: Buffer): Promise<GreyImage> {
  try {
    const { data, info } = await sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'truncated' })
      .rotate()
      .flatten({ background: '#ffffff' })
      .greyscale()
      .raw()
      .toBuffer({ resolveWithObject: true });
    return { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, info.width * info.height) };
  } catch (err) {
    const message = (err as Error).message ?? String(err);
    if (/pixel limit/i.test(message)) throw new StudioFailure('too_large', `The image is larger than ${MAX_IMAGE_PIXELS / 1e6} megapixels.`);
    throw new StudioFailure('corrupt', `The image cannot be read: ${message.split('\n')[0]}`);
  }
}
