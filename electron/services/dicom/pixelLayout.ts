import { StudioFailure } from '../../../shared/api/errors';
import { MAX_IMAGE_PIXELS } from '../media/imageLimits';
import type { DicomDataset } from './dicomCodec';
import { firstNumber, firstText } from './dicomValues';
import { isBigEndian } from './transferSyntaxes';

export const PIXEL_DATA = '7FE00010';

/** How the samples of a native (uncompressed) PixelData element are laid out. */
export type PixelLayout = {
  rows: number;
  columns: number;
  frames: number;
  samplesPerPixel: number;
  bitsAllocated: number;
  bitsStored: number;
  signed: boolean;
  photometric: string;
  /** 1: all reds, then all greens, then all blues, per frame. */
  planar: boolean;
  littleEndian: boolean;
  frameBytes: number;
  /** The pixel bytes themselves (a view: writing here changes the dataset). */
  data: Uint8Array;
};

function pixelBytes(value: unknown[] | undefined): Uint8Array | null {
  const parts = (value ?? []).filter((v): v is ArrayBuffer => v instanceof ArrayBuffer);
  if (parts.length === 0) return null;
  if (parts.length === 1) return new Uint8Array(parts[0]);
  // Native pixel data arrives in one piece; should a reader hand it over in several, join them once.
  const total = parts.reduce((n, p) => n + p.byteLength, 0);
  const joined = new Uint8Array(total);
  let offset = 0;
  for (const p of parts) {
    joined.set(new Uint8Array(p), offset);
    offset += p.byteLength;
  }
  value!.length = 0;
  value!.push(joined.buffer);
  return joined;
}

/** The layout of the image, or null for a dataset without pixel data (a report, a structured document). */
export function readPixelLayout(dict: DicomDataset, transferSyntax: string): PixelLayout | null {
  const el = dict[PIXEL_DATA];
  if (dict['7FE00008'] || dict['7FE00009']) {
    throw new StudioFailure('unsupported', 'DICOM images with floating-point pixel data are not supported yet.');
  }
  const data = el ? pixelBytes(el.Value) : null;
  if (!data || data.length === 0) {
    // Rows and columns promise an image: without its pixels the file was cut short.
    if (dict['00280010'] && dict['00280011']) {
      throw new StudioFailure('corrupt', 'This DICOM file describes an image but holds no pixel data: it is probably truncated.');
    }
    return null;
  }
  const rows = firstNumber(dict, '00280010') ?? 0;
  const columns = firstNumber(dict, '00280011') ?? 0;
  if (!rows || !columns) throw new StudioFailure('corrupt', 'This DICOM image has pixel data but no rows or columns.');
  if (rows * columns > MAX_IMAGE_PIXELS) throw new StudioFailure('too_large', `This DICOM image is ${columns}×${rows}: too large to process.`);
  const frames = Math.max(1, Math.trunc(firstNumber(dict, '00280008') ?? 1));
  const samplesPerPixel = firstNumber(dict, '00280002') ?? 1;
  const bitsAllocated = firstNumber(dict, '00280100') ?? 16;
  const bitsStored = firstNumber(dict, '00280101') ?? bitsAllocated;
  const photometric = (firstText(dict, '00280004') ?? (samplesPerPixel === 3 ? 'RGB' : 'MONOCHROME2')).toUpperCase();
  if (![8, 16, 32].includes(bitsAllocated)) {
    throw new StudioFailure('unsupported', `DICOM images with ${bitsAllocated} bits per sample are not supported yet.`);
  }
  if (/^YBR_(FULL_422|PARTIAL_42[02])$/.test(photometric)) {
    // Chroma-subsampled samples are laid out in pairs, not one triplet a pixel.
    throw new StudioFailure('unsupported', `DICOM images in the ${photometric} colour model are not supported yet.`);
  }
  if (samplesPerPixel !== 1 && samplesPerPixel !== 3) {
    throw new StudioFailure('unsupported', `DICOM images with ${samplesPerPixel} samples per pixel are not supported yet.`);
  }
  const frameBytes = (rows * columns * samplesPerPixel * bitsAllocated) / 8;
  if (data.length < frameBytes * frames) {
    throw new StudioFailure('corrupt', `This DICOM file's pixel data is shorter than its ${frames} frame${frames > 1 ? 's' : ''} of ${columns}×${rows}: the file is truncated.`);
  }
  return {
    rows,
    columns,
    frames,
    samplesPerPixel,
    bitsAllocated,
    bitsStored: Math.min(bitsStored, bitsAllocated),
    signed: firstNumber(dict, '00280103') === 1,
    photometric,
    planar: samplesPerPixel === 3 && firstNumber(dict, '00280006') === 1,
    littleEndian: !isBigEndian(transferSyntax),
    frameBytes,
    data,
  };
}

/** Reads one stored sample as a number, sign and bit depth applied. */
export function sampleReader(layout: PixelLayout): (byteOffset: number) => number {
  const { data, bitsAllocated, bitsStored, signed, littleEndian } = layout;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const shift = 32 - bitsStored;
  // Bits above BitsStored may hold overlay planes or noise; they are not part of the value.
  const mask = bitsStored >= 32 ? 0xffffffff : 2 ** bitsStored - 1;
  if (bitsAllocated === 8) {
    return signed ? (o) => ((data[o] & mask) << shift) >> shift : (o) => data[o] & mask;
  }
  if (bitsAllocated === 16) {
    return signed ? (o) => ((view.getUint16(o, littleEndian) & mask) << shift) >> shift : (o) => view.getUint16(o, littleEndian) & mask;
  }
  return signed ? (o) => view.getInt32(o, littleEndian) : (o) => view.getUint32(o, littleEndian);
}

/** Writes one stored sample (two's complement for signed pixels), leaving the byte order as found. */
export function sampleWriter(layout: PixelLayout): (byteOffset: number, value: number) => void {
  const { data, bitsAllocated, littleEndian } = layout;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (bitsAllocated === 8) return (o, v) => (data[o] = v & 0xff);
  if (bitsAllocated === 16) return (o, v) => view.setUint16(o, v & 0xffff, littleEndian);
  return (o, v) => view.setUint32(o, v >>> 0, littleEndian);
}

/** The byte offset of sample `sample` of pixel (x, y) in frame `frame`. */
export function sampleOffset(layout: PixelLayout, frame: number, x: number, y: number, sample: number): number {
  const bytes = layout.bitsAllocated / 8;
  const pixel = y * layout.columns + x;
  const index = layout.planar ? sample * layout.rows * layout.columns + pixel : pixel * layout.samplesPerPixel + sample;
  return frame * layout.frameBytes + index * bytes;
}
