import { StudioFailure } from '../../../shared/api/errors';

// A decompression bomb is a small file that decodes to billions of pixels; anything above this
// is refused before decoding. 100 MP is above every phone and DSLR photo we expect to see.
export const MAX_IMAGE_PIXELS = 100_000_000;
export const THUMBNAIL_SIZE = 512;

/** Refuses, from the header alone, an image without a size or too large to decode safely. */
export function assertImageSize(meta: { width?: number; height?: number }): { width: number; height: number } {
  if (!meta.width || !meta.height) throw new StudioFailure('corrupt', 'The image has no width or height.');
  const pixels = meta.width * meta.height;
  if (pixels > MAX_IMAGE_PIXELS) {
    throw new StudioFailure(
      'too_large',
      `The image is ${meta.width}×${meta.height} (${Math.round(pixels / 1e6)} megapixels); the limit is ${MAX_IMAGE_PIXELS / 1e6} megapixels.`,
    );
  }
  return { width: meta.width, height: meta.height };
}
