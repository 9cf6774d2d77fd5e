import { finding } from '../finding';
import { LETTER } from '../letters';
import type { Lexicon } from '../lexicon';
import { NAME_PARTICLES, NICKNAME_HEADS, NOT_INITIALS, PERSON_VERBS, SHORT_TITLES, STORY_VERBS, WORD_TITLES } from '../nameWords';
import type { Word } from '../textWords';
import type { PhiFinding } from '../types';

// A lowercase cue right before a capitalised word makes it a name, listed or not.
const CUE_WORDS = new Set([
  'patient', 'pt', 'client', 'resident', 'named', 'called', 'nicknamed', 'aka', 'wife', 'husband', 'son', 'daughter', 'mother',
  'mom', 'mum', 'father', 'dad', 'brother', 'sister', 'grandson', 'granddaughter', 'grandmother', 'grandfather', 'grandma',
  'grandpa', 'cousin', 'niece', 'nephew', 'friend', 'neighbor', 'neighbour', 'partner', 'fiancé', 'fiancée', 'fiance', 'fiancee',
  'caregiver', 'carer', 'guardian', 'boyfriend', 'girlfriend', 'toddler', 'infant', 'veteran', 'rip', 'meet', 'met', 'visited',
  'discharged', 'admitted', 'intubated', 'transferred', 'saw', 'see', 'kiddo', 'baby', 'widow', 'widower', 'twin', 'stepson',
  'stepdaughter', 'clerk', 'colleague', 'student', 'intern', 'roommate', 'boss', 'coworker', 'co-worker', 'remembering',
  'congrats', 'congratulations', 'welcome', 'welcoming', 'hugs', 'prayers', 'condolences', 'farewell', 'goodbye', 'bye',
]);
const CUE_PHRASES = new Set([
  'goes by', 'go by', 'name is', 'names are', 'known as', 'permission from', 'permission of', 'consent from', 'consent of',
  'shout-out to', 'shoutout to', 'thanks to', 'thank you', 'pray for', 'praying for', 'memory of', 'family of', 'parents of',
  'mother of', 'father of', 'son of', 'daughter of', 'wife of', 'husband of', 'name was', 'congrats to', 'congratulations to',
  'birthday to', 'proud of', 'farewell to', 'goodbye to', 'condolences to', 'hugs to', 'prayers for', 'love to', 'bless',
]);
// Capitalised cues: "Patient: Jürgen Schäfer", "RIP Abuela".
const LABEL_CUES = new Set(['patient', 'pt', 'rip', 'name', 'client', 'resident']);
// Greetings that start a sentence capitalised: "Bye Hector", "Congrats Amara", "Meet Tomasz".
const GREETING_CUES = new Set(['bye', 'goodbye', 'thanks', 'congrats', 'congratulations', 'welcome', 'meet', 'remembering', 'hugs', 'prayers', 'farewell', 'condolences']);
const CUE_GAP = /^[:,]?\s{1,2}$/;

/** The lowercase context word(s) right before word i, when they make it a name; `patientOnly` for "patient"/"pt". */
function cueBefore(c: Ctx, i: number): 'patient' | 'other' | null {
  const prev = c.words[i - 1];
  if (!prev || (prev.cap && !LABEL_CUES.has(prev.lower) && !GREETING_CUES.has(prev.lower))) return null;
  const gap = c.text.slice(prev.end + (prev.possessive ? 2 : 0), c.words[i].start);
  if (!CUE_GAP.test(prev.lower === 'pt' ? gap.replace(/^\./, '') : gap)) return null;
  if (prev.lower === 'patient' || prev.lower === 'pt') return 'patient';
  if (prev.possessive && prev.lower === 'name') return 'other';
  if (CUE_WORDS.has(prev.lower)) return 'other';
  const prev2 = c.words[i - 2];
  if (prev2 && prev2.end + 1 === prev.start && CUE_PHRASES.has(`${prev2.lower} ${prev.lower}`)) return 'other';
  return null;
}

// What follows a patient's name in a case line: "X, DOB …", "X (MRN …)", "X, a nonagenarian".
const IDENTITY_AFTER = /^\s*[,(–—-]?\s*(?:DOB|D\.O\.B\.?|MRN|MR#|SSN|med(?:ical)?\.?\s+rec|NHS\s+(?:no|number)|date\s+of\s+birth|born\s+(?:on|in)?\s*\d|(?:a|an)\s+(?:age\s+\d|aged\s+\d|\d{1,3}\s*(?:y\/?o|yo|-?year)|nonagenarian|centenarian)|in\s+(?:her|his|their)\s+\d0s|aged?\s+\d)/;
const VOCATIVE_AFTER = /^,\s+you(?:['’]re|\s+are|\s+were|\s+did|\s+made)\b/i;
const AGE_APPOSITIVE = /^(?:,\s*(?:a|an)?\s*\d{1,3}\b\s*(?:-?\s*(?:y\/?o|yo|y\.o\.|-?year-old|years?\s+old|yrs?)|[MF]\b)?\s*[,)]?|\s*\(\s*\d{1,3}\s*(?:[MF]|y\/?o|yo)?\s*\))/;
// International nonproprietary name stems: "Keytruda" aside, most drugs say what they are.
const DRUG_STEM = /(?:mab|nib|tinib|ciclib|parib|pril|sartan|olol|alol|statin|azole|conazole|mycin|micin|cillin|cef\w+|floxacin|cycline|tidine|prazole|parin|xaban|gatran|gliflozin|gliptin|glutide|tide|vir|navir|previr|asvir|setron|triptan|gepant|dipine|afil|lukast|terol|sonide|olone|asone|onide|profen|coxib|oxacin|platin|rubicin|taxel|mustine|trexate|thiazide|semide|tadine|zepam|zolam|barbital|azepine|peridone|apine|oxetine|faxine|pramine|triptyline|codone|morphone|fentanil|caine|curonium|dronate|glitazone|glinide|lutamide|relix|nacin|vastatin|zumab|ximab|umab|cept|kinra|ase)$/;
const NOT_NAME_ENDING = /(?:ing|ed|ly|tion|sion|ness|ment|ful|ous|ive|able|ible|ship|ism|ist|ance|ence)$/;
const INITIALS = /(?<![A-Za-zÀ-ÖØ-öø-ÿ])(?:[A-ZÀ-ÖØ-Þ]\.\s?){2,4}(?![A-Za-z])/g;
const INITIALS_AS_PERSON = /^\s*(?:,\s*(?:a|an)\s|\(|from\s|['’]s\s|transfers|presented|was\s+admitted|came\s)/;
const INITIAL_CUES = new Set(['patient', 'pt', 'initials', 'client', 'resident', 'mr', 'mrs', 'ms']);
const CUED_INITIALS = /\b(?:patient|pt\.?|initials|client|resident|Mr\.?|Mrs\.?|Ms\.?)\s+([A-Z]{2,3})\b(?![a-z])/g;
const QUOTED = new RegExp(String.raw`["“‘']([A-Z][${LETTER}'-]+(?:\s[A-Z][${LETTER}'-]+)?)["”’'](?![${LETTER}])`, 'g');
const NICK_CUE = /(?:nicknamed|aka|a\.k\.a\.|goes\s+by|known\s+as|call(?:s|ed|ing)?\s+(?:me|him|her|them|himself|herself|us)|we\s+call(?:ed)?\s+(?:him|her|them))\s*$/i;

type Ctx = { text: string; words: readonly Word[]; lex: Lexicon; medical: ReadonlySet<number> };

/** Capitalised and not an ordinary, medical or non-person word: could be part of a name. */
function nameish(c: Ctx, i: number): boolean {
  const w = c.words[i];
  if (!w || !w.cap || w.tag) return false;
  const l = w.lower;
  // "Van Wyk", "De Souza", "Ó Briain": a capitalised particle belongs to the surname after it.
  if (NAME_PARTICLES.has(l) && !w.allCaps && (l.length >= 2 || l === 'ó')) {
    const next = c.words[i + 1];
    return !!next && next.cap && next.start - w.end <= 2 && next.start > w.end && next.text.length >= 2 && !c.lex.common.has(next.lower) && !c.lex.properNouns.has(next.lower);
  }
  if (w.text.length < 2 || c.medical.has(i) || DRUG_STEM.test(l)) return false;
  if (c.lex.common.has(l) || c.lex.medical.has(l) || c.lex.properNouns.has(l) || c.lex.departments.has(l)) return false;
  // ALL-CAPS words are acronyms in posts ("IBAN", "MAC"), unless beside another listed ALL-CAPS name.
  if (w.allCaps && !(isListed(c, i) && (isCapsListed(c, i - 1) || isCapsListed(c, i + 1)))) return false;
  return !SHORT_TITLES.has(l) && !WORD_TITLES.has(l);
}

function isListed(c: Ctx, i: number): boolean {
  return listed(c, i) !== null;
}

function isCapsListed(c: Ctx, i: number): boolean {
  return !!c.words[i]?.allCaps && isListed(c, i);
}

function listed(c: Ctx, i: number): 'first' | 'last' | null {
  const l = c.words[i]?.lower;
  if (l === undefined) return null;
  if (c.lex.firstNames.has(l)) return 'first';
  if (c.lex.lastNames.has(l)) return 'last';
  // Double-barrelled names: "Ferreira-Lima", "Jean-Baptiste".
  const dash = l.indexOf('-');
  if (dash > 0) {
    const a = l.slice(0, dash);
    const b = l.slice(dash + 1);
    if (c.lex.lastNames.has(a) || c.lex.lastNames.has(b)) return 'last';
    if (c.lex.firstNames.has(a) || c.lex.firstNames.has(b)) return 'first';
  }
  return null;
}

/** Index of the first of the capitalised particles right before word i ("Van" in "Van Wyk"), else i. */
function particleStart(c: Ctx, i: number): number {
  let k = i;
  while (k > 0 && c.words[k - 1].cap && NAME_PARTICLES.has(c.words[k - 1].lower) && adjacent(c, c.words[k - 1], c.words[k])) k--;
  return k;
}

/** Words i+1… joined only by spaces (or ". " after an initial). */
function adjacent(c: Ctx, a: Word, b: Word): boolean {
  const gap = c.text.slice(a.end + (a.possessive ? 2 : 0), b.start);
  return /^ {1,2}$/.test(gap) || (a.text.length === 1 && /^\. ?$/.test(gap)) || (/^\.? $/.test(gap) && a.text.length === 1);
}

/** End index (exclusive) of a run of name words starting at i; `relaxed` lets any capitalised word start it. */
function nameRun(c: Ctx, i: number, relaxed: boolean, max = 4): number {
  const words = c.words;
  const first = words[i];
  if (!first || !first.cap) return i;
  if (!nameish(c, i)) {
    if (!relaxed) return i;
    // A title vouches for an ordinary word ("Mrs. Rose") but not for a month, state, platform,
    // medical word or acronym ("DR MRI").
    if ((c.lex.properNouns.has(first.lower) || c.lex.medical.has(first.lower) || first.allCaps) && !listed(c, i)) return i;
  }
  let j = i + 1;
  while (j < words.length && j - i < max && !words[j - 1].possessive) {
    const w = words[j];
    if (!adjacent(c, words[j - 1], w)) break;
    if (NAME_PARTICLES.has(w.text)) {
      let k = j;
      while (k < words.length && NAME_PARTICLES.has(words[k].text) && k - j < 3) k++;
      if (words[k]?.cap && adjacent(c, words[k - 1], words[k]) && (nameish(c, k) || isListed(c, k))) {
        j = k + 1;
        continue;
      }
      break;
    }
    const surnameAfterGiven = w.cap && !w.allCaps && !w.sentenceStart && listed(c, j - 1) === 'first' && !c.medical.has(j) && !c.lex.properNouns.has(w.lower) && !c.lex.medical.has(w.lower) && !c.lex.departments.has(w.lower);
    if (!(nameish(c, j) || (w.text.length === 1 && w.cap) || surnameAfterGiven)) break;
    // "Licence DEA": an acronym after a capitalised word is a label, not a surname.
    if (w.allCaps !== first.allCaps && w.text.length > 1) break;
    j++;
  }
  return j;
}

function wordEndingAt(words: readonly Word[], end: number): Word | undefined {
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

function wordStartingAt(words: readonly Word[], start: number): Word | undefined {
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
      const j = nameRun(c, i + 1, short);
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
    if (NICKNAME_HEADS.has(l) && words[i + 1] && adjacent(c, w, words[i + 1]) && nameish(c, i + 1) && !c.lex.cities.has(`${l} ${words[i + 1].lower}`)) {
      add(i, i + 2, 0.85, 'nickname');
      i += 1;
      continue;
    }

    const cue = cueBefore(c, i);
    if (cue === 'patient' || (cue && !w.sentenceStart)) {
      const j = nameRun(c, i, false);
      if (j > i) {
        add(i, j, 0.85, 'name after a context word');
        i = j - 1;
        continue;
      }
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
    // "D.O." is a degree after a name, and a patient's initials where a patient stands.
    if (NOT_INITIALS.has(letters) && !INITIALS_AS_PERSON.test(text.slice(m.index + m[0].length, m.index + m[0].length + 14))) continue;
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
