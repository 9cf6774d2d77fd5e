import type { Box } from '../../../shared/phi/types';
import type { DicomDataset } from './dicomCodec';
import { rescaleOf } from './frameTransforms';
import { sampleOffset, sampleReader, sampleWriter, type PixelLayout } from './pixelLayout';
import { assertRenderable, isMonochrome } from './renderFrame';

/**
 * How far past a found box the fill reaches: text boxes from OCR are tight and anti-aliased
 * edges spill a pixel or two, so the margin grows with the text's height.
 */
export function growBox(box: Box, layout: PixelLayout): Box | null {
  const [x, y, w, h] = box;
  const margin = Math.max(3, Math.ceil(0.2 * Math.min(w, h)));
  const x0 = Math.max(0, Math.floor(x - margin));
  const y0 = Math.max(0, Math.floor(y - margin));
  const x1 = Math.min(layout.columns, Math.ceil(x + w + margin));
  const y1 = Math.min(layout.rows, Math.ceil(y + h + margin));
  return x1 > x0 && y1 > y0 ? [x0, y0, x1 - x0, y1 - y0] : null;
}

/**
 * The stored sample values that display as black: for monochrome, the darkest value present in
 * the image (the minimum for MONOCHROME2, the maximum for MONOCHROME1, swapped again by a
 * negative rescale slope), so the fill stays inside the image's own range; black for colour.
 */
export function blackSamples(layout: PixelLayout, dict: DicomDataset): number[] {
  if (!isMonochrome(layout)) {
    const full = 2 ** Math.min(layout.bitsStored, 16);
    return layout.photometric === 'YBR_FULL' ? [0, full / 2, full / 2] : [0, 0, 0];
  }
  const read = sampleReader(layout);
  const step = layout.bitsAllocated / 8;
  let min = Infinity;
  let max = -Infinity;
  for (let o = 0, end = layout.frameBytes * layout.frames; o < end; o += step) {
    const v = read(o);
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const darkIsLow = (layout.photometric === 'MONOCHROME2') === (rescaleOf(dict, 0).slope > 0);
  return [darkIsLow ? min : max];
}

function contains(outer: Box, inner: Box): boolean {
  return outer[0] <= inner[0] && outer[1] <= inner[1] && outer[0] + outer[2] >= inner[0] + inner[2] && outer[1] + outer[3] >= inner[1] + inner[3];
}

/** The same label found in several frames comes back several times: fill (and report) it once. */
function withoutRepeats(boxes: Box[]): Box[] {
  return boxes.filter((b, i) => !boxes.some((o, j) => j !== i && contains(o, b) && (!contains(b, o) || j < i)));
}

/**
 * Overwrites every box, grown by a margin, in every frame with solid black: the pixels are
 * gone from the file, not hidden under an overlay. Returns the rectangles actually filled.
 */
export function fillBoxes(layout: PixelLayout, dict: DicomDataset, boxes: readonly Box[]): Box[] {
  assertRenderable(layout);
  const filled = withoutRepeats(boxes.map((b) => growBox(b, layout)).filter((b): b is Box => b !== null));
  if (filled.length === 0) return [];
  const black = blackSamples(layout, dict);
  const write = sampleWriter(layout);
  for (let frame = 0; frame < layout.frames; frame++) {
    for (const [x0, y0, w, h] of filled) {
      for (let y = y0; y < y0 + h; y++) {
        for (let x = x0; x < x0 + w; x++) {
          for (let s = 0; s < layout.samplesPerPixel; s++) write(sampleOffset(layout, frame, x, y, s), black[s]);
        }
      }
    }
  }
  return filled;
}
