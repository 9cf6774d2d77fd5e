import zlib from 'node:zlib';
import type { MetadataField } from '../../../shared/phi/types';
import { labelFor, plainDate } from './metadataWords';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

// Chunks that describe only how to draw the pixels: nothing in them can name a patient.
const PIXEL_CHUNKS = new Set(['IHDR', 'PLTE', 'IDAT', 'IEND', 'tRNS', 'gAMA', 'cHRM', 'sRGB', 'sBIT', 'bKGD', 'pHYs', 'hIST', 'acTL', 'fcTL', 'fdAT']);
// Read by exifr (XMP, EXIF); reported here only if exifr could not make sense of them.
const XMP_KEYWORD = 'XML:com.adobe.xmp';

export function isPng(bytes: Buffer): boolean {
  return bytes.length >= 8 && bytes.subarray(0, 8).equals(PNG_SIGNATURE);
}

export type PngChunk = { type: string; data: Buffer };

/** The chunks of a PNG file in order; a damaged tail stops the walk rather than throwing. */
export function pngChunks(bytes: Buffer): PngChunk[] {
  const chunks: PngChunk[] = [];
  let offset = 8;
  while (offset + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    if (offset + 12 + length > bytes.length) break;
    chunks.push({ type, data: bytes.subarray(offset + 8, offset + 8 + length) });
    offset += 12 + length;
    if (type === 'IEND') break;
  }
  return chunks;
}

function inflate(data: Buffer): string | null {
  try {
    return zlib.inflateSync(data, { maxOutputLength: 1 << 22 }).toString('utf8');
  } catch {
    return null;
  }
}

function textChunk(chunk: PngChunk): { keyword: string; text: string | null } {
  const nul = chunk.data.indexOf(0);
  const keyword = chunk.data.toString('latin1', 0, nul < 0 ? chunk.data.length : nul);
  if (nul < 0) return { keyword, text: null };
  if (chunk.type === 'tEXt') return { keyword, text: chunk.data.toString('latin1', nul + 1) };
  if (chunk.type === 'zTXt') return { keyword, text: inflate(chunk.data.subarray(nul + 2)) };
  // iTXt: keyword, compression flag, method, language tag, translated keyword, text.
  const compressed = chunk.data[nul + 1] === 1;
  const langEnd = chunk.data.indexOf(0, nul + 3);
  const transEnd = langEnd < 0 ? -1 : chunk.data.indexOf(0, langEnd + 1);
  if (transEnd < 0) return { keyword, text: null };
  const body = chunk.data.subarray(transEnd + 1);
  return { keyword, text: compressed ? inflate(body) : body.toString('utf8') };
}

/**
 * What a PNG carries besides pixels: text chunks (tEXt, zTXt, iTXt), the modification time,
 * the colour profile's name, and any chunk we do not know (reported, because it could hold
 * anything). `exifrRead` says whether exifr already reported the file's EXIF and XMP.
 */
export function pngMetadata(bytes: Buffer, exifrRead: { exif: boolean; xmp: boolean; icc: boolean }): MetadataField[] {
  const fields: MetadataField[] = [];
  for (const chunk of pngChunks(bytes)) {
    if (PIXEL_CHUNKS.has(chunk.type)) continue;
    if (chunk.type === 'tEXt' || chunk.type === 'zTXt' || chunk.type === 'iTXt') {
      const { keyword, text } = textChunk(chunk);
      if (keyword === XMP_KEYWORD) {
        if (!exifrRead.xmp) fields.push({ tag: 'XMP', value: 'an XMP packet', label: 'XMP metadata' });
        continue;
      }
      const value = text === null ? 'unreadable text' : plainDate(text.trim());
      fields.push({ tag: `PNG:${chunk.type}:${keyword}`, value, label: labelFor(keyword.replace(/\s+(\w)/g, (_, c: string) => c.toUpperCase())) });
    } else if (chunk.type === 'tIME' && chunk.data.length >= 7) {
      const d = chunk.data;
      const p = (n: number) => String(n).padStart(2, '0');
      const stamp = `${d.readUInt16BE(0)}:${p(d[2])}:${p(d[3])} ${p(d[4])}:${p(d[5])}:${p(d[6])}`;
      fields.push({ tag: 'PNG:tIME', value: plainDate(stamp), label: 'Date modified' });
    } else if (chunk.type === 'iCCP') {
      if (exifrRead.icc) continue;
      const nul = chunk.data.indexOf(0);
      const name = chunk.data.toString('latin1', 0, nul < 0 ? Math.min(79, chunk.data.length) : nul);
      fields.push({ tag: 'ICC:ProfileName', value: name || 'unnamed', label: 'Colour profile' });
    } else if (chunk.type === 'eXIf') {
      if (!exifrRead.exif) fields.push({ tag: 'EXIF', value: `${chunk.data.length} bytes`, label: 'EXIF block' });
    } else {
      fields.push({ tag: `PNG:${chunk.type}`, value: `${chunk.data.length} bytes`, label: `Embedded data (${chunk.type} chunk)` });
    }
  }
  return fields;
}
