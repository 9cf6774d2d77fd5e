import { countText, graphemeCount } from '../thread/countText';
import type { TextLimit, TextPlatformId } from '../thread/textRules';
import type { Counting } from './data/platformText';

// One counting code for the whole app: the threads composer's (shared/thread/countText.ts). The
// pass only needs the length, so the limit fields of the rule it builds do not matter here.
function asRule(platform: TextPlatformId): TextLimit {
  return { platform, maxLength: 100_000, maxBytes: null, urlLength: 23, thread: true, sentencesPerPost: null, seeMore: null, source: 'https://example.org', checked: '2026-11-25', secondary: false };
}

/** The length of `text` as the platform counts it against its limit (text is NFC-normalised first, as X does). */
export function countCharacters(text: string, counting: Counting): number {
  const t = text.normalize('NFC');
  switch (counting) {
    case 'x-weighted':
      return countText(t, asRule('x')).length;
    case 'threads':
      return countText(t, asRule('threads')).length;
    case 'mastodon':
      return countText(t, asRule('mastodon')).length;
    case 'graphemes':
      return graphemeCount(t);
    case 'code-points':
      return [...t].length;
  }
}

/** Sentences in `text`, roughly: split after . ! ? (not inside numbers such as 2.5 or abbreviations like e.g.). */
export function sentencesOf(text: string): string[] {
  return text
    .replace(/\b(e\.g|i\.e|vs|etc|Dr|Mr|Mrs|Ms|Prof|approx|fig|no)\./gi, (m) => m.replace(/\./g, '\u2024'))
    .split(/(?<=[.!?])\s+(?=\S)|\n{2,}/)
    .map((s) => s.replace(/\u2024/g, '.').trim())
    .filter((s) => /\p{L}/u.test(s));
}
