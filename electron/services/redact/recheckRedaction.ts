import { StudioFailure } from '../../../shared/api/errors';
import type { ImageFinding, MetadataField } from '../../../shared/phi/types';
import { readMetadata } from '../metadata/readMetadata';
import { greyFromRaw } from '../ocr/greyPixels';
import { recognizeLines } from '../ocr/recognizeLines';
import { decodeImage } from './decodeImage';
import { findFaces } from './findFaces';
import { findPhiInLines } from './findImagePhi';

export type Recheck = { findings: ImageFinding[]; faces: ImageFinding[]; metadata: MetadataField[] };

/**
 * Reads an encoded output back as a stranger would: decodes it, OCRs it with every pass, runs
 * the PHI detector on what it reads, looks for faces, and lists any metadata. Anything found is
 * a redaction that did not hold.
 */
export async function recheckRedaction(
  bytes: Buffer,
  expected: { width: number; height: number; isRadiograph: boolean; faces: boolean },
  options: { signal?: AbortSignal; onProgress?: (fraction: number) => void } = {},
): Promise<Recheck> {
  const metadata = await readMetadata(bytes);
  const image = await decodeImage(bytes);
  if (image.width !== expected.width || image.height !== expected.height) {
    throw new StudioFailure('internal', `The redacted image came out ${image.width}×${image.height} instead of ${expected.width}×${expected.height}; nothing was saved.`);
  }
  const onProgress = options.onProgress ?? (() => {});
  const grey = greyFromRaw(image);
  const lines = await recognizeLines({ ...grey, channels: 1 }, { signal: options.signal, onProgress: (f) => onProgress(0.9 * f) });
  const findings = findPhiInLines(lines, grey, expected.isRadiograph);
  if (options.signal?.aborted) throw new StudioFailure('cancelled', 'Redaction cancelled.');
  const faces = expected.faces ? await findFaces(image) : [];
  onProgress(1);
  return { findings, faces, metadata };
}
