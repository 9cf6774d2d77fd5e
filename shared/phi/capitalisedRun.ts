import { LETTER, MARK, UPPER } from './letters';

// Extending a match backwards over the capitalised words that name it ("Lakeview Memorial" before
// "Hospital", "Lackawanna" before "County"). Searching for the rare head word first and walking
// back is far cheaper than a regex that tries every capitalised word in a text.

const CAP_WORD_AT_END = new RegExp(`[${UPPER}][${LETTER}${MARK}'’.-]*$`);
const WORD_AT_END = new RegExp(`[${LETTER}&]+$`);
const LETTER_OR_DIGIT = new RegExp(`[${LETTER}0-9]`);
const CONNECTORS = new Set(['of', 'and', '&', 'de', 'la', 'del', 'di', 'for', 'du', 'des', 'y']);

/**
 * Start of the run of up to `maxWords` capitalised words ending right before `pos` (separated by
 * single spaces; connectors such as "of" or "de" may sit inside the run). Returns `pos` when the
 * word before is not capitalised. `minWords` capitalised words are required, else `pos`.
 */
export function capitalisedRunStart(text: string, pos: number, maxWords: number, minWords = 1, connectors = true): number {
  let start = pos;
  let count = 0;
  let cursor = pos;
  while (count < maxWords) {
    let gapEnd = cursor;
    while (gapEnd > 0 && gapEnd > cursor - 2 && (text[gapEnd - 1] === ' ' || text[gapEnd - 1] === '\u00a0')) gapEnd--;
    if (gapEnd === cursor) break;
    const chunk = text.slice(Math.max(0, gapEnd - 40), gapEnd);
    const m = CAP_WORD_AT_END.exec(chunk);
    const word = m ? m[0] : (WORD_AT_END.exec(chunk)?.[0] ?? '');
    if (!word) break;
    const wordStart = gapEnd - word.length;
    if (wordStart > 0 && LETTER_OR_DIGIT.test(text[wordStart - 1])) break;
    if (m) {
      count++;
      start = wordStart;
    } else if (!(connectors && CONNECTORS.has(word.toLowerCase()) && count > 0)) break;
    cursor = wordStart;
  }
  return count >= minWords ? start : pos;
}
