import sharp from 'sharp';
import { StudioFailure } from '../../../shared/api/errors';
import { assertImageSize, MAX_IMAGE_PIXELS, THUMBNAIL_SIZE } from './imageLimits';

export type ImageProbe = { width: number; height: number; thumbnail: Buffer };

/**
 * Reads an image's size (after EXIF orientation) and makes its thumbnail. Decoding the whole
 * image here is deliberate: a truncated or corrupt file fails now, not later in an export.
 */
export async function probeImage(file: string): Promise<ImageProbe> {
  let meta: sharp.Metadata;
  try {
    meta = await sharp(file, { limitInputPixels: false }).metadata();
  } catch (err) {
    throw new StudioFailure('corrupt', `The image cannot be read: ${describeSharpError(err)}`);
  }
  assertImageSize(meta);
  const swapped = (meta.orientation ?? 1) >= 5;
  let thumbnail: Buffer;
  try {
    thumbnail = await sharp(file, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'truncated' })
      .rotate()
      .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 80 })
      .toBuffer();
  } catch (err) {
    throw new StudioFailure('corrupt', `The image is damaged or incomplete: ${describeSharpError(err)}`);
  }
  return { width: swapped ? meta.height : meta.width, height: swapped ? meta.width : meta.height, thumbnail };
}

function describeSharpError(err: unknown): string {
  const message = (err as Error).message ?? String(err);
  return message
    .split('\n')[0]
    .replace(/^Input (file|buffer) (has corrupt header: )?/, '')
    .replace(/^(VipsJpeg|VipsPng|VipsWebp|VipsForeignLoad\w*): /, '');
}

/** Encodes 8-bit greyscale or RGB pixels as a thumbnail JPEG. */
export async function thumbnailFromRaw(
  pixels: Uint8Array,
  width: number,
  height: number,
  channels: 1 | 3,
): Promise<Buffer> {
  return sharp(pixels, { raw: { width, height, channels } })
    .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: 'inside', withoutEnlargement: true })
    .jpeg({ quality: 80 })
    .toBuffer();
}
