import { finding } from '../finding';
import { measurementAlternation } from '../measurementWords';
import type { PhiFinding } from '../types';
import { keywords, mentions, type Vocabulary } from '../vocabulary';

// Month names and their usual abbreviations; "May" only capitalised (the verb is everywhere).
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC|january|february|march|april|june|july|august|september|october|november|december)`;
const ORD = String.raw`(?:st|nd|rd|th)`;
const YEAR = String.raw`(?:19|20)\d{2}`;

const TEXT_DATES: RegExp[] = [
  // Sept. 22nd, 2025 · March 3rd · Apr. 2 · Oct. 3 · September 28, 2025 · Jan 2025
  new RegExp(String.raw`\b${MONTH}\.?\s+(?:the\s+)?\d{1,2}${ORD}?\b(?:,?\s+${YEAR}\b)?`, 'g'),
  new RegExp(String.raw`\b${MONTH}\.?,?\s+${YEAR}\b`, 'g'),
  // 22 Sep 2025 · 2 Oct · 22nd of September · 22-Sep-2025
  new RegExp(String.raw`\b\d{1,2}${ORD}?\s+(?:of\s+)?${MONTH}\b\.?(?:,?\s+${YEAR}\b)?`, 'g'),
  new RegExp(String.raw`\b\d{1,2}[-/ ]${MONTH}[-/ ](?:${YEAR}|\d{2})\b`, 'g'),
];
// ISO and DICOM-ish: 2025-09-22, 2025/09/22, 2025.09.22
const ISO_DATE = new RegExp(String.raw`\b${YEAR}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])\b`, 'g');
TEXT_DATES.push(ISO_DATE);
const MONTH_WORDS = keywords('jan', 'january', 'feb', 'february', 'mar', 'march', 'apr', 'april', 'may', 'jun', 'june', 'jul', 'july', 'aug', 'august', 'sep', 'sept', 'september', 'oct', 'october', 'nov', 'november', 'dec', 'december');

// Numeric day/month forms with a year: 09/22/2025 · 22.09.2025 · 27.11.24 · 9-22-25
const NUMERIC_WITH_YEAR = /\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})\b/g;
// Without a year only the slash form, and only where it reads as a date (9/22, not "3/5 strength").
const NUMERIC_NO_YEAR = /\b(\d{1,2})\/(\d{1,2})\b(?![/.]\d)/g;
const EIGHT_DIGITS = /\b((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\b/g;
const THE_ORDINAL = /\b(?:the\s+)(\d{1,2})(?:st|nd|rd|th)\b(?:\s+of\s+(?:the\s+)?month\b)?/gi;
const BARE_MONTH = new RegExp(String.raw`\b(?:in|on|since|until|till|by|from|during|early|late|mid|last|this|next|of|through)[\s-]+(January|February|March|April|May|June|July|August|September|October|November|December|Sept?\.?|Oct\.?|Nov\.?|Dec\.?|Jan\.?|Feb\.?|Aug\.?)\b`, 'g');

const NOT_DATE_BEFORE = new RegExp(String.raw`(?:\b(?:${measurementAlternation()})|\b(?:tip|slide|step|murmur|pressure|bps|of|out|to|x|at|is|was)|\d|×)\s*[:=]?\s*$`, 'i');
const DATE_CUE_BEFORE = /(?:dated|date|dob|d\.o\.b\.?|born|on|admitted|admission|discharged?|seen|since|from|until|till|by|before|after|surgery|visit|died|passed|scan|imaging|x-?ray|mri|ct|follow-?up|f\/u|appt|appointment|due|edd|lmp|since)\s*[:.-]?\s*$/i;
const THREAD_POSITION = /(?:^|\n)\s*$|🧵\s*$/u;
const NOT_DATE_AFTER = /^\s*(?:strength|murmur|pain|power|score|scale|systolic|diastolic|mmhg|vision|sbp|dbp|of\s+\d|tablets?|tabs?|doses?|units?|mg|ml|cm|mm|\/|split|ratio|odds|chance|patients?|cases?|people)/i;
const ORDINAL_NOUN = /^\s+(?:floor|time|times|day|week|month|year|dose|cycle|round|attempt|try|rib|ribs|toe|finger|digit|metatarsal|metacarpal|cranial|nerve|ventricle|intercostal|space|percentile|grade|trimester|stage|line|generation|edition|degree|heart|place|person|patient|case|visit|admission|shift|vertebra|lumbar|cervical|thoracic|sacral|decade|birthday|most|largest|commonest|leading|of\s+(?:the|these|those|them|\d))\b/i;
const ORDINAL_PAIR = /^\s*(?:and|or|to|through|-|–)\s*\d{1,2}(?:st|nd|rd|th)\b/i;
const ORDINAL_FOLLOWERS = /^(?:\s*(?:[,.;:!?)—–-]|$)|\s+(?:at|and|but|when|so|because|we|i|she|he|they|the|a|for|to|in|on|by|after|before|until|or|with|was|is|will|if|then|this|that|of\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))\b)/i;

function validDayMonth(a: number, b: number): boolean {
  return a >= 1 && b >= 1 && ((a <= 12 && b <= 31) || (a <= 31 && b <= 12));
}

/** Calendar dates in every common spelling. */
export function findDates(text: string, vocab?: Vocabulary): PhiFinding[] {
  const out: PhiFinding[] = [];
  const months = mentions(vocab, MONTH_WORDS);
  for (const re of TEXT_DATES) {
    if (!months && re !== ISO_DATE) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      let end = m.index + m[0].length;
      if (text[end - 1] === '.') end--;
      out.push(finding(text, m.index, end, 'date', 0.92, 'calendar date'));
    }
  }
  NUMERIC_WITH_YEAR.lastIndex = 0;
  for (let m = NUMERIC_WITH_YEAR.exec(text); m; m = NUMERIC_WITH_YEAR.exec(text)) {
    if (!validDayMonth(Number(m[1]), Number(m[3]))) continue;
    if (m[2] === '.' && m[4].length === 2 && /\d[.,]$/.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    out.push(finding(text, m.index, m.index + m[0].length, 'date', 0.9, 'numeric date'));
  }
  NUMERIC_NO_YEAR.lastIndex = 0;
  for (let m = NUMERIC_NO_YEAR.exec(text); m; m = NUMERIC_NO_YEAR.exec(text)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a < 1 || a > 12 || b < 1 || b > 31) continue;
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
    if (/[\d/.]$/.test(before) || NOT_DATE_AFTER.test(after)) continue;
    const cue = DATE_CUE_BEFORE.test(before);
    if (!cue && (NOT_DATE_BEFORE.test(before) || b <= 12)) continue;
    // "3/15" opening a post or line, or after a thread emoji, numbers the parts of a thread.
    if (!cue && (THREAD_POSITION.test(before) || (/\(\s*$/.test(before) && /^\s*\)/.test(after)))) continue;
    out.push(finding(text, m.index, m.index + m[0].length, 'date', cue ? 0.85 : 0.7, 'month/day'));
  }
  EIGHT_DIGITS.lastIndex = 0;
  for (let m = EIGHT_DIGITS.exec(text); m; m = EIGHT_DIGITS.exec(text)) {
    out.push(finding(text, m.index, m.index + m[0].length, 'date', 0.8, 'compact date (YYYYMMDD)'));
  }
  THE_ORDINAL.lastIndex = 0;
  for (let m = THE_ORDINAL.exec(text); m; m = THE_ORDINAL.exec(text)) {
    const n = Number(m[1]);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
    const cued = DATE_CUE_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index));
    if (n < 1 || n > 31 || !(cued || /month/i.test(m[0]) || ORDINAL_FOLLOWERS.test(after))) continue;
    // "the 3rd and 4th toes", "the 3rd floor": ordinals that count things, not days.
    if (ORDINAL_PAIR.test(after) || ORDINAL_NOUN.test(after)) continue;
    out.push(finding(text, m.index, m.index + m[0].length, 'date', 0.75, 'day of the month'));
  }
  if (months) {
    BARE_MONTH.lastIndex = 0;
    for (let m = BARE_MONTH.exec(text); m; m = BARE_MONTH.exec(text)) {
      const start = m.index + m[0].length - m[1].length;
      out.push(finding(text, start, m.index + m[0].length, 'date', 0.7, 'month'));
    }
  }
  return out;
}
