import type { AssetKind } from '../model/asset';

export type SniffResult =
  | { ok: true; kind: AssetKind; mime: string; label: string }
  | { ok: false; reason: 'unsupported' | 'not-media'; message: string };

/** How many leading bytes `sniffMedia` needs to decide. */
export const SNIFF_BYTES = 512;

function ascii(bytes: Uint8Array, start: number, length: number): string {
  let out = '';
  for (let i = start; i < start + length && i < bytes.length; i++) out += String.fromCharCode(bytes[i]);
  return out;
}

function startsWith(bytes: Uint8Array, signature: number[], offset = 0): boolean {
  return signature.every((b, i) => bytes[offset + i] === b);
}

// HEIF brands: decoding HEIC needs a codec we do not ship yet, so say so instead of failing later.
const heifBrands = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1', 'avif', 'avis']);
const quicktimeBrands = new Set(['qt  ']);
// iTunes-style audio brands; an audio-only MP4 under a generic brand (isom, mp42) is found to be
// audio when probed (it has no video track).
const audioBrands = new Set(['M4A ', 'M4B ', 'M4P ', 'F4A ']);

/** An MPEG audio frame header (MP3) or an ADTS header (raw AAC) at the start. */
function mpegAudio(head: Uint8Array): { mime: string; label: string } | null {
  if (head.length < 4 || head[0] !== 0xff) return null;
  if ((head[1] & 0xf6) === 0xf0) return { mime: 'audio/aac', label: 'AAC' };
  const layer = (head[1] >> 1) & 3;
  const bitrate = head[2] >> 4;
  const rate = (head[2] >> 2) & 3;
  if ((head[1] & 0xe0) === 0xe0 && layer !== 0 && bitrate !== 0xf && rate !== 3) return { mime: 'audio/mpeg', label: 'MP3' };
  return null;
}

/** The document type of an EBML file (WebM, Matroska), read from its header. */
function ebmlDocType(head: Uint8Array): string | null {
  if (!startsWith(head, [0x1a, 0x45, 0xdf, 0xa3])) return null;
  const text = ascii(head, 4, 60);
  return text.includes('webm') ? 'webm' : text.includes('matroska') ? 'matroska' : null;
}

/**
 * Decides what a file is from its first bytes, never from its name: a renamed executable or a
 * PNG called `.dcm` must be judged by what it holds.
 */
export function sniffMedia(head: Uint8Array): SniffResult {
  if (head.length === 0) return { ok: false, reason: 'not-media', message: 'The file is empty (0 bytes).' };
  if (startsWith(head, [0xff, 0xd8, 0xff])) return { ok: true, kind: 'image', mime: 'image/jpeg', label: 'JPEG' };
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { ok: true, kind: 'image', mime: 'image/png', label: 'PNG' };
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 4) === 'WEBP')
    return { ok: true, kind: 'image', mime: 'image/webp', label: 'WebP' };
  if (ascii(head, 128, 4) === 'DICM') return { ok: true, kind: 'dicom', mime: 'application/dicom', label: 'DICOM' };
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 4) === 'WAVE') return { ok: true, kind: 'audio', mime: 'audio/wav', label: 'WAV' };
  if (ascii(head, 0, 4) === 'OggS') return { ok: true, kind: 'audio', mime: 'audio/ogg', label: 'Ogg' };
  if (ascii(head, 0, 4) === 'fLaC') return { ok: true, kind: 'audio', mime: 'audio/flac', label: 'FLAC' };
  if (ascii(head, 0, 3) === 'ID3') return { ok: true, kind: 'audio', mime: 'audio/mpeg', label: 'MP3' };
  const mpeg = mpegAudio(head);
  if (mpeg) return { ok: true, kind: 'audio', ...mpeg };
  // WebM is what the browser's MediaRecorder writes, with or without a picture: taken as video
  // here and as audio when the probe finds no video track.
  const docType = ebmlDocType(head);
  if (docType === 'webm') return { ok: true, kind: 'video', mime: 'video/webm', label: 'WebM' };
  if (docType === 'matroska') return { ok: true, kind: 'video', mime: 'video/x-matroska', label: 'MKV' };
  if (ascii(head, 4, 4) === 'ftyp') {
    const brand = ascii(head, 8, 4);
    if (heifBrands.has(brand)) {
      return {
        ok: false,
        reason: 'unsupported',
        message: 'HEIC/HEIF photos are not supported yet: export the photo as JPEG or PNG and import that.',
      };
    }
    if (quicktimeBrands.has(brand)) return { ok: true, kind: 'video', mime: 'video/quicktime', label: 'MOV' };
    if (audioBrands.has(brand)) return { ok: true, kind: 'audio', mime: 'audio/mp4', label: 'M4A' };
    return { ok: true, kind: 'video', mime: 'video/mp4', label: 'MP4' };
  }
  // Old QuickTime files start with a moov/mdat/wide atom instead of ftyp.
  if (['moov', 'mdat', 'wide', 'free'].includes(ascii(head, 4, 4)))
    return { ok: true, kind: 'video', mime: 'video/quicktime', label: 'MOV' };
  if (startsWith(head, [0x4d, 0x5a]) || startsWith(head, [0x7f, 0x45, 0x4c, 0x46]) || ascii(head, 0, 2) === '#!')
    return { ok: false, reason: 'not-media', message: 'This is a program or script, not an image, video, audio or DICOM file.' };
  if ([0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe, 0xcafebabe].includes(readUint32(head)))
    return { ok: false, reason: 'not-media', message: 'This is a program, not an image, video, audio or DICOM file.' };
  if (startsWith(head, [0x47, 0x49, 0x46, 0x38]) || startsWith(head, [0x49, 0x49, 0x2a, 0x00]) || startsWith(head, [0x4d, 0x4d, 0x00, 0x2a]))
    return {
      ok: false,
      reason: 'unsupported',
      message: 'GIF and TIFF files are not supported: import JPEG, PNG, WebP, MP4/MOV/WebM, DICOM, or audio (MP3, WAV, M4A, Ogg/Opus).',
    };
  return {
    ok: false,
    reason: 'not-media',
    message: 'Not a supported file: MedPost Studio imports JPEG, PNG, WebP, MP4/MOV/WebM, DICOM and audio (MP3, WAV, M4A, Ogg/Opus).',
  };
}

function readUint32(bytes: Uint8Array): number {
  if (bytes.length < 4) return 0;
  return ((bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3]) >>> 0;
}
