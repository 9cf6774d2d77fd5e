import { LETTER, MARK, hasNoLower, startsUpper } from './letters';

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
    if (!/[\w.]/.test(c)) return false;
  }
  return false;
}

// Letters with inner apostrophes and hyphens (O'Brien, Al-Sayed, Jean-Luc); a final 's is split off.
const L = `[${LETTER}][${LETTER}${MARK}]*`;
const WORD = new RegExp(`${L}(?:['’]${L})*(?:-${L}(?:['’]${L})*)*`, 'g');
const IS_LETTER = new RegExp(`[${LETTER}]`);

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
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    let w = m[0];
    let possessive = false;
    const n = w.length;
    const last = w.charCodeAt(n - 1);
    if (n > 3 && (last === 115 || last === 83) && (w[n - 2] === "'" || w[n - 2] === '’')) {
      w = w.slice(0, -2);
      possessive = true;
    } else if (last === 115 && (text[m.index + n] === "'" || text[m.index + n] === '’') && !IS_LETTER.test(text[m.index + n + 1] ?? '')) {
      possessive = true;
    }
    const cap = startsUpper(w);
    out.push({
      start: m.index,
      end: m.index + w.length,
      text: w,
      lower: w.toLowerCase(),
      cap,
      allCaps: cap && w.length > 1 && hasNoLower(w),
      possessive,
      // Only capitalised words are ever judged by these two; lowercase words skip the scans.
      sentenceStart: cap && startsSentence(text, m.index),
      tag: cap && m.index > 0 && inTag(text, m.index),
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
