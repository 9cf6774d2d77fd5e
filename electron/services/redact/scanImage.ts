import type { Box, ImageFinding, MetadataField } from '../../../shared/phi/types';
import { readMetadata } from '../metadata/readMetadata';
import { decodeImage } from './decodeImage';
import { findFaces } from './findFaces';
import { findImagePhi } from './findImagePhi';
import { isGreyscaleImage } from './imageRegions';

export type ImageScan = { width: number; height: number; findings: ImageFinding[]; faces: Box[]; faceFindings: ImageFinding[]; metadata: MetadataField[] };

/**
 * Everything identifying in one image: burned-in text (OCR through the PHI detector), faces
 * (on colour photos; a grey radiograph has none to find) and metadata in plain words.
 */
export async function scanImage(
  bytes: Buffer,
  options: { signal?: AbortSignal; onProgress?: (fraction: number) => void; faces?: boolean } = {},
): Promise<ImageScan> {
  const image = await decodeImage(bytes);
  const lookForFaces = options.faces ?? !isGreyscaleImage(image);
  const textShare = lookForFaces ? 0.8 : 1;
  const findings = await findImagePhi(image, {
    signal: options.signal,
    onProgress: (f) => options.onProgress?.(f * textShare),
  });
  const faces = lookForFaces ? await findFaces(image) : [];
  options.onProgress?.(1);
  return {
    width: image.width,
    height: image.height,
    findings,
    faces: faces.map((f) => f.box),
    faceFindings: faces,
    metadata: await readMetadata(bytes),
  };
}
