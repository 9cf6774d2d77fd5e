import type { OcrWord } from './ocrTypes';

/** A word as one pass read it, in that pass's upright frame. */
export type PassWord = OcrWord & { inverted: boolean };

/**
 * Groups words into lines: same baseline band, similar height, and a gap no wider than about
 * three letters. Sparse-text segmentation splits one line into many; this puts it back together
 * so "PETERSON, CARLOS" reaches the detector as one line.
 */
export function groupIntoLines(words: readonly PassWord[]): PassWord[][] {
  const sorted = [...words].sort((a, b) => a.box[0] - b.box[0]);
  const lines: PassWord[][] = [];
  for (const word of sorted) {
    const [x, y, , h] = word.box;
    let target: PassWord[] | null = null;
    let bestGap = Infinity;
    for (const line of lines) {
      const last = line[line.length - 1];
      const [lx, ly, lw, lh] = last.box;
      const overlap = Math.min(y + h, ly + lh) - Math.max(y, ly);
      if (overlap < 0.5 * Math.min(h, lh)) continue;
      if (Math.max(h, lh) > 2 * Math.min(h, lh)) continue;
      const gap = x - (lx + lw);
      const size = Math.max(h, lh);
      if (gap < -0.5 * size || gap > 2 * size) continue;
      if (gap < bestGap) {
        bestGap = gap;
        target = line;
      }
    }
    if (target) target.push(word);
    else lines.push([word]);
  }
  return lines;
}
