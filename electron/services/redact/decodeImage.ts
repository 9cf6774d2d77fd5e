import fs from 'node:fs';
import sharp from 'sharp';
import { StudioFailure } from '../../../shared/api/errors';
import { assertImageSize, MAX_IMAGE_PIXELS } from '../media/imageLimits';
import type { RawImage } from '../ocr/ocrTypes';

const READABLE = new Set(['jpeg', 'png', 'webp', 'tiff']);

/** The format the first bytes announce, to tell a damaged image from something else. */
function announcedFormat(bytes: Buffer): string | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'JPEG';
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'PNG';
  if (bytes.length >= 12 && bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP') return 'WebP';
  if (bytes.length >= 4 && (bytes.toString('latin1', 0, 4) === 'II*\0' || bytes.toString('latin1', 0, 4) === 'MM\0*')) return 'TIFF';
  return null;
}

export async function readInput(input: string | Buffer): Promise<Buffer> {
  if (Buffer.isBuffer(input)) return input;
  try {
    const stat = await fs.promises.stat(input);
    if (!stat.isFile()) throw new StudioFailure('invalid_input', 'That is a folder or device, not an image file.');
    return await fs.promises.readFile(input);
  } catch (err) {
    if (err instanceof StudioFailure) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new StudioFailure('not_found', 'The image file does not exist.');
    throw new StudioFailure('forbidden', `The image file cannot be read (${code ?? 'error'}).`);
  }
}

function firstLine(err: unknown): string {
  return ((err as Error).message ?? String(err)).split('\n')[0].replace(/^Input (file|buffer) (has corrupt header: )?/, '');
}

/**
 * Decodes an image as it is displayed (EXIF orientation applied) to 8-bit pixels: grey for a
 * grey image, sRGB otherwise, alpha kept. Refuses, before decoding a single pixel, anything that
 * is empty, not an image, or larger than the decompression-bomb limit.
 */
export async function decodeImage(bytes: Buffer): Promise<RawImage> {
  if (bytes.length === 0) throw new StudioFailure('unsupported', 'The file is empty (0 bytes): there is no image to redact.');
  let meta: sharp.Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch (err) {
    const announced = announcedFormat(bytes);
    if (announced) throw new StudioFailure('corrupt', `The ${announced} image is damaged or incomplete: ${firstLine(err)}`);
    throw new StudioFailure('unsupported', 'The file is not an image MedPost Studio can read (JPEG, PNG, WebP or TIFF).');
  }
  if (!meta.format || !READABLE.has(meta.format)) {
    throw new StudioFailure('unsupported', `${(meta.format ?? 'This').toUpperCase()} images cannot be redacted; use JPEG, PNG, WebP or TIFF.`);
  }
  assertImageSize(meta);
  const grey = meta.space === 'b-w' || (meta.channels ?? 3) <= 2;
  try {
    const { data, info } = await sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'truncated' })
      .rotate()
      .toColourspace(grey ? 'b-w' : 'srgb')
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
    return { width: info.width, height: info.height, channels: info.channels as RawImage['channels'], data: new Uint8Array(data.buffer, data.byteOffset, data.length) };
  } catch (err) {
    throw new StudioFailure('corrupt', `The image is damaged or incomplete: ${firstLine(err)}`);
  }
}
