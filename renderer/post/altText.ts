import type { PlatformId } from '../../shared/model/platforms';
import { platformLabels } from '../../shared/model/platforms';
import type { PlatformLimits } from '../../shared/model/slideFormat';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Platforms count alt text in graphemes (an emoji with skin tone is one), not UTF-16 units. */
export function graphemeCount(text: string): number {
  let n = 0;
  for (const _ of segmenter.segment(text)) n += 1;
  return n;
}

export type AltTextLimit = { max: number; platform: string } | null;

/** The strictest alt-text limit among the post's platforms (null when none of them publishes one). */
export function altTextLimit(platforms: readonly PlatformId[], limits: readonly PlatformLimits[]): AltTextLimit {
  let best: AltTextLimit = null;
  for (const l of limits) {
    if (!platforms.includes(l.platform) || l.maxAltText === null) continue;
    if (!best || l.maxAltText < best.max) best = { max: l.maxAltText, platform: platformLabels[l.platform] };
  }
  return best;
}
