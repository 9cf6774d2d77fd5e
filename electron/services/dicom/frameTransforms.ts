import type { DicomDataset } from './dicomCodec';
import { firstNumber, items } from './dicomValues';

export type Window = { center: number; width: number };

// Enhanced multi-frame objects keep rescale and window in functional groups rather than at the
// top level: shared by all frames, or per frame.
const SHARED_GROUPS = '52009229';
const PER_FRAME_GROUPS = '52009230';
const PIXEL_VALUE_TRANSFORMATION = '00289145';
const FRAME_VOI_LUT = '00289132';

function functionalGroupItem(dict: DicomDataset, frame: number, sequence: string): DicomDataset | undefined {
  const perFrame = items(dict[PER_FRAME_GROUPS])[frame];
  const fromFrame = perFrame && items(perFrame[sequence])[0];
  if (fromFrame) return fromFrame;
  const shared = items(dict[SHARED_GROUPS])[0];
  return shared ? items(shared[sequence])[0] : undefined;
}

/** Modality LUT as slope and intercept (identity when absent). */
export function rescaleOf(dict: DicomDataset, frame: number): { slope: number; intercept: number } {
  const source = dict['00281053'] || dict['00281052'] ? dict : functionalGroupItem(dict, frame, PIXEL_VALUE_TRANSFORMATION);
  const slope = source ? firstNumber(source, '00281053') : undefined;
  const intercept = source ? firstNumber(source, '00281052') : undefined;
  return { slope: slope === undefined || slope === 0 ? 1 : slope, intercept: intercept ?? 0 };
}

/** The first VOI window the file gives (the one its author meant to be seen first), if any. */
export function firstWindowOf(dict: DicomDataset, frame: number): Window | null {
  const source = dict['00281050'] ? dict : functionalGroupItem(dict, frame, FRAME_VOI_LUT);
  if (!source) return null;
  const center = firstNumber(source, '00281050');
  const width = firstNumber(source, '00281051');
  return center !== undefined && width !== undefined && width > 0 ? { center, width } : null;
}
