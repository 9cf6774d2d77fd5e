import type { Caption } from '../../model/reel';
import { readingSpeed } from '../../reel/captionScript';
import { formatClock, reelDurationMs } from '../../reel/timeline';
import type { ComplianceFinding, CompliancePost } from '../types';

/** Characters a second most viewers can read in passing (subtitle guidance is 15–20). */
export const MAX_READING_CPS = 20;

const where = (c: Caption, what: string) => ({ key: `caption:${c.id}/${what}`, label: `Caption at ${formatClock(c.startMs)}`, field: 'reelCaption' as const, captionId: c.id, atMs: c.startMs });

/**
 * Rule 7's timing of a reel's captions (warnings: the teaching works only if the words can be
 * read): too many characters for the time shown, two captions on screen at once (burned in, they
 * are drawn over each other), and captions after the reel's end (never shown).
 */
export function reelCaptionFindings(post: CompliancePost): ComplianceFinding[] {
  if (post.format !== 'reel') return [];
  const captions = [...(post.document.reel?.captions ?? [])].filter((c) => c.text.trim()).sort((a, b) => a.startMs - b.startMs);
  const end = reelDurationMs(post.document.scenes);
  const out: ComplianceFinding[] = [];
  captions.forEach((c, i) => {
    const label = `Caption at ${formatClock(c.startMs)}`;
    if (c.startMs >= end) {
      out.push({ rule: 'platform', severity: 'warning', where: where(c, 'after-end'), message: `${label} starts after the reel ends (${formatClock(end)}): it is never shown. Move it or remove it.` });
      return;
    }
    const shownMs = Math.min(c.endMs, end) - c.startMs;
    const cps = readingSpeed({ ...c, endMs: c.startMs + shownMs });
    if (cps > MAX_READING_CPS) {
      out.push({
        rule: 'platform',
        severity: 'warning',
        where: where(c, 'speed'),
        message: `${label} asks viewers to read ${Math.round(cps)} characters a second; most people follow about ${MAX_READING_CPS} at most: give it more time or fewer words.`,
      });
    }
    const next = captions[i + 1];
    if (next && next.startMs < c.endMs && next.startMs < end) {
      out.push({ rule: 'platform', severity: 'warning', where: where(c, 'overlap'), message: `${label} is still showing when the caption at ${formatClock(next.startMs)} starts: burned in, the two are drawn over each other.` });
    }
  });
  return out;
}
