import type { Box } from '../../shared/phi/types';
import type { TimedRedaction } from '../../shared/model/reel';

/**
 * Where a timed box is at a source time: inside its span, linear between keys, held before the
 * first key and after the last (as the export's filter graph does); null outside its span or when
 * rejected.
 */
export function boxAtTime(r: TimedRedaction, tMs: number): Box | null {
  if (r.status === 'rejected' || tMs < r.startMs || tMs >= r.endMs) return null;
  const keys = r.keys;
  if (tMs <= keys[0].tMs) return keys[0].box;
  for (let i = 1; i < keys.length; i++) {
    const a = keys[i - 1];
    const b = keys[i];
    if (tMs <= b.tMs) {
      const k = (tMs - a.tMs) / (b.tMs - a.tMs);
      return [0, 1, 2, 3].map((j) => a.box[j] + (b.box[j] - a.box[j]) * k) as unknown as Box;
    }
  }
  return keys[keys.length - 1].box;
}
