import fs from 'node:fs';
import { StudioFailure } from '../../../shared/api/errors';
import type { MetadataField } from '../../../shared/phi/types';
import { exifFields } from './exifFields';
import { isJpeg, jpegMetadata } from './jpegSegments';
import { isPng, pngMetadata } from './pngChunks';

/**
 * Everything an image file says about itself besides its pixels, in plain words: EXIF (dates,
 * camera, GPS position, MakerNotes, thumbnail), XMP, IPTC, the ICC profile, PNG text chunks and
 * JPEG comments, plus any block we cannot name (it could hold anything). An image with no
 * metadata at all gives an empty list; the redaction re-check relies on that.
 */
export async function readMetadata(input: string | Buffer): Promise<MetadataField[]> {
  let bytes: Buffer;
  if (Buffer.isBuffer(input)) {
    bytes = input;
  } else {
    try {
      bytes = await fs.promises.readFile(input);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new StudioFailure(code === 'ENOENT' ? 'not_found' : 'forbidden', code === 'ENOENT' ? 'The file does not exist.' : `The file cannot be read (${code ?? 'error'}).`);
    }
  }
  if (bytes.length === 0) return [];
  const { fields, read } = await exifFields(bytes);
  if (isJpeg(bytes)) fields.push(...jpegMetadata(bytes, read));
  else if (isPng(bytes)) fields.push(...pngMetadata(bytes, read));
  return fields;
}
