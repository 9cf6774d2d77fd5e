import type { TextRange } from '../../shared/model/slideObjects';

/**
 * Keeps styled runs on the characters they styled after an in-place edit. The edit is taken as one
 * replaced span (common prefix and suffix kept), which is what typing, pasting and deleting produce.
 * A run inside the replaced span shrinks with it; runs after it shift; empty runs go.
 */
export function rangesAfterEdit(before: string, after: string, ranges: readonly TextRange[]): TextRange[] {
  if (before === after) return [...ranges];
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before[start] === after[start]) start++;
  let tail = 0;
  while (tail < max - start && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  const oldEnd = before.length - tail; // replaced span in `before`: [start, oldEnd)
  const newEnd = after.length - tail; // its replacement in `after`: [start, newEnd)
  const shift = newEnd - oldEnd;
  // A run starting where text is inserted moves right (the new text goes before it); a run ending
  // there grows (text typed at the end of a run takes its style, as in every editor).
  const mapStart = (i: number) => (i < start ? i : i >= oldEnd ? i + shift : start);
  const mapEnd = (i: number) => (i < start || (i === start && oldEnd > start) ? i : i >= oldEnd ? i + shift : newEnd);
  const out: TextRange[] = [];
  for (const r of ranges) {
    const s = mapStart(r.start);
    const e = Math.min(mapEnd(r.end), after.length);
    if (e > s) out.push({ ...r, start: s, end: e });
  }
  return out;
}
