import type { Box } from '../../../shared/phi/types';
import type { RenderedFrame } from './renderFrame';

/**
 * Finds burned-in text in an 8-bit rendering of a frame (the OCR engine in services/ocr); every
 * box it returns is destroyed in every frame of the image.
 */
export type BurnedInFinder = (image: RenderedFrame) => Promise<Box[]>;

export type DicomDeidReport = {
  modality: string;
  frames: number;
  /** The input's transfer syntax UID. */
  transferSyntax: string;
  /** Keywords of the attributes removed (profile X, names, dates, free text holding identifiers). */
  removed: string[];
  /** Keywords of the attributes given a dummy value or a new UID. */
  replaced: string[];
  /** Keywords of the attributes kept with an empty value. */
  emptied: string[];
  /** Distinct UIDs replaced. */
  uidsReplaced: number;
  privateTagsRemoved: number;
  /** True when burned-in text was found and overwritten in the pixels. */
  pixelsCleaned: boolean;
  /** The rectangles overwritten, in every frame (each found box grown by a margin). */
  boxes: Box[];
  warnings: string[];
  deidentifiedAt: string;
};
