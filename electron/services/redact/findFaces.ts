import type { ImageFinding } from '../../../shared/phi/types';
import { detectFaces } from '../faces/detectFaces';
import type { RawImage } from '../ocr/ocrTypes';

/** The face detector wants RGB or RGBA; grey images are spread over three channels. */
function asColour(image: RawImage): { width: number; height: number; channels: 3 | 4; data: Uint8Array } {
  const { width, height, channels, data } = image;
  if (channels === 3 || channels === 4) return { width, height, channels, data };
  const out = new Uint8Array(width * height * 3);
  for (let i = 0, p = 0; i < width * height; i++, p += channels) out.fill(data[p], i * 3, i * 3 + 3);
  return { width, height, channels: 3, data: out };
}

/** Faces in an image, as findings to burn. */
export async function findFaces(image: RawImage): Promise<ImageFinding[]> {
  const faces = await detectFaces(asColour(image));
  return faces.map((f) => ({
    box: f.box,
    text: '',
    kind: 'face' as const,
    source: 'face' as const,
    confidence: Math.max(0, Math.min(1, f.score)),
    reason: 'a face (a full-face photograph identifies the patient)',
  }));
}
