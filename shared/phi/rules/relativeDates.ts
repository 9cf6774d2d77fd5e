import { finding } from '../finding';
import type { PhiFinding } from '../types';

const NUM = String.raw`(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|a\s+couple(?:\s+of)?|few|couple(?:\s+of)?|several)`;
const UNIT = String.raw`(?:minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|wks?|months?|years?|shifts?)`;
const DAY = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)`;
const PART = String.raw`(?:morning|afternoon|evening|night|overnight)`;
const HOLIDAY = String.raw`(?:christmas(?:\s+(?:eve|day))?|new\s+year'?s(?:\s+(?:eve|day))?|thanksgiving|easter(?:\s+sunday)?|halloween|independence\s+day|the\s+fourth\s+of\s+july|labou?r\s+day|memorial\s+day|boxing\s+day|valentine'?s\s+day|mother'?s\s+day|father'?s\s+day|ramadan|eid|diwali|hanukkah|passover)`;

// Phrases that pin a post to a moment a colleague could look up ("yesterday on my night shift").
// Case-insensitive; a few ambiguous words ("today", "tonight") only count inside longer phrases.
const PHRASES = new RegExp(
  [
    String.raw`\b(?:the\s+)?day\s+before\s+yesterday\b`,
    String.raw`\byesterday(?:\s+(?:${PART}|at\s+\d{1,2}(?::\d{2})?\s*(?:am|pm)?))?\b`,
    String.raw`\blast\s+(?:${PART}|week(?:end)?|month|shift|call|${DAY}(?:\s+${PART})?)(?:['’]s)?\b`,
    String.raw`\b(?:this|earlier\s+this|late\s+last|early\s+this)\s+(?:${PART}|week(?:end)?|past\s+week(?:end)?)(?:['’]s)?\b`,
    String.raw`\bthis\s+past\s+(?:week(?:end)?|${DAY})\b`,
    String.raw`\b(?:earlier|later)\s+today\b`,
    String.raw`\b(?:earlier|later)\s+tonight\b`,
    String.raw`\b(?:over|during|on|at|through)\s+the\s+(?:weekend|holidays?|long\s+weekend)\b`,
    String.raw`\b(?:on|during|over|at)\s+(?:my|our|the|her|his|a|last\s+night'?s?)\s+(?:(?:night|day|evening|late|overnight|weekend|call|moonlighting|locum)\s+)?(?:shift|call)\b`,
    String.raw`\b(?:night|overnight)\s+shift\s+(?:last\s+\w+|yesterday|tonight)\b`,
    String.raw`\b${NUM}\s+${UNIT}\s+ago\b`,
    String.raw`\b(?:the\s+)?other\s+(?:day|night|week)\b`,
    String.raw`\b(?:on|last|this|next|past|since)\s+${DAY}(?:\s+${PART})?\b`,
    String.raw`\b${DAY}(?:\s+${PART}|'s\s+(?:${PART}|shift|clinic|list))\b`,
    String.raw`(?<!\bevery\s(?:other\s)?)\b${DAY}\b`,
    String.raw`\b(?:on|over|at|during|this|last|since)\s+${HOLIDAY}\b`,
    String.raw`\btomorrow(?:\s+${PART})?\b`,
    String.raw`\b(?:just\s+)?(?:an?\s+)?(?:hour|few\s+hours)\s+ago\b`,
  ].join('|'),
  'gi',
);

/** Relative dates: "yesterday", "last night", "on Tuesday", "2 days ago", "over the weekend". */
export function findRelativeDates(text: string): PhiFinding[] {
  const out: PhiFinding[] = [];
  PHRASES.lastIndex = 0;
  for (let m = PHRASES.exec(text); m; m = PHRASES.exec(text)) {
    out.push(finding(text, m.index, m.index + m[0].length, 'relative-date', 0.85, 'relative date'));
  }
  return out;
}
