import twitter from 'twitter-text';
import type { Counting } from './data/platformText';

// Links are shortened by Mastodon to a fixed 23 characters whatever their length.
const URL = /\bhttps?:\/\/[^\s<>"]+|\b(?:[a-z0-9-]+\.)+(?:com|org|net|edu|gov|io|co|uk|de|fr|ly|me|app|health)(?:\/[^\s<>"]*)?/gi;
const LINK_LENGTH = 23;

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const graphemes = (text: string) => Array.from(segmenter.segment(text), (s) => s.segment);

function withLinks(text: string, rest: (s: string) => number): number {
  let total = 0;
  let last = 0;
  for (const m of text.matchAll(URL)) {
    total += rest(text.slice(last, m.index)) + LINK_LENGTH;
    last = m.index + m[0].length;
  }
  return total + rest(text.slice(last));
}

/** The length of `text` as the platform counts it against its limit (text is NFC-normalised first, as X does). */
export function countCharacters(text: string, counting: Counting): number {
  const t = text.normalize('NFC');
  switch (counting) {
    case 'x-weighted':
      // X's own library: NFC, links as 23, emoji and most non-Latin characters weigh 2.
      return twitter.parseTweet(t).weightedLength;
    case 'mastodon':
      return withLinks(t, (s) => [...s].length);
    case 'graphemes':
      return graphemes(t).length;
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
