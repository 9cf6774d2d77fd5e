import { detectPhi } from '../phi/detectPhi';
import type { PhiFinding } from '../phi/types';

// The text detector is the slow part of a pass (milliseconds per paragraph); a re-pass after one
// edit should only pay for the text that changed. Results are keyed by the text itself, so an
// undo that brings old text back is a hit too.
export type TextCache = { phi(text: string): readonly PhiFinding[]; readonly size: number };

export function createTextCache(capacity = 2000): TextCache {
  const memo = new Map<string, readonly PhiFinding[]>();
  return {
    phi(text) {
      const hit = memo.get(text);
      if (hit) {
        // Refresh its place so the oldest unused text is the one dropped.
        memo.delete(text);
        memo.set(text, hit);
        return hit;
      }
      const found = detectPhi(text);
      memo.set(text, found);
      if (memo.size > capacity) memo.delete(memo.keys().next().value as string);
      return found;
    },
    get size() {
      return memo.size;
    },
  };
}

/** One cache for every pass in this process (the panel re-passes on every edit). */
export const sharedTextCache: TextCache = createTextCache();
