import { finding } from '../finding';
import { LETTER } from '../letters';
import type { PhiFinding } from '../types';
import { keywords, mentions, type Vocabulary } from '../vocabulary';

// 90 to 129: anything older is a typo or a joke, and both still identify.
const OLD = String.raw`(?:9\d|1[0-2]\d)`;
const TENS = String.raw`(?:ninety|one\s+hundred(?:\s+and)?)`;
const ONES = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
const SPELLED = String.raw`(?:${TENS}(?:[-\s]${ONES})?|a\s+hundred(?:\s+and\s+${ONES})?)`;
const YO = String.raw`(?:y\.?\s?o\.?|y\/o|yo|yrs?|years?|yr\.?s?|year|y)`;

const AGE_WORDS = keywords('age', 'aged', 'ages');
const BIRTHDAY_VERBS = keywords('turned', 'turns', 'turning', 'celebrated', 'celebrating');
const PRONOUNS = keywords('she', 'he', 'they', 'who');
type Gate = (text: string, vocab?: Vocabulary) => boolean;
const spelledHint = (t: string): boolean => t.includes('inety') || t.includes('undred') || t.includes('INETY') || t.includes('UNDRED');
const BESIDE_HINT = /[(,—–-]\s?(?:9\d|1[0-2]\d|ninety|a hundred|one hundred)/i;
const DECADE_HINT = /9\d|ninet|hundreds/i;
const spelled: Gate = (t) => spelledHint(t);

const AGE_PATTERNS: [RegExp, Gate?][] = [
  // 92yo · 92 y/o · 92-year-old · 92 years old · 92 yrs · 92-yo · 101 years of age
  [new RegExp(String.raw`\b${OLD}(?:\+|\s?plus)?\s?-?\s?${YO}(?:[-\s]?olds?)?(?:\s+of\s+age)?(?![A-Za-z])`, 'gi')],
  [new RegExp(String.raw`\b${SPELLED}[-\s]${YO}(?:[-\s]?old)?(?:\s+of\s+age)?\b`, 'gi'), spelled],
  // aged 91 · age 95 · age: 100 · ages 90
  [new RegExp(String.raw`\b(?:aged?|ages|age:)\s*:?\s*(?:${OLD}|${SPELLED})\b(?!\s*(?:%|mg|ml|kg|cm|mm|bpm|\/|\.\d|days?\b|d\b|weeks?\b|wks?\b|months?\b|mos?\b|minutes?\b|hours?\b))`, 'gi'), (_t, v) => mentions(v, AGE_WORDS)],
  // 92M · 94 F · 96yF
  [new RegExp(String.raw`\b${OLD}\s?y?\s?(?:M|F|m|f)\b(?=\s+(?:with|w\/|presents?|presenting|who|pt|patient|hx|h\/o|c\/o|s\/p|admitted|here|in|on|from|,)|[,.;:)])`, 'g')],
  [new RegExp(String.raw`\b(?:super)?(?:non|nona)agenarians?|\bcentenarians?|\bsupercentenarians?`, 'gi'), (t) => t.includes('enarian')],
  // in her 90s · in his nineties · in their late 90s · mid-90s (with a person word nearby)
  [new RegExp(String.raw`\bin\s+(?:her|his|their|my|your|the\s+patient's)\s+(?:(?:early|mid|late)[-\s])?(?:90s|90's|nineties|100s|hundreds)\b`, 'gi'), (t) => DECADE_HINT.test(t)],
  [new RegExp(String.raw`\b(?:turned|turns|turning|celebrated|celebrating)\s+(?:${OLD}|${SPELLED})\b`, 'gi'), (_t, v) => mentions(v, BIRTHDAY_VERBS)],
  [new RegExp(String.raw`\b${OLD}(?:st|nd|rd|th)\s+birthday\b`, 'gi')],
  // Bare numbers beside a name or pronoun: "O'Brien, 95, from Galway" · "Giorgos (97)" · "she's 103"
  [new RegExp(String.raw`[A-Z][${LETTER}'’.-]*(?:(?:,|\s[—–-])\s(?<v>${OLD}|${SPELLED})(?=\s?,)|\s\((?<w>${OLD})(?=\)))`, 'g'), (t) => BESIDE_HINT.test(t)],
  [new RegExp(String.raw`\b(?:she|he|they|who)(?:['’]s|\s+is|\s+was|\s+turns|\s+turned)\s+(?<v>${OLD}|${SPELLED})\b(?!\s*(?:%|mg|kg|lbs?|pounds|kilos|cm|mm|minutes|mins|hours|days|weeks|months|times|percent|bpm|beats|steps|[.,]\d))`, 'gi'), (_t, v) => mentions(v, PRONOUNS)],
  [new RegExp(String.raw`,\s(?<v>${SPELLED})(?=\s?,)`, 'gi'), spelled],
];

/** Ages over 89 in every spelling (Safe Harbor groups them as "90 or older"). */
export function findAgesOver89(text: string, vocab?: Vocabulary): PhiFinding[] {
  const out: PhiFinding[] = [];
  for (const [re, gate] of AGE_PATTERNS) {
    if (gate && !gate(text, vocab)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      let end = m.index + m[0].length;
      const value = m.groups?.v ?? m.groups?.w;
      const start = value ? end - value.length : m.index;
      while (end > start && /[\s.-]/.test(text[end - 1]) && !/y\.o\.$/i.test(text.slice(start, end))) end--;
      out.push(finding(text, start, end, 'age-over-89', 0.9, 'age over 89'));
    }
  }
  return out;
}
