import { hasNoLower, startsUpper } from './letters';

/** One word of a text, with what the context rules need to know about it. */
export type Word = {
  start: number;
  /** End of the word without a possessive ('s, ’s or a trailing apostrophe). */
  end: number;
  text: string;
  lower: string;
  /** First letter upper case. */
  cap: boolean;
  /** Every letter upper case (and more than one letter). */
  allCaps: boolean;
  possessive: boolean;
  /** First word of a sentence, line or quotation: capitalised for grammar, not for a name (capitalised words only). */
  sentenceStart: boolean;
  /** Part of an @handle or #hashtag: public social-media names, not the patient's (capitalised words only). */
  tag: boolean;
};

function inTag(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0 && start - i < 40; i--) {
    const c = text[i];
    if (c === '@' || c === '#') return true;
    const code = c.charCodeAt(0);
    const wordChar = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 46;
    if (!wordChar) return false;
  }
  return false;
}

// Letters of the capitalised scripts (the ranges of letters.ts), tested by code point: a hand
// scanner runs several times faster than the equivalent regex over every word of every post.
function isLetterCode(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x370 && c <= 0x4ff) || (c >= 0x1e00 && c <= 0x1eff);
}
const isMarkCode = (c: number): boolean => c >= 0x300 && c <= 0x36f;
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;

/** End of the word starting at `i`: letters with inner apostrophes and hyphens (O'Brien, Al-Sayed, Jean-Luc). */
function wordEnd(text: string, i: number): number {
  const n = text.length;
  let j = i + 1;
  for (;;) {
    while (j < n && (isLetterCode(text.charCodeAt(j)) || isMarkCode(text.charCodeAt(j)))) j++;
    const c = text.charCodeAt(j);
    if (j + 1 < n && (isApostrophe(c) || c === 45) && isLetterCode(text.charCodeAt(j + 1))) {
      j += 2;
      continue;
    }
    return j;
  }
}

function startsSentence(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '"' || c === '“' || c === '(' || c === '*' || c === '_') continue;
    // "2/ Lactate is…": a thread part number opens a sentence too.
    if (c === '/' && i > 0 && text.charCodeAt(i - 1) >= 48 && text.charCodeAt(i - 1) <= 57) return true;
    return c === '.' || c === '!' || c === '?' || c === '\n' || c === ':' || c === ';' || c === '•' || c === '\r' || c.charCodeAt(0) > 0x2000 && c !== '—' && c !== '–' && c !== '’' && c !== '”';
  }
  return true;
}

/** The words of `text`, in order. */
export function textWords(text: string): Word[] {
  const out: Word[] = [];
  const len = text.length;
  for (let i = 0; i < len; i++) {
    if (!isLetterCode(text.charCodeAt(i))) continue;
    const start = i;
    const stop = wordEnd(text, i);
    i = stop;
    let w = text.slice(start, stop);
    let possessive = false;
    const n = w.length;
    const last = w.charCodeAt(n - 1);
    // A final 's (or a trailing apostrophe after s) is a possessive, split off the word.
    if (n > 3 && (last === 115 || last === 83) && isApostrophe(w.charCodeAt(n - 2))) {
      w = w.slice(0, -2);
      possessive = true;
    } else if (last === 115 && isApostrophe(text.charCodeAt(stop)) && !isLetterCode(text.charCodeAt(stop + 1))) {
      possessive = true;
    }
    const cap = startsUpper(w);
    out.push({
      start,
      end: start + w.length,
      text: w,
      lower: w.toLowerCase(),
      cap,
      allCaps: cap && w.length > 1 && hasNoLower(w),
      possessive,
      // Only capitalised words are ever judged by these two; lowercase words skip the scans.
      sentenceStart: cap && startsSentence(text, start),
      tag: cap && start > 0 && inTag(text, start),
    });
  }
  return out;
}

/** The word ending exactly at `end`, by binary search. */
export function wordEndingAt(words: readonly Word[], end: number): Word | undefined {
  let lo = 0;
  let hi = words.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid].end < end) lo = mid + 1;
    else if (words[mid].end > end) hi = mid - 1;
    else return words[mid];
  }
  return undefined;
}

/** The word starting exactly at `start`, by binary search. */
export function wordStartingAt(words: readonly Word[], start: number): Word | undefined {
  let lo = 0;
  let hi = words.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid].start < start) lo = mid + 1;
    else if (words[mid].start > start) hi = mid - 1;
    else return words[mid];
  }
  return undefined;
}
