import { finding } from './finding';
import { SHORT_TITLES, WORD_TITLES } from './nameWords';
import type { Word } from './textWords';
import type { PhiFinding } from './types';

const STRONG = 0.75;

/**
 * A name found once with good evidence is a name everywhere in the same text: "nicknamed "Tank"
 * … Tank, you are a legend", "Mrs. Kealoha … Kealoha's daughter".
 */
export function sameNameElsewhere(text: string, words: readonly Word[], found: readonly PhiFinding[]): PhiFinding[] {
  const names = new Set<string>();
  const strong = found.filter((f) => f.kind === 'name' && f.confidence >= STRONG).sort((x, y) => x.start - y.start);
  // One pass over words and findings together (both sorted by position).
  let k = 0;
  for (const w of words) {
    while (k < strong.length && strong[k].end <= w.start) k++;
    if (k === strong.length) break;
    const f = strong[k];
    if (w.start >= f.start && w.end <= f.end && w.cap && w.text.length >= 3 && !SHORT_TITLES.has(w.lower) && !WORD_TITLES.has(w.lower)) names.add(w.lower);
  }
  if (names.size === 0) return [];
  const out: PhiFinding[] = [];
  for (const w of words) {
    if (w.cap && !w.tag && names.has(w.lower)) out.push(finding(text, w.start, w.end, 'name', 0.7, 'same name elsewhere in the text'));
  }
  return out;
}
