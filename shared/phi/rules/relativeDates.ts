import { finding } from '../finding';
import { textWords, type Word } from '../textWords';
import type { PhiFinding } from '../types';

const NUM = String.raw`(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|a\s+couple(?:\s+of)?|few|couple(?:\s+of)?|several)`;
const UNIT = String.raw`(?:minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|wks?|months?|years?|shifts?|weekends?|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)`;
const DAY = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)`;
const PART = String.raw`(?:morning|afternoon|evening|night|overnight)`;
const HOLIDAY = String.raw`(?:christmas(?:\s+(?:eve|day))?|new\s+year'?s(?:\s+(?:eve|day))?|thanksgiving|easter(?:\s+sunday)?|halloween|independence\s+day|the\s+fourth\s+of\s+july|labou?r\s+day|memorial\s+day|boxing\s+day|valentine'?s\s+day|mother'?s\s+day|father'?s\s+day|ramadan|eid|diwali|hanukkah|passover)`;

// Phrases that pin a post to a moment a colleague could look up ("yesterday on my night shift").
// Case-insensitive; a few ambiguous words ("today", "tonight") only count inside longer phrases.
const PHRASES = new RegExp(
  [
    String.raw`\b(?:the\s+)?day\s+before\s+yesterday\b`,
    String.raw`\byesterday(?:\s+(?:${PART}|at\s+\d{1,2}(?::\d{2})?\s*(?:am|pm)?))?\b`,
    String.raw`\blast\s+(?:${PART}|week(?:end)?|month|year|shift|call|${DAY}(?:\s+${PART})?)(?:['’]s)?\b`,
    String.raw`\b(?:this|earlier\s+this|late\s+last|early\s+this)\s+(?:${PART}|week(?:end)?|past\s+week(?:end)?)(?:['’]s)?\b`,
    String.raw`\bthis\s+past\s+(?:week(?:end)?|${DAY})\b`,
    String.raw`\b(?:earlier|later)\s+today\b`,
    String.raw`\b(?:earlier|later)\s+tonight\b`,
    String.raw`\b(?:over|during|on|at|through)\s+the\s+(?:weekend|holidays?|long\s+weekend)\b`,
    String.raw`\b(?:on|during|over|at)\s+(?:my|our|the|her|his|a|last\s+night'?s?)\s+(?:(?:night|day|evening|late|overnight|weekend|call|moonlighting|locum)\s+)?(?:shift|call)\b`,
    String.raw`\b(?:night|overnight)\s+shift\s+(?:last\s+\w+|yesterday|tonight)\b`,
    String.raw`\b(?:the\s+)?other\s+(?:day|night|week)\b`,
    String.raw`\b(?:on|last|this|past|since)\s+${DAY}(?:\s+${PART})?\b`,
    String.raw`\b${DAY}(?:\s+${PART}|'s\s+(?:${PART}|shift|clinic|list))\b`,
    String.raw`\b${DAY}\b`,
    String.raw`\b(?:on|over|at|during|this|last|since)\s+${HOLIDAY}\b`,
    String.raw`\b(?:christmas\s+(?:eve|day|morning|night)|new\s+year['’]?s\s+(?:eve|day)|thanksgiving(?:\s+(?:day|weekend|night|morning|dinner))?|easter\s+(?:sunday|weekend|monday)|halloween(?:\s+night)?|fourth\s+of\s+july|july\s+4th|boxing\s+day|memorial\s+day|labou?r\s+day|independence\s+day|valentine['’]?s\s+day|mother['’]?s\s+day|father['’]?s\s+day)\b`,
    String.raw`\btomorrow(?:\s+${PART})?\b`,
  ].join('|'),
  'gi',
);


// The phrases are tried only where one can start: at a trigger word (sticky match), and around
// each "ago". Scanning every position of a long text with the whole alternation is many times slower.
const STICKY = new RegExp(PHRASES.source, 'iy');
const TRIGGERS = new Set([
  'the', 'day', 'yesterday', 'last', 'this', 'earlier', 'late', 'early', 'later', 'over', 'during', 'on', 'at', 'through',
  'night', 'overnight', 'other', 'since', 'past', 'next', 'tomorrow', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'christmas', 'new', 'thanksgiving', 'easter', 'halloween', 'fourth', 'july', 'boxing', 'memorial', 'labor',
  'labour', 'independence', 'valentine', 'mother', 'father',
]);
const AGO = /\bago\b/gi;
const BEFORE_AGO = new RegExp(String.raw`\b(?:just\s+)?(?:${NUM}\s+${UNIT}|an?\s+(?:hour|few\s+hours))\s+$`, 'i');
const NOT_A_DAY_BEFORE = /\b(?:every\s+(?:other\s+)?|happy\s+|next\s+|this\s+coming\s+)$/i;

/** Relative dates: "yesterday", "last night", "on Tuesday", "2 days ago", "over the weekend". */
export function findRelativeDates(text: string, words: readonly Word[] = textWords(text)): PhiFinding[] {
  const out: PhiFinding[] = [];
  let until = 0;
  for (const w of words) {
    if (w.start < until || !TRIGGERS.has(w.lower)) continue;
    STICKY.lastIndex = w.start;
    const m = STICKY.exec(text);
    if (!m) continue;
    // "every Sunday" is a habit, "Happy Friday!" a greeting and "next Thursday" an announcement,
    // not a day a colleague could look up.
    if (NOT_A_DAY_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    out.push(finding(text, m.index, m.index + m[0].length, 'relative-date', 0.85, 'relative date'));
    until = m.index + m[0].length;
  }
  AGO.lastIndex = 0;
  for (let m = AGO.exec(text); m; m = AGO.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const b = BEFORE_AGO.exec(before);
    if (b) out.push(finding(text, m.index - before.length + b.index, m.index + 3, 'relative-date', 0.85, 'relative date'));
  }
  return out;
}
