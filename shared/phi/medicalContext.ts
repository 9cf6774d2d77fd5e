import type { Lexicon } from './lexicon';
import type { Word } from './textWords';

const HEAD_LOOKAHEAD = 3;

/**
 * Indices of words that are medicine, not people or places: drugs, clinical words, units, and
 * eponyms ("Wilson's triad", "Parkinson's", "Glasgow Coma Scale", "Smith fracture", "Apgar 9").
 * An eponym that is also a common surname only counts with eponymic context, so "Mr. Wilson" and
 * "Jane Smith" stay names.
 */
export function medicalWordIndices(text: string, words: readonly Word[], lex: Lexicon): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    // Only capitalised words can be mistaken for names or places; the rest need no mark.
    if (!w.cap) continue;
    if (lex.medical.has(w.lower) && !w.possessive) {
      out.add(i);
      continue;
    }
    const eponym = lex.eponyms.has(w.lower);
    const personName = lex.firstNames.has(w.lower) || lex.lastNames.has(w.lower);
    if (eponym && (w.possessive || !personName || /^\s*\d/.test(text.slice(w.end, w.end + 3)))) {
      out.add(i);
      continue;
    }
    // "Reynolds' pentad", "Ringer's lactate": a surname's possessive before a head noun is an eponym.
    const nextWord = words[i + 1];
    if (w.possessive && nextWord && lex.headNouns.has(nextWord.lower) && !lex.firstNames.has(w.lower)) {
      out.add(i);
      continue;
    }
    if (!eponym && personName) continue;
    // A capitalised run ending in a head noun: "Ottawa ankle rules", "San Francisco syncope rule".
    for (let j = i + 1; j <= i + HEAD_LOOKAHEAD && j < words.length; j++) {
      const n = words[j];
      if (lex.headNouns.has(n.lower)) {
        for (let k = i; k < j; k++) out.add(k);
        break;
      }
      if (!n.cap || words[j - 1].possessive) break;
    }
  }
  return out;
}
