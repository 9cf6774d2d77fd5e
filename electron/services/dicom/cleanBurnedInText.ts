import { fullRangeWindow } from '../../../shared/dicom/windowing';
import type { Box } from '../../../shared/phi/types';
import { fillBoxes } from './cleanPixels';
import type { DicomDataset } from './dicomCodec';
import type { BurnedInFinder } from './dicomDeidTypes';
import { firstText } from './dicomValues';
import { firstWindowOf, rescaleOf } from './frameTransforms';
import type { PixelLayout } from './pixelLayout';
import { isMonochrome, monochromeValues, renderFrame, type RenderedFrame } from './renderFrame';

// Modalities whose images routinely carry text in the pixels (ultrasound, secondary capture,
// angiography, endoscopy and photography), whatever BurnedInAnnotation says.
const TEXT_PRONE_MODALITIES = new Set(['US', 'IVUS', 'SC', 'OT', 'XA', 'RF', 'ES', 'XC', 'GM', 'DOC']);

/**
 * The renderings given to the text finder: frame 1 as a viewer shows it; for a clip also the
 * middle and last frames; for a monochrome image also frame 1 over its full range, since text
 * burned in at a value the window clips (white text on bone in a soft-tissue window) is
 * invisible in the first rendering yet still in the pixels.
 */
function renderingsToSearch(dict: DicomDataset, layout: PixelLayout): RenderedFrame[] {
  const frames = [...new Set([0, Math.floor(layout.frames / 2), layout.frames - 1])];
  const out = frames.map((frame) => renderFrame({ dict, layout }, { frame }));
  if (isMonochrome(layout)) {
    const { slope, intercept } = rescaleOf(dict, 0);
    const full = fullRangeWindow(monochromeValues(layout, 0), slope, intercept);
    const first = firstWindowOf(dict, 0);
    if (first && (first.center !== full.center || first.width !== full.width)) out.push(renderFrame({ dict, layout }, { frame: 0, window: full }));
  }
  return out;
}

/**
 * The Clean Pixel Data option: finds burned-in text and overwrites it in every frame. Returns
 * the rectangles destroyed, or null when nothing was (no finder, no pixels, no text found),
 * with a warning wherever that leaves a doubt.
 */
export async function cleanBurnedInText(
  dict: DicomDataset,
  layout: PixelLayout | null,
  modality: string,
  find: BurnedInFinder | undefined,
  warnings: string[],
): Promise<Box[] | null> {
  if (!layout) return null;
  const flag = (firstText(dict, '00280301') ?? '').toUpperCase();
  if (!find) {
    const why =
      flag === 'YES'
        ? 'is marked as carrying burned-in annotation'
        : TEXT_PRONE_MODALITIES.has(modality)
          ? 'is of a kind that usually carries text in its pixels'
          : null;
    warnings.push(
      why
        ? `Burned-in text was not checked: this ${modality || 'DICOM'} image ${why}, and no text finder was given.`
        : 'Burned-in text was not checked (no text finder was given).',
    );
    return null;
  }
  const found: Box[] = [];
  for (const image of renderingsToSearch(dict, layout)) found.push(...(await find(image)));
  if (found.length === 0) {
    if (flag === 'YES') warnings.push('The file says text is burned into the image, but none was found: look at the image before sharing it.');
    return null;
  }
  return fillBoxes(layout, dict, found);
}
