import fs from 'node:fs';
import dicomParser from 'dicom-parser';
import { StudioFailure } from '../../../shared/api/errors';
import { applyWindow, firstDecimal } from '../../../shared/dicom/windowing';
import { MAX_IMAGE_PIXELS } from './imageLimits';
import { thumbnailFromRaw } from './probeImage';

export type DicomProbe = { width: number; height: number; frames: number; modality: string | null; thumbnail: Buffer | null };

const UNCOMPRESSED = new Set(['1.2.840.10008.1.2', '1.2.840.10008.1.2.1', '1.2.840.10008.1.2.2']);

function parse(bytes: Uint8Array): dicomParser.DataSet {
  try {
    return dicomParser.parseDicom(bytes);
  } catch (err) {
    const message = typeof err === 'string' ? err : ((err as { exception?: string }).exception ?? (err as Error).message);
    const text = String(message);
    const truncated = /greater than or equal to|buffer overread|beyond the end/i.test(text);
    throw new StudioFailure(
      'corrupt',
      truncated ? 'The DICOM file is truncated: it ends before its data does.' : `The DICOM file cannot be read: ${text.replace(/^dicomParser\.\w+: /, '')}`,
    );
  }
}

/**
 * Reads a DICOM file's image geometry and renders its first frame, windowed, as a thumbnail.
 * Compressed pixel data is accepted for import; its preview waits for the de-identification
 * engine, which decodes or refuses it.
 */
export async function probeDicom(file: string): Promise<DicomProbe> {
  const bytes = new Uint8Array(await fs.promises.readFile(file));
  const ds = parse(bytes);
  const pixel = ds.elements.x7fe00010;
  if (!pixel || pixel.length === 0) {
    throw new StudioFailure('unsupported', 'This DICOM file holds no image (no pixel data), so there is nothing to show.');
  }
  const width = ds.uint16('x00280011') ?? 0;
  const height = ds.uint16('x00280010') ?? 0;
  if (!width || !height) throw new StudioFailure('corrupt', 'The DICOM image has no rows or columns.');
  if (width * height > MAX_IMAGE_PIXELS) throw new StudioFailure('too_large', `The DICOM image is ${width}×${height}: too large.`);
  const frames = Math.max(1, Number(ds.string('x00280008') ?? '1') || 1);
  const modality = ds.string('x00080060') ?? null;
  const syntax = ds.string('x00020010') ?? '1.2.840.10008.1.2';
  if (!UNCOMPRESSED.has(syntax)) return { width, height, frames, modality, thumbnail: null };

  const samples = ds.uint16('x00280002') ?? 1;
  const bitsAllocated = ds.uint16('x00280100') ?? 16;
  const signed = (ds.uint16('x00280103') ?? 0) === 1;
  const photometric = (ds.string('x00280004') ?? 'MONOCHROME2').trim();
  const frameSamples = width * height * samples;
  const frameBytes = (frameSamples * bitsAllocated) / 8;
  if (pixel.dataOffset + frameBytes > bytes.length || pixel.length < frameBytes) {
    throw new StudioFailure('corrupt', 'The DICOM pixel data is shorter than its image size: the file is truncated.');
  }
  const start = pixel.dataOffset;
  if (samples === 3) {
    if (bitsAllocated !== 8) return { width, height, frames, modality, thumbnail: null };
    const planar = (ds.uint16('x00280006') ?? 0) === 1;
    const rgb = new Uint8Array(frameSamples);
    const src = bytes.subarray(start, start + frameSamples);
    if (!planar) rgb.set(src);
    else for (let i = 0, n = width * height; i < n; i++) for (let c = 0; c < 3; c++) rgb[i * 3 + c] = src[c * n + i];
    return { width, height, frames, modality, thumbnail: await thumbnailFromRaw(rgb, width, height, 3) };
  }
  const values = readSamples(bytes, start, width * height, bitsAllocated, signed, syntax === '1.2.840.10008.1.2.2');
  const center = firstDecimal(ds.string('x00281050'));
  const windowWidth = firstDecimal(ds.string('x00281051'));
  const grey = applyWindow({
    values,
    slope: firstDecimal(ds.string('x00281053')) ?? 1,
    intercept: firstDecimal(ds.string('x00281052')) ?? 0,
    invert: photometric === 'MONOCHROME1',
    window: center !== null && windowWidth !== null && windowWidth > 0 ? { center, width: windowWidth } : null,
  });
  return { width, height, frames, modality, thumbnail: await thumbnailFromRaw(grey, width, height, 1) };
}

function readSamples(bytes: Uint8Array, offset: number, count: number, bits: number, signed: boolean, bigEndian: boolean): ArrayLike<number> {
  const view = new DataView(bytes.buffer, bytes.byteOffset + offset, (count * bits) / 8);
  if (bits === 8) return signed ? new Int8Array(bytes.buffer, bytes.byteOffset + offset, count) : bytes.subarray(offset, offset + count);
  const out = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    if (bits === 16) out[i] = signed ? view.getInt16(i * 2, !bigEndian) : view.getUint16(i * 2, !bigEndian);
    else out[i] = signed ? view.getInt32(i * 4, !bigEndian) : view.getUint32(i * 4, !bigEndian);
  }
  return out;
}
