import type { PlatformId } from '../../shared/model/platforms';
import { platformLabels } from '../../shared/model/platforms';
import type { PlatformLimits } from '../../shared/model/slideFormat';

/** The most slides one post may carry on the strictest of its platforms ("4 on Bluesky"). */
export type ItemLimit = { max: number; platform: string; unit: 'images' | 'pages' };

/**
 * The strictest item limit among the post's platforms, or null when none publishes one. A
 * LinkedIn document post is one PDF, counted in pages (its limit is the PDF's, not the images').
 */
export function itemLimit(platforms: readonly PlatformId[], limits: readonly PlatformLimits[], formatId: string): ItemLimit | null {
  const document = formatId.includes('document');
  let best: ItemLimit | null = null;
  for (const l of limits) {
    if (!platforms.includes(l.platform)) continue;
    const pages = document && l.documentPdf ? l.documentPdf.maxPages : null;
    const max = pages ?? l.maxItems;
    if (!best || max < best.max) best = { max, platform: platformLabels[l.platform], unit: pages === null ? 'images' : 'pages' };
  }
  return best;
}

/** A warning when the post has more slides than the limit allows (it does not stop anything). */
export function overLimitWarning(slides: number, limit: ItemLimit | null): string | null {
  if (!limit || slides <= limit.max) return null;
  return `${slides} slides: ${limit.platform} takes at most ${limit.max} ${limit.unit} in one post. Split it, or the rest will not be posted.`;
}
