import { finding } from '../finding';
import { LETTER } from '../letters';
import type { Lexicon } from '../lexicon';
import { NICKNAME_HEADS, NOT_INITIALS, PERSON_VERBS, SHORT_TITLES, STORY_VERBS, WORD_TITLES } from '../nameWords';
import { wordEndingAt, wordStartingAt, type Word } from '../textWords';
import { adjacent, cueBefore, isListed, listed, nameish, nameRun, NOT_NAME_ENDING, particleStart, type Ctx } from './nameEvidence';
import type { PhiFinding } from '../types';

const FAMILY_TITLES = new Set(['nana', 'grandma', 'grandpa', 'granny', 'auntie', 'aunty', 'aunt', 'uncle', 'abuela', 'abuelo', 'nonna', 'nonno', 'oma', 'opa', 'papaw', 'mamaw', 'gran', 'grandad', 'granddad', 'tia', 'tio']);
// "Big Data", "Little League": phrases, not nicknames.
const NOT_NICKNAMES = new Set(['data', 'pharma', 'league', 'ten', 'brother', 'sister', 'apple', 'bang', 'dipper', 'picture', 'mac', 'band', 'top', 'deal', 'time', 'food', 'tobacco', 'oil', 'tech', 'three', 'four', 'five', 'sur', 'women', 'house', 'book', 'bird', 'red', 'mermaid', 'prince', 'princess', 'leagues', 'steps', 'things', 'picture']);

// What follows a patient's name in a case line: "X, DOB …", "X (MRN …)", "X, a nonagenarian".
const IDENTITY_AFTER = /^\s*[,(–—-]?\s*(?:DOB|D\.O\.B\.?|MRN|MR#|SSN|med(?:ical)?\.?\s+rec|NHS\s+(?:no|number)|date\s+of\s+birth|born\s+(?:on|in)?\s*\d|(?:a|an)\s+(?:age\s+\d|aged\s+\d|\d{1,3}\s*(?:y\/?o|yo|-?year)|nonagenarian|centenarian)|in\s+(?:her|his|their)\s+\d0s|aged?\s+\d)/;
const VOCATIVE_AFTER = /^,\s+you(?:['’]re|\s+are|\s+were|\s+did|\s+made)\b/i;
const AGE_APPOSITIVE = /^(?:,\s*(?:a|an)?\s*\d{1,3}\b\s*(?:-?\s*(?:y\/?o|yo|y\.o\.|-?year-old|years?\s+old|yrs?)|[MF]\b)?\s*[,)]?|\s*\(\s*\d{1,3}\s*(?:[MF]|y\/?o|yo)?\s*\))/;
const INITIALS = /(?<![A-Za-zÀ-ÖØ-öø-ÿ])(?:[A-ZÀ-ÖØ-Þ]\.\s?){2,4}(?![A-Za-z])/g;
const INITIALS_AS_PERSON = /^\s*(?:,\s*(?:a|an)\s|\(|from\s|['’]s\s|transfers|presented|was\s+admitted|came\s|starts|started|went|had\s+(?:a|an|her|his)\s)/;
const INITIALS_CUE_BEFORE = /(?:\bfor|\bto|\bpatient|\bpt\.?|\bwith|\band)\s+$/i;
const INITIAL_CUES = new Set(['patient', 'pt', 'initials', 'client', 'resident', 'mr', 'mrs', 'ms']);
const CUED_INITIALS = /\b(?:patient|pt\.?|initials|client|resident|Mr\.?|Mrs\.?|Ms\.?)\s+([A-Z]{2,3})\b(?![a-z])/g;
const QUOTED = new RegExp(String.raw`["“‘']([A-Z][${LETTER}'-]+(?:\s[A-Z][${LETTER}'-]+)?)["”’'](?![${LETTER}])`, 'g');
const NICK_CUE = /(?:nicknamed|aka|a\.k\.a\.|goes\s+by|known\s+as|call(?:s|ed|ing)?\s+(?:me|him|her|them|himself|herself|us)|we\s+call(?:ed)?\s+(?:him|her|them))\s*$/i;

/** Names: titles, context cues, list names, "Last, First", initials, nicknames, possessives. */
export function findNames(text: string, words: readonly Word[], lex: Lexicon, medical: ReadonlySet<number>): PhiFinding[] {
  const c: Ctx = { text, words, lex, medical };
  const out: PhiFinding[] = [];
  const add = (i: number, j: number, confidence: number, reason: string, from?: number): void => {
    if (j <= i) return;
    out.push(finding(text, from ?? words[i].start, words[j - 1].end, 'name', confidence, reason));
  };

  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const l = w.lower;
    if (w.tag) continue;

    // Titles: "Mrs. O'Brien", "Dr Okafor", "Nurse Ratched".
    if (w.cap && (SHORT_TITLES.has(l) || WORD_TITLES.has(l))) {
      const short = SHORT_TITLES.has(l);
      // Family titles vouch for an ordinary word as a name too: "Nana Rose", "Uncle Bill".
      const j = nameRun(c, i + 1, short || FAMILY_TITLES.has(l));
      if (j > i + 1 && adjacent(c, w, words[i + 1]) || (short && j > i + 1 && /^\.\s{1,2}$/.test(text.slice(w.end, words[i + 1].start)))) {
        add(i + 1, j, short ? 0.95 : 0.85, 'name after a title', w.start);
        i = j - 1;
        continue;
      }
    }
    if (!w.cap) {
      // Casual posts drop capitals: "my patient maria", "pt john smith". A listed given name right
      // after a context word still counts; an ordinary word ("patient care") never does.
      if (w.text.length >= 3 && lex.firstNames.has(l) && !lex.common.has(l) && !lex.medical.has(l) && !lex.properNouns.has(l) && cueBefore(c, i)) {
        const next = words[i + 1];
        const withSurname = !!next && !next.cap && adjacent(c, w, next) && lex.lastNames.has(next.lower) && !lex.common.has(next.lower) && !lex.medical.has(next.lower);
        add(i, withSurname ? i + 2 : i + 1, 0.6, 'lowercase name after a context word');
        if (withSurname) i++;
      }
      continue;
    }

    // Nicknames: "Big Mike", "Little Sam".
    const nick = words[i + 1];
    const ordinaryNick = !!nick && (l === 'big' || l === 'little' || l === 'lil') && nick.cap && !nick.allCaps && !lex.medical.has(nick.lower) && !lex.properNouns.has(nick.lower) && !NOT_NICKNAMES.has(nick.lower);
    if (NICKNAME_HEADS.has(l) && nick && adjacent(c, w, nick) && (nameish(c, i + 1) || ordinaryNick) && !c.lex.cities.has(`${l} ${nick.lower}`)) {
      add(i, i + 2, 0.85, 'nickname');
      i += 1;
      continue;
    }

    const cue = cueBefore(c, i);
    if (cue === 'patient' || (cue && !w.sentenceStart)) {
      let j = nameRun(c, i, false);
      // "belongs to Brennan, Tamsin": the cue names a "Last, First" pair.
      const tail = words[j - 1];
      if (j > i && !tail.possessive && words[j] && /^,\s{1,2}$/.test(text.slice(tail.end, words[j].start)) && nameish(c, j)) j = nameRun(c, j, false, 2);
      if (j > i) {
        add(i, j, 0.85, 'name after a context word');
        i = j - 1;
        continue;
      }
    }

    // "Park, Ji-woo": an ordinary word as a surname before a listed given name.
    const afterComma = words[i + 1];
    if (!nameish(c, i) && !w.sentenceStart && !w.allCaps && !w.possessive && afterComma && /^,\s{1,2}$/.test(text.slice(w.end, afterComma.start)) && listed(c, i + 1) === 'first' && nameish(c, i + 1) && !lex.medical.has(l) && !lex.properNouns.has(l) && !medical.has(i)) {
      const j = nameRun(c, i + 1, false, 3);
      add(i, j, 0.8, 'name in "Last, First" form');
      i = j - 1;
      continue;
    }
    // "the Johnsons", "the Nguyens": a family by its surname.
    if (w.lower.endsWith('s') && w.text.length > 4 && /\bthe\s+$/i.test(text.slice(Math.max(0, w.start - 5), w.start)) && lex.lastNames.has(w.lower.slice(0, -1)) && !lex.common.has(w.lower)) {
      add(i, i + 1, 0.7, 'family surname');
      continue;
    }
    if (!nameish(c, i)) continue;
    const kind = listed(c, i);

    // "Last, First": "Nguyen, Aisha", "Kowalski, Jamal".
    const next = words[i + 1];
    if (!w.possessive && next && /^,\s{1,2}$/.test(text.slice(w.end, next.start)) && nameish(c, i + 1)) {
      const k2 = listed(c, i + 1);
      if ((kind === 'last' || lex.lastNames.has(l)) && k2 === 'first' || (kind !== 'first' && k2 === 'first') || (lex.lastNames.has(l) && k2 !== null) || (kind === 'last' && !words[i + 1].allCaps)) {
        const j = nameRun(c, i + 1, false, 3);
        add(particleStart(c, i), j, 0.88, 'name in "Last, First" form');
        i = j - 1;
        continue;
      }
      // Neither listed ("Haile, Tesfaye"), but both read as names and nothing else: weaker.
      if (!w.allCaps && !next.allCaps && !lex.cities.has(l) && !lex.cities.has(next.lower)) {
        add(particleStart(c, i), i + 2, 0.6, 'two unlisted names in "Last, First" form');
        i += 1;
        continue;
      }
    }

    // A run of name words with at least one listed name: "Olga Mbeki", "Dmitri Tanaka".
    const j = nameRun(c, i, false);
    if (j - i >= 2 && !listed(c, i) && NOT_NAME_ENDING.test(l) && isListed(c, i + 1)) continue;
    let anyListed = false;
    let firstListed = false;
    for (let k = i; k < j; k++) {
      const lk = listed(c, k);
      if (lk) anyListed = true;
      if (lk === 'first' && k === i) firstListed = true;
    }
    if (j - i >= 2 && anyListed) {
      const lastListed = lex.lastNames.has(words[j - 1].lower) || lex.firstNames.has(words[j - 1].lower);
      add(i, j, firstListed || lastListed ? 0.9 : 0.75, 'full name');
      i = j - 1;
      continue;
    }

    // Appositive age: "Tomasz, 67, came in", "Giorgos Papadopoulos (97)"; identity labels:
    // "Xiomara, DOB 1/2/1931", "Xiomara (MRN …)"; a vocative: "Xiomara, you're a legend".
    const tail = words[j - 1];
    const rest = text.slice(tail.end + (tail.possessive ? 2 : 0), tail.end + 40);
    if (IDENTITY_AFTER.test(rest) || VOCATIVE_AFTER.test(rest)) {
      add(i, j, 0.8, 'name before identifying details');
      i = j - 1;
      continue;
    }
    if (AGE_APPOSITIVE.test(text.slice(tail.end, tail.end + 24)) && /^(?:,|\s*\()/.test(text.slice(tail.end, tail.end + 3))) {
      add(i, j, 0.8, 'name before an age');
      i = j - 1;
      continue;
    }

    if (kind && w.text.length >= 3) {
      const verbAfter = !!next && !next.cap && PERSON_VERBS.has(next.lower);
      let confidence = kind === 'first' ? (w.sentenceStart ? 0.65 : 0.75) : w.sentenceStart ? 0.45 : 0.6;
      if (w.possessive || verbAfter) confidence += 0.1;
      add(i, i + 1, confidence, kind === 'first' ? 'given name' : 'surname');
      continue;
    }

    // Names no list holds, by what follows them: "Zanele's CGM", "and Zanele came back",
    // "Temuulen Batbayar's parents". At a sentence start only a possessive or an unmistakably
    // personal verb counts ("Sukhbaatar came in"), since any noun can start a sentence.
    if (!w.allCaps && w.text.length >= 3) {
      const tail = words[j - 1];
      const after = words[j];
      const verb = !!after && !after.cap && adjacent(c, tail, after) && (w.sentenceStart ? STORY_VERBS : PERSON_VERBS).has(after.lower);
      // "see how Ximena from Tulare County beat …": a person from a place.
      const fromPlace = !w.sentenceStart && !!after && after.lower === 'from' && adjacent(c, tail, after) && !!words[j + 1]?.cap;
      if ((tail.possessive && (!w.sentenceStart || w.text.length >= 4)) || verb || fromPlace) {
        add(i, j, 0.55, 'capitalised words used as a person');
        i = j - 1;
      }
    }
  }

  INITIALS.lastIndex = 0;
  for (let m = INITIALS.exec(text); m; m = INITIALS.exec(text)) {
    const letters = m[0].replace(/[\s.]/g, '');
    // "D.O." is a degree after a name and "A.M." a time after a number, but either is a patient's
    // initials where a patient stands: "how D.O. from Macon", "for B.A.", "A.M. starts chemo".
    if (NOT_INITIALS.has(letters)) {
      const before = text.slice(Math.max(0, m.index - 12), m.index);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 14);
      if (/\d\s*$/.test(before) || !(INITIALS_AS_PERSON.test(after) || INITIALS_CUE_BEFORE.test(before))) continue;
    }
    out.push(finding(text, m.index, m.index + m[0].replace(/\s+$/, '').length, 'name', 0.8, 'initials'));
  }
  CUED_INITIALS.lastIndex = 0;
  const initialCue = words.some((w) => INITIAL_CUES.has(w.lower));
  for (let m = initialCue ? CUED_INITIALS.exec(text) : null; m; m = CUED_INITIALS.exec(text)) {
    if (NOT_INITIALS.has(m[1])) continue;
    const start = m.index + m[0].length - m[1].length;
    out.push(finding(text, start, start + m[1].length, 'name', 0.75, 'initials after a context word'));
  }
  const nameEnds = new Set(out.map((f) => f.end));
  const nameStarts = new Set(out.map((f) => f.start));
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(text); m; m = QUOTED.exec(text)) {
    const start = m.index + 1;
    const end = start + m[1].length;
    const nearName = nameEnds.has(m.index) || nameEnds.has(m.index - 1) || nameStarts.has(m.index + m[0].length) || nameStarts.has(m.index + m[0].length + 1);
    const firstWord = m[1].split(/\s/)[0].toLowerCase();
    if (nearName || NICK_CUE.test(text.slice(Math.max(0, m.index - 30), m.index)) || lex.firstNames.has(firstWord)) {
      out.push(finding(text, start, end, 'name', 0.8, 'quoted nickname'));
      // Bartholomew "Bart" Simmons: the words around a nickname are the name it belongs to.
      for (const wd of [wordEndingAt(words, m.index - 1), wordStartingAt(words, m.index + m[0].length + 1)]) {
        if (wd && wd.cap && !wd.allCaps && !lex.common.has(wd.lower) && !lex.medical.has(wd.lower)) {
          out.push(finding(text, wd.start, wd.end, 'name', 0.75, 'name beside a nickname'));
        }
      }
    }
  }
  return out;
}
