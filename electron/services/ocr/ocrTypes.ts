import type { Box } from '../../../shared/phi/types';

/** Decoded pixels, row by row, 8 bits a sample. */
export type RawImage = { width: number; height: number; channels: 1 | 2 | 3 | 4; data: Uint8Array };

export type OcrWord = { text: string; box: Box; confidence: number };

/**
 * A line of text found in an image. Boxes are in the original image's pixels whatever pass read
 * them; `rotation` is how far the image was turned clockwise for the text to read upright, and
 * `inverted` says the line was read on the negative.
 */
export type OcrLine = {
  text: string;
  box: Box;
  words: OcrWord[];
  confidence: number;
  rotation: 0 | 90 | 270;
  inverted: boolean;
};

export type RecognizeOptions = {
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
  /** Which passes to run; all of them unless told (the re-check always runs all). */
  passes?: readonly OcrPassKind[];
};

export type OcrPassKind = 'upright' | 'rotated90' | 'rotated270' | 'inverted';
