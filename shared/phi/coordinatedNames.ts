import { finding } from './finding';
import type { Lexicon } from './lexicon';
import type { Word } from './textWords';
import type { PhiFinding } from './types';

// A listed given name at a sentence start (0.65) is enough to vouch for its partner.
const STRONG = 0.65;
const AND_AFTER = /^\s+and\s+/i;
const RELATION = /^\s+and\s+(?:(?:his|her|their|my)\s+(?:brother|sister|wife|husband|son|daughter|mom|mum|mother|dad|father|twin|partner|friend|cousin|grandson|granddaughter)\s+)?$/i;

/**
 * A capitalised word joined by "and" to a name found with good evidence is a name too:
 * "Rosa and Manuel Ortega", "Obi and his brother Chinedu".
 */
export function coordinatedNames(text: string, words: readonly Word[], lex: Lexicon, found: readonly PhiFinding[]): PhiFinding[] {
  const out: PhiFinding[] = [];
  const strongStarts = new Set<number>();
  // Where a word would start right after "<strong name> and ": one lookup per word later.
  const afterAnd = new Set<number>();
  for (const f of found) {
    if (f.kind !== 'name' || f.confidence < STRONG) continue;
    strongStarts.add(f.start);
    const and = AND_AFTER.exec(text.slice(f.end, f.end + 12));
    if (and) afterAnd.add(f.end + and[0].length);
  }
  if (strongStarts.size === 0) return out;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!w.cap || w.allCaps || w.tag || w.text.length < 2 || lex.common.has(w.lower) || lex.medical.has(w.lower) || lex.properNouns.has(w.lower)) continue;
    // "Björn and Agnetha": a name before, joined by "and".
    if (afterAnd.has(w.start)) {
      out.push(finding(text, w.start, w.end, 'name', 0.7, 'name joined to another name'));
      continue;
    }
    for (let k = i + 2; k <= i + 5 && k < words.length; k++) {
      if (!strongStarts.has(words[k].start)) continue;
      if (RELATION.test(text.slice(w.end + (w.possessive ? 2 : 0), words[k].start))) out.push(finding(text, w.start, w.end, 'name', 0.7, 'name joined to another name'));
      break;
    }
  }
  return out;
}
