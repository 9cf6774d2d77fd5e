import type { Counting } from './data/platformText';

// Links are shortened by X (t.co) and Mastodon to a fixed 23 characters whatever their length.
const URL = /\bhttps?:\/\/[^\s<>"]+|\b(?:[a-z0-9-]+\.)+(?:com|org|net|edu|gov|io|co|uk|de|fr|ly|me|app|health)(?:\/[^\s<>"]*)?/gi;
const LINK_LENGTH = 23;

// twitter-text v3 configuration: these code point ranges weigh 1, everything else 2; an emoji
// (a whole grapheme such as 👩‍⚕️) weighs 2.
const LIGHT_RANGES: [number, number][] = [
  [0, 4351],
  [8192, 8205],
  [8208, 8223],
  [8242, 8247],
];
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const graphemes = (text: string) => Array.from(segmenter.segment(text), (s) => s.segment);

function xWeight(text: string): number {
  let n = 0;
  for (const g of graphemes(text)) {
    if (EMOJI.test(g)) {
      n += 2;
      continue;
    }
    for (const ch of g) {
      const cp = ch.codePointAt(0)!;
      n += LIGHT_RANGES.some(([a, b]) => cp >= a && cp <= b) ? 1 : 2;
    }
  }
  return n;
}

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
      return withLinks(t, xWeight);
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
