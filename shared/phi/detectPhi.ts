import { coordinatedNames } from './coordinatedNames';
import { lexicon } from './lexicon';
import { medicalWordIndices } from './medicalContext';
import { mergeFindings } from './mergeFindings';
import { findAgesOver89 } from './rules/ages';
import { findContacts } from './rules/contact';
import { findCornerText, joinCornerNeighbours } from './rules/cornerText';
import { findDates } from './rules/dates';
import { findFacilities } from './rules/facilities';
import { findIdentifiers } from './rules/identifiers';
import { findNames } from './rules/names';
import { findPlaces } from './rules/places';
import { findRelativeDates } from './rules/relativeDates';
import { sameNameElsewhere } from './sameNameElsewhere';
import { textWords } from './textWords';
import type { PhiFinding } from './types';

export type DetectPhiOptions = {
  /** Radiograph-corner mode for OCR'd text at image edges: anything name-, date- or number-like is PHI. */
  strict?: boolean;
};

// Recall comes first (a missed identifier can end a career; a false alarm costs a click), so the
// bar is low: a lone listed given name mid-sentence passes, a lone surname at a sentence start just does.
const MIN_CONFIDENCE = 0.5;

/**
 * PHI in free text: findings sorted by start, non-overlapping, with UTF-16 offsets
 * (`text.slice(start, end) === finding.text`). Pure and synchronous.
 */
export function detectPhi(text: string, options: DetectPhiOptions = {}): PhiFinding[] {
  if (!text) return [];
  const lex = lexicon();
  const words = textWords(text);
  const medical = medicalWordIndices(text, words, lex);
  const vocab = new Set<string>();
  for (const w of words) {
    vocab.add(w.lower);
    // "mid-June", "Loeys-Dietz": the parts of a hyphenated word count as words for the rule gates.
    if (w.lower.includes('-')) for (const part of w.lower.split('-')) vocab.add(part);
  }
  const groups: PhiFinding[][] = [
    findDates(text, vocab),
    findRelativeDates(text, words),
    findAgesOver89(text, vocab),
    findContacts(text),
    findIdentifiers(text, vocab),
    findFacilities(text, lex, vocab, words),
    findPlaces(text, words, lex, medical, vocab),
    findNames(text, words, lex, medical),
  ];
  if (options.strict) groups.push(findCornerText(text));
  const kept: PhiFinding[] = [];
  for (const group of groups) for (const f of group) if (f.confidence >= MIN_CONFIDENCE) kept.push(f);
  for (const f of coordinatedNames(text, words, lex, kept)) kept.push(f);
  for (const f of sameNameElsewhere(text, words, kept)) kept.push(f);
  const merged = mergeFindings(text, kept);
  return options.strict ? joinCornerNeighbours(text, merged) : merged;
}
