import type { Lexicon } from './lexicon';
import type { Word } from './textWords';

const HEAD_LOOKAHEAD = 3;

// Head nouns that follow an eponym and almost never a person's name in a sentence.
const EPONYM_HEADS = new Set([
  'syndrome', 'syndromes', 'disease', 'diseases', 'sign', 'signs', 'triad', 'tetrad', 'pentad', 'maneuver', 'manoeuvre',
  'fracture', 'fractures', 'criteria', 'criterion', 'score', 'scale', 'classification', 'reflex', 'phenomenon', 'law', 'palsy',
  'murmur', 'tumor', 'tumour', 'lymphoma', 'sarcoma', 'procedure', 'operation', 'incision', 'nodes', 'lesions', 'spots',
  'nodules', 'anomaly', 'rule', 'rules', 'formula', 'equation', 'pupil', 'pouch', 'ligament', 'catheter', 'stain', 'tear',
  'diverticulum', 'cyst', 'ulcer', 'hernia', 'neuroma', 'encephalopathy', 'dystrophy', 'thyroiditis', 'test', 'tetralogy', 'angina',
  'doctrine', 'spotted', 'formula', 'wort',
]);

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
    const eponym = lex.eponyms.has(w.lower) || (w.lower.includes('-') && w.lower.split('-').some((p) => lex.eponyms.has(p)));
    const personName = lex.firstNames.has(w.lower) || lex.lastNames.has(w.lower);
    if (eponym && (w.possessive || !personName || /^\s*\d/.test(text.slice(w.end, w.end + 3)))) {
      out.add(i);
      continue;
    }
    // "Reynolds' pentad", "Ringer's lactate": a surname's possessive before a head noun is an eponym.
    const nextWord = words[i + 1];
    if (w.possessive && nextWord && lex.headNouns.has(nextWord.lower) && (!lex.firstNames.has(w.lower) || EPONYM_HEADS.has(nextWord.lower))) {
      out.add(i);
      continue;
    }
    if (w.possessive) continue;
    // A capitalised run ending in a head noun: "Ottawa ankle rules", "San Francisco syncope rule",
    // "Austin Flint murmur". A person's name only yields to an eponymic head noun ("murmur", not "heart").
    for (let j = i + 1; j <= i + HEAD_LOOKAHEAD && j < words.length; j++) {
      const n = words[j];
      if (lex.headNouns.has(n.lower)) {
        if (personName && !eponym && !EPONYM_HEADS.has(n.lower)) break;
        for (let k = i; k < j; k++) out.add(k);
        break;
      }
      if (!n.cap || words[j - 1].possessive) break;
    }
  }
  markEponymNeighbours(words, lex, out);
  return out;
}

const NEIGHBOURHOOD = 6;

// "Budd-Chiari, Gilbert and Crigler-Najjar", "Grey Turner and Cullen": an eponym that is also a
// surname counts as medicine among other eponyms or eponymic head nouns, unless a given name or a
// title stands right before it ("Jane Gilbert", "Mr. Cullen").
function markEponymNeighbours(words: readonly Word[], lex: Lexicon, out: Set<number>): void {
  if (out.size === 0) return;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!w.cap || out.has(i) || !lex.eponyms.has(w.lower)) continue;
    const prev = words[i - 1];
    if (prev && prev.cap && (lex.firstNames.has(prev.lower) || /^(?:mr|mrs|ms|dr|miss|prof|mx)$/.test(prev.lower))) continue;
    let near = false;
    for (let k = Math.max(0, i - NEIGHBOURHOOD); k <= Math.min(words.length - 1, i + NEIGHBOURHOOD) && !near; k++) {
      near = k !== i && ((out.has(k) && lex.eponyms.has(words[k].lower.split('-')[0])) || EPONYM_HEADS.has(words[k].lower));
    }
    if (near) out.add(i);
  }
}
