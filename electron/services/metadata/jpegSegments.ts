import type { MetadataField } from '../../../shared/phi/types';

export function isJpeg(bytes: Buffer): boolean {
  return bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
}

export type JpegSegment = { marker: number; data: Buffer };

/** The marker segments before the image data (where all metadata lives); stops at SOS. */
export function jpegSegments(bytes: Buffer): JpegSegment[] {
  const segments: JpegSegment[] = [];
  let offset = 2;
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) break;
    const marker = bytes[offset + 1];
    if (marker === 0xff) {
      offset++; // fill byte
      continue;
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      offset += 2;
      continue;
    }
    const length = bytes.readUInt16BE(offset + 2);
    if (length < 2 || offset + 2 + length > bytes.length) break;
    segments.push({ marker, data: bytes.subarray(offset + 4, offset + 2 + length) });
    if (marker === 0xda || marker === 0xd9) break;
    offset += 2 + length;
  }
  return segments;
}

const startsWith = (data: Buffer, id: string) => data.length >= id.length && data.toString('latin1', 0, id.length) === id;

/**
 * What exifr does not report from a JPEG: COM comments, a JFIF extension thumbnail (a small
 * copy of the unredacted picture), and application segments nobody here knows (reported,
 * because they could hold anything). `exifrRead` says what exifr already reported.
 */
export function jpegMetadata(bytes: Buffer, exifrRead: { exif: boolean; xmp: boolean; icc: boolean; iptc: boolean }): MetadataField[] {
  const fields: MetadataField[] = [];
  for (const { marker, data } of jpegSegments(bytes)) {
    if (marker === 0xfe) {
      const text = data.toString('utf8').replace(/\0+$/, '').trim();
      fields.push({ tag: 'JPEG:Comment', value: text || 'empty', label: 'Comment' });
      continue;
    }
    if (marker < 0xe0 || marker > 0xef) continue;
    const app = marker - 0xe0;
    if (app === 0 && startsWith(data, 'JFIF\0')) continue; // pixel density only
    if (app === 0 && startsWith(data, 'JFXX\0')) {
      fields.push({ tag: 'JFIF:Thumbnail', value: `${data.length} bytes`, label: 'Embedded thumbnail' });
      continue;
    }
    if (app === 1 && startsWith(data, 'Exif\0')) {
      if (!exifrRead.exif) fields.push({ tag: 'EXIF', value: `${data.length} bytes`, label: 'EXIF block' });
      continue;
    }
    if (app === 1 && (startsWith(data, 'http://ns.adobe.com/xap/1.0/') || startsWith(data, 'http://ns.adobe.com/xmp/extension/'))) {
      if (!exifrRead.xmp) fields.push({ tag: 'XMP', value: `${data.length} bytes`, label: 'XMP metadata' });
      continue;
    }
    if (app === 2 && startsWith(data, 'ICC_PROFILE\0')) {
      if (!exifrRead.icc) fields.push({ tag: 'ICC', value: `${data.length} bytes`, label: 'Colour profile' });
      continue;
    }
    if (app === 13 && startsWith(data, 'Photoshop 3.0\0')) {
      if (!exifrRead.iptc) fields.push({ tag: 'Photoshop:IRB', value: `${data.length} bytes`, label: 'Photoshop/IPTC data' });
      continue;
    }
    if (app === 14 && startsWith(data, 'Adobe')) continue; // colour transform flag only
    const nul = data.indexOf(0);
    const id = data.toString('latin1', 0, nul > 0 && nul < 32 ? nul : Math.min(12, data.length)).replace(/[^\x20-\x7e]/g, '');
    fields.push({ tag: `JPEG:APP${app}`, value: `${data.length} bytes${id ? ` (${id})` : ''}`, label: `Embedded data (APP${app} segment)` });
  }
  return fields;
}
