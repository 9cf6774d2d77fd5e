import type { Box, ImageFinding } from '../../../shared/phi/types';
import { faceRegion, pixelateRegion } from '../faces/destroyFace';
import type { RawImage as FaceImage } from '../faces/rawImage';
import type { RawImage } from '../ocr/ocrTypes';
import { padTextBox } from './imageRegions';

export type FaceMode = 'pixelate' | 'solid';
export type RedactionModes = { face?: FaceMode };

// The face engine's primitives walk `channels` samples a pixel whatever their number; only its
// type says RGB(A). Grey images reach here too (a face in a black-and-white photo).
const asFaceImage = (image: RawImage) => image as unknown as FaceImage;

/** Black, and opaque where the image has alpha, so a box is seen rather than turned into a hole. */
function fillSolid(image: RawImage, [x0, y0, w, h]: Box): void {
  const { width, channels, data } = image;
  const colour = channels === 2 || channels === 4 ? channels - 1 : channels;
  for (let y = y0; y < y0 + h; y++) {
    for (let p = (y * width + x0) * channels, end = (y * width + x0 + w) * channels; p < end; p += channels) {
      for (let c = 0; c < colour; c++) data[p + c] = 0;
      if (colour !== channels) data[p + channels - 1] = 255;
    }
  }
}

/**
 * Burns findings into the pixels, in place, and returns the boxes actually changed. Text is
 * always a solid fill, whatever is asked: blur or pixelation over text can be reversed or read
 * through. Faces (with the face engine's margin for hair, ears and jaw) are pixelated to about
 * six cells across, or filled when asked.
 */
export function burnRedactions(image: RawImage, findings: readonly ImageFinding[], modes: RedactionModes = {}): Box[] {
  const burned: Box[] = [];
  for (const f of findings) {
    if (f.kind === 'face') {
      const region = faceRegion(asFaceImage(image), f.box);
      if (modes.face === 'solid') fillSolid(image, region);
      else pixelateRegion(asFaceImage(image), f.box);
      burned.push(region);
    } else {
      const box = padTextBox(f.box, image.width, image.height);
      fillSolid(image, box);
      burned.push(box);
    }
  }
  return burned;
}
