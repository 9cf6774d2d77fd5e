import path from 'node:path';
import sharp from 'sharp';
import { StudioFailure } from '../../../shared/api/errors';
import type { RawImage } from '../ocr/ocrTypes';

export type OutputFormat = 'png' | 'jpeg';

export function outputFormatFor(file: string): OutputFormat {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.png') return 'png';
  if (ext === '.jpg' || ext === '.jpeg') return 'jpeg';
  throw new StudioFailure('invalid_input', `The redacted image must be saved as .png, .jpg or .jpeg (not "${ext || 'no extension'}").`);
}

/**
 * Encodes pixels into a brand-new file. Nothing of the source file comes along: sharp is given
 * raw pixels only, so there is no EXIF, XMP, ICC profile, comment or text chunk to carry over.
 */
export async function encodeClean(image: RawImage, format: OutputFormat): Promise<Buffer> {
  let pipeline = sharp(image.data, { raw: { width: image.width, height: image.height, channels: image.channels } });
  // Raw input is taken as sRGB; a grey image is written grey, as it came in.
  if (image.channels <= 2) pipeline = pipeline.toColourspace('b-w');
  if (format === 'jpeg') {
    // JPEG has no transparency: lay it over white, as a viewer would.
    if (image.channels === 2 || image.channels === 4) pipeline = pipeline.flatten({ background: '#ffffff' });
    return pipeline.jpeg({ quality: 92, chromaSubsampling: '4:4:4' }).toBuffer();
  }
  return pipeline.png({ compressionLevel: 6 }).toBuffer();
}
