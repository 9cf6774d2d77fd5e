import { StudioFailure } from '../../../shared/api/errors';

export const IMPLICIT_LITTLE_ENDIAN = '1.2.840.10008.1.2';
export const EXPLICIT_LITTLE_ENDIAN = '1.2.840.10008.1.2.1';
export const DEFLATED_LITTLE_ENDIAN = '1.2.840.10008.1.2.1.99';
export const EXPLICIT_BIG_ENDIAN = '1.2.840.10008.1.2.2';

/** Transfer syntaxes whose pixels are stored as plain samples, which we can read and overwrite. */
const NATIVE = new Set([IMPLICIT_LITTLE_ENDIAN, EXPLICIT_LITTLE_ENDIAN, DEFLATED_LITTLE_ENDIAN, EXPLICIT_BIG_ENDIAN]);

// Names a clinician or their PACS admin will recognise in a refusal message.
const NAMES: Record<string, string> = {
  '1.2.840.10008.1.2.4.50': 'JPEG Baseline',
  '1.2.840.10008.1.2.4.51': 'JPEG Extended',
  '1.2.840.10008.1.2.4.57': 'JPEG Lossless',
  '1.2.840.10008.1.2.4.70': 'JPEG Lossless SV1',
  '1.2.840.10008.1.2.4.80': 'JPEG-LS Lossless',
  '1.2.840.10008.1.2.4.81': 'JPEG-LS Near-Lossless',
  '1.2.840.10008.1.2.4.90': 'JPEG 2000 Lossless',
  '1.2.840.10008.1.2.4.91': 'JPEG 2000',
  '1.2.840.10008.1.2.4.92': 'JPEG 2000 Part 2 Lossless',
  '1.2.840.10008.1.2.4.93': 'JPEG 2000 Part 2',
  '1.2.840.10008.1.2.4.94': 'JPIP',
  '1.2.840.10008.1.2.4.95': 'JPIP Deflate',
  '1.2.840.10008.1.2.4.100': 'MPEG-2 video',
  '1.2.840.10008.1.2.4.101': 'MPEG-2 video',
  '1.2.840.10008.1.2.4.102': 'MPEG-4 (H.264) video',
  '1.2.840.10008.1.2.4.103': 'MPEG-4 (H.264) video',
  '1.2.840.10008.1.2.4.104': 'MPEG-4 (H.264) video',
  '1.2.840.10008.1.2.4.105': 'MPEG-4 (H.264) video',
  '1.2.840.10008.1.2.4.106': 'MPEG-4 (H.264) video',
  '1.2.840.10008.1.2.4.107': 'HEVC (H.265) video',
  '1.2.840.10008.1.2.4.108': 'HEVC (H.265) video',
  '1.2.840.10008.1.2.4.201': 'High-Throughput JPEG 2000 Lossless',
  '1.2.840.10008.1.2.4.202': 'High-Throughput JPEG 2000 Lossless RPCL',
  '1.2.840.10008.1.2.4.203': 'High-Throughput JPEG 2000',
  '1.2.840.10008.1.2.5': 'RLE Lossless',
};

export function transferSyntaxName(uid: string): string {
  if (uid === IMPLICIT_LITTLE_ENDIAN) return 'Implicit VR Little Endian';
  if (uid === EXPLICIT_LITTLE_ENDIAN) return 'Explicit VR Little Endian';
  if (uid === DEFLATED_LITTLE_ENDIAN) return 'Deflated Explicit VR Little Endian';
  if (uid === EXPLICIT_BIG_ENDIAN) return 'Explicit VR Big Endian';
  return NAMES[uid] ?? `transfer syntax ${uid}`;
}

/**
 * Refuses pixel encodings we cannot overwrite sample by sample. Decoding, cleaning and
 * re-encoding a compressed image would need a codec per syntax; until then a clear refusal is
 * safer than passing compressed pixels through with burned-in text intact.
 */
export function assertNativeTransferSyntax(uid: string): void {
  if (NATIVE.has(uid)) return;
  throw new StudioFailure(
    'unsupported',
    `Compressed DICOM (${transferSyntaxName(uid)}) is not supported yet: convert it to uncompressed DICOM (for example with \`gdcmconv --raw\` or \`dcmdjpeg\`) and try again.`,
  );
}

export function isBigEndian(uid: string): boolean {
  return uid === EXPLICIT_BIG_ENDIAN;
}
