import { asciiLower, needleOf, occurrences } from './asciiSearch';
import type { PixelLayout } from './pixelLayout';

/**
 * Pixel bytes can spell a short name or number by chance (an 8-bit ultrasound frame is millions
 * of bytes of mid-grey values, which are ASCII letters). The output is searched byte by byte for
 * every identifying string, so each chance match is broken by moving one sample by one grey
 * level: invisible, and the search then passes honestly. Returns the number of samples moved.
 */
export function breakChanceMatches(layout: PixelLayout, strings: readonly string[]): number {
  let moved = 0;
  const step = layout.bitsAllocated / 8;
  // The least significant byte of a sample: changing it by one moves the value by one.
  const lowByte = layout.littleEndian ? 0 : step - 1;
  for (let pass = 0; pass < 3; pass++) {
    const lower = asciiLower(layout.data);
    let changed = false;
    for (const s of strings) {
      const needle = needleOf(s);
      for (const at of occurrences(lower, needle)) {
        let target = at;
        while (target < at + needle.length && target % step !== lowByte) target++;
        if (target >= at + needle.length) target = at - (at % step) + lowByte; // a needle shorter than a sample
        layout.data[target] ^= 1;
        lower[target] = asciiLower(layout.data.subarray(target, target + 1))[0];
        moved++;
        changed = true;
      }
    }
    if (!changed) break;
  }
  return moved;
}
