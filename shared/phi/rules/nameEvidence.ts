import type { Lexicon } from '../lexicon';
import { NAME_PARTICLES, SHORT_TITLES, WORD_TITLES } from '../nameWords';
import type { Word } from '../textWords';

// The evidence the name rules weigh: is a word name-like, listed, cued by the words before it,
// and how far a run of name words goes.

// A lowercase cue right before a capitalised word makes it a name, listed or not.
const CUE_WORDS = new Set([
  'patient', 'pt', 'client', 'resident', 'named', 'called', 'nicknamed', 'aka', 'wife', 'husband', 'son', 'daughter', 'mother',
  'mom', 'mum', 'father', 'dad', 'brother', 'sister', 'grandson', 'granddaughter', 'grandmother', 'grandfather', 'grandma',
  'grandpa', 'cousin', 'niece', 'nephew', 'friend', 'neighbor', 'neighbour', 'partner', 'fiancé', 'fiancée', 'fiance', 'fiancee',
  'caregiver', 'carer', 'guardian', 'boyfriend', 'girlfriend', 'toddler', 'infant', 'veteran', 'rip', 'meet', 'met', 'visited',
  'discharged', 'admitted', 'intubated', 'transferred', 'saw', 'see', 'kiddo', 'baby', 'widow', 'widower', 'twin', 'stepson',
  'nurse', 'doctor', 'therapist', 'tech', 'medic', 'paramedic', 'chaplain', 'interpreter', 'pharmacist', 'midwife', 'doula',
  'stepdaughter', 'clerk', 'colleague', 'student', 'intern', 'roommate', 'boss', 'coworker', 'co-worker', 'remembering',
  'congrats', 'congratulations', 'welcome', 'welcoming', 'hugs', 'prayers', 'condolences', 'farewell', 'goodbye', 'bye',
]);
const CUE_PHRASES = new Set([
  'goes by', 'go by', 'name is', 'names are', 'known as', 'permission from', 'permission of', 'consent from', 'consent of',
  'shout-out to', 'shoutout to', 'thanks to', 'thank you', 'pray for', 'praying for', 'memory of', 'family of', 'parents of',
  'mother of', 'father of', 'son of', 'daughter of', 'wife of', 'husband of', 'name was', 'congrats to', 'congratulations to',
  'birthday to', 'proud of', 'farewell to', 'goodbye to', 'condolences to', 'hugs to', 'prayers for', 'love to', 'bless',
  'belongs to', 'belonged to', 'referral for', 'results for', 'consult for', 'scans of', 'photos of', 'chart of', 'care of',
]);
// Capitalised cues: "Patient: Jürgen Schäfer", "RIP Abuela".
const LABEL_CUES = new Set(['patient', 'pt', 'rip', 'name', 'client', 'resident']);
// Greetings that start a sentence capitalised: "Bye Hector", "Congrats Amara", "Meet Tomasz".
const GREETING_CUES = new Set(['bye', 'goodbye', 'thanks', 'congrats', 'congratulations', 'welcome', 'meet', 'met', 'remembering', 'hugs', 'prayers', 'farewell', 'condolences']);
const CUE_GAP = /^[:,]?\s{1,2}$/;

/** The lowercase context word(s) right before word i, when they make it a name; `patientOnly` for "patient"/"pt". */
export function cueBefore(c: Ctx, i: number): 'patient' | 'other' | null {
  const prev = c.words[i - 1];
  if (!prev || (prev.cap && !LABEL_CUES.has(prev.lower) && !GREETING_CUES.has(prev.lower))) return null;
  const gap = c.text.slice(prev.end + (prev.possessive ? 2 : 0), c.words[i].start);
  if (!CUE_GAP.test(prev.lower === 'pt' ? gap.replace(/^\./, '') : gap)) return null;
  if (prev.lower === 'patient' || prev.lower === 'pt') return 'patient';
  if (prev.possessive) return prev.lower === 'name' ? 'other' : null; // "mom's blessing" is the mom's thing
  if (CUE_WORDS.has(prev.lower)) return 'other';
  const prev2 = c.words[i - 2];
  if (prev2 && prev2.end + 1 === prev.start && CUE_PHRASES.has(`${prev2.lower} ${prev.lower}`)) return 'other';
  return null;
}

// International nonproprietary name stems: "Keytruda" aside, most drugs say what they are.
const DRUG_STEM = /(?:mab|nib|tinib|ciclib|parib|pril|sartan|olol|alol|statin|azole|conazole|mycin|micin|cillin|cef\w+|floxacin|cycline|tidine|prazole|parin|xaban|gatran|gliflozin|gliptin|glutide|tide|vir|navir|previr|asvir|setron|triptan|gepant|dipine|afil|lukast|terol|sonide|olone|asone|onide|profen|coxib|oxacin|platin|rubicin|taxel|mustine|trexate|thiazide|semide|tadine|zepam|zolam|barbital|azepine|peridone|apine|oxetine|faxine|pramine|triptyline|codone|morphone|fentanil|caine|curonium|dronate|glitazone|glinide|lutamide|relix|nacin|vastatin|zumab|ximab|umab|cept|kinra|ase)$/;
export const NOT_NAME_ENDING = /(?:ing|ed|ly|tion|sion|ness|ment|ful|ous|ive|able|ible|ship|ism|ist|ance|ence)$/;

export type Ctx = { text: string; words: readonly Word[]; lex: Lexicon; medical: ReadonlySet<number> };

/** Capitalised and not an ordinary, medical or non-person word: could be part of a name. */
export function nameish(c: Ctx, i: number): boolean {
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

export function isListed(c: Ctx, i: number): boolean {
  return listed(c, i) !== null;
}

function isCapsListed(c: Ctx, i: number): boolean {
  return !!c.words[i]?.allCaps && isListed(c, i);
}

export function listed(c: Ctx, i: number): 'first' | 'last' | null {
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
export function particleStart(c: Ctx, i: number): number {
  let k = i;
  while (k > 0 && c.words[k - 1].cap && NAME_PARTICLES.has(c.words[k - 1].lower) && adjacent(c, c.words[k - 1], c.words[k])) k--;
  return k;
}

/** Words i+1… joined only by spaces (or ". " after an initial). */
export function adjacent(c: Ctx, a: Word, b: Word): boolean {
  const gap = c.text.slice(a.end + (a.possessive ? 2 : 0), b.start);
  return /^ {1,2}$/.test(gap) || (a.text.length === 1 && /^\. ?$/.test(gap)) || (/^\.? $/.test(gap) && a.text.length === 1);
}

/** End index (exclusive) of a run of name words starting at i; `relaxed` lets any capitalised word start it. */
export function nameRun(c: Ctx, i: number, relaxed: boolean, max = 4): number {
  const words = c.words;
  const first = words[i];
  if (!first || !first.cap) return i;
  if (!nameish(c, i)) {
    if (!relaxed) return i;
    // A title vouches for an ordinary word ("Mrs. Rose") but not for a month, state, platform,
    // medical word or acronym ("DR MRI").
    if ((c.lex.properNouns.has(first.lower) || first.allCaps) && !listed(c, i)) return i;
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
    // "Ji-woo Park", "Mrs. Rose Hill": after a given name or inside a titled name, an ordinary
    // capitalised word is a surname.
    const ordinarySurname = w.cap && !w.allCaps && !w.sentenceStart && (relaxed || listed(c, j - 1) === 'first') && !c.medical.has(j) && !c.lex.properNouns.has(w.lower) && !c.lex.medical.has(w.lower) && !c.lex.departments.has(w.lower);
    if (!(nameish(c, j) || (w.text.length === 1 && w.cap) || ordinarySurname)) break;
    // "Licence DEA": an acronym after a capitalised word is a label, not a surname.
    if (w.allCaps !== first.allCaps && w.text.length > 1) break;
    j++;
  }
  return j;
}
