import type { Box } from '../../../shared/phi/types';
import type { GreyImage } from '../ocr/greyPixels';

export type InkReach = {
  /** 'x' for text read left to right, 'y' for text written vertically. */
  axis: 'x' | 'y';
  /** The widest gap of clean background to cross, in text heights (word spaces ≈ 0.5). */
  maxGap: number;
  /** How far to grow on each side at most, in text heights. */
  maxGrow: number;
};

type Levels = { text: number; background: number };

/**
 * The glyphs' and the background's grey levels in a text box: Otsu's split of its pixels, the
 * smaller class being the glyph strokes (they cover less of a box than the background does).
 */
function textLevels(image: GreyImage, [x0, y0, w, h]: Box): Levels | null {
  const histogram = new Uint32Array(256);
  for (let y = y0; y < y0 + h; y++) for (let x = x0; x < x0 + w; x++) histogram[image.data[y * image.width + x]]++;
  const total = w * h;
  let sum = 0;
  for (let v = 0; v < 256; v++) sum += v * histogram[v];
  let best = -1;
  let split: { below: number; m0: number; m1: number } | null = null;
  let below = 0;
  let sumBelow = 0;
  for (let t = 0; t < 255; t++) {
    below += histogram[t];
    sumBelow += t * histogram[t];
    if (below === 0 || below === total) continue;
    const m0 = sumBelow / below;
    const m1 = (sum - sumBelow) / (total - below);
    const between = below * (total - below) * (m0 - m1) ** 2;
    if (between > best) {
      best = between;
      split = { below, m0, m1 };
    }
  }
  if (!split || split.m1 - split.m0 < 24) return null;
  const brightIsText = total - split.below < split.below;
  return brightIsText ? { text: split.m1, background: split.m0 } : { text: split.m0, background: split.m1 };
}

/**
 * Grows a text box along its reading direction over neighbouring glyph ink that the OCR left
 * out (the first letters of a truncated word, the digits of a half-read number). A slice across
 * the line counts as ink when it holds a pixel near the glyphs' level and is not flat, so text
 * running over bone still counts while plain bone or background stops the growth, as does a gap
 * wider than `maxGap` or a growth past `maxGrow`.
 */
export function extendOverInk(image: GreyImage, box: Box, reach: InkReach): Box {
  const x0 = Math.max(0, Math.floor(box[0]));
  const y0 = Math.max(0, Math.floor(box[1]));
  const x1 = Math.min(image.width, Math.ceil(box[0] + box[2]));
  const y1 = Math.min(image.height, Math.ceil(box[1] + box[3]));
  if (x1 - x0 < 2 || y1 - y0 < 2) return box;
  const levels = textLevels(image, [x0, y0, x1 - x0, y1 - y0]);
  if (!levels) return box;
  const contrast = Math.abs(levels.text - levels.background);
  const bright = levels.text > levels.background;
  // Near the glyphs' own level, and standing out from what is around it in the slice.
  const isTextLevel = (v: number) => (bright ? v >= levels.text - 0.35 * contrast : v <= levels.text + 0.35 * contrast);
  const minRange = 0.15 * contrast;
  const along = reach.axis === 'x';
  const [lo, hi] = along ? [y0, y1] : [x0, x1];
  const span = hi - lo;
  const size = span;
  const limit = along ? image.width : image.height;

  const sliceHasInk = (at: number): boolean => {
    let text = false;
    let min = 255;
    let max = 0;
    for (let k = lo; k < hi; k++) {
      const v = along ? image.data[k * image.width + at] : image.data[at * image.width + k];
      if (isTextLevel(v)) text = true;
      if (v < min) min = v;
      if (v > max) max = v;
    }
    // A flat slice (clean background, or bone as bright as the text) holds no stroke.
    return text && max - min >= minRange;
  };

  const grow = (start: number, step: 1 | -1): number => {
    let edge = start;
    let gap = 0;
    const maxGap = Math.max(1, Math.round(reach.maxGap * size));
    const stop = start + step * Math.round(reach.maxGrow * size);
    for (let at = start + step; at >= 0 && at < limit && (step > 0 ? at <= stop : at >= stop); at += step) {
      if (sliceHasInk(at)) {
        edge = at;
        gap = 0;
      } else if (++gap > maxGap) break;
    }
    return edge;
  };

  if (along) {
    const left = grow(x0, -1);
    const right = grow(x1 - 1, 1);
    return [left, y0, right + 1 - left, y1 - y0];
  }
  const top = grow(y0, -1);
  const bottom = grow(y1 - 1, 1);
  return [x0, top, x1 - x0, bottom + 1 - top];
}
