import { ibanValid, luhnValid } from '../checksums';
import { finding } from '../finding';
import { measurementAlternation } from '../measurementWords';
import type { PhiFinding, PhiKind } from '../types';
import { keywords, mentions, type Vocabulary } from '../vocabulary';

type Labelled = { keys: ReadonlySet<string>; re: RegExp; kind: PhiKind; withLabel: boolean; confidence: number; reason: string; needDigits?: number };

const SEP = String.raw`\.?\s*(?:no\.?|number|num|nr\.?|#|id)?\s*[:#=]{0,2}\s*`;
const CODE = String.raw`(#?[A-Za-z]{0,5}[-/]?\d[A-Za-z0-9]*(?:[-/.][A-Za-z0-9]+){0,4})`;

// Labelled identifiers: the label says what the code is. The value must end where the code ends.
const LABELLED: Labelled[] = [
  {
    keys: keywords('ssn', 'ss', 'social'),
    re: new RegExp(String.raw`\b(?:SSN|SS#|social\s+security(?:\s+(?:no\.?|number|#))?)\s*(?:ending\s+in|last\s+(?:4|four)|is)?\s*[:#]?\s*(\d{3}[\s-]?\d{2}[\s-]?\d{4}|\d{4})\b`, 'gi'),
    kind: 'ssn', withLabel: false, confidence: 0.95, reason: 'social security number',
  },
  {
    keys: keywords('mrn', 'mr', 'med', 'medical', 'chart', 'hospital', 'ur', 'unit', 'empi', 'nhi', 'chi'),
    re: new RegExp(String.raw`\b(?:MRN|MR\s?#|MR\s?(?:no\.?|number)|med(?:ical)?\.?\s+rec(?:ord)?s?\.?(?:\s+(?:no\.?|number|#))?|medical\s+record(?:\s+(?:no\.?|number|#))?|chart\s+(?:no\.?|number|#)|hospital\s+(?:no\.?|number|#)|UR\s?(?:no\.?|number|#)|unit\s+record(?:\s+(?:no\.?|number))?|EMPI|NHI|CHI\s+(?:no\.?|number))\s*[:#]{0,2}\s*${CODE}`, 'gi'),
    kind: 'mrn', withLabel: true, confidence: 0.95, reason: 'medical record number', needDigits: 4,
  },
  {
    keys: keywords('account', 'acct', 'c', 'billing', 'invoice', 'claim', 'routing', 'bank', 'card'),
    re: new RegExp(String.raw`\b(?:account|acct|a\/c|billing(?:\s+account)?|invoice|claim|routing|bank\s+account|card)${SEP}(#?\d[\d\s-]{2,22}\d)\b`, 'gi'),
    kind: 'account', withLabel: false, confidence: 0.92, reason: 'account number', needDigits: 4,
  },
  {
    keys: keywords('dea', 'npi'),
    re: /\b(?:DEA|NPI)\s*(?:no\.?|number|#)?\s*[:#]?\s*([A-Z]{2}\d{7}|\d{10})\b/g,
    kind: 'license', withLabel: true, confidence: 0.95, reason: 'DEA or NPI number',
  },
  {
    keys: keywords('plate', 'tag', 'vehicle', 'reg', 'registration'),
    re: new RegExp(String.raw`\b(?:[Ll]icen[cs]e\s+[Pp]late|[Nn]umber\s+[Pp]late|[Pp]late|PLATE|[Tt]ag|[Vv]ehicle\s+(?:[Rr]eg\w*|ID|id)|[Rr]eg(?:istration)?\s+(?:[Pp]late|[Nn]o\.?|[Nn]umber|#))\s*(?:[Nn]o\.?|[Nn]umber|#)?\s*[:#]?\s*([A-Z0-9]{1,4}[- ]?[A-Z0-9]{1,5}(?:[- ][A-Z0-9]{1,4}){0,2})\b`, 'g'),
    kind: 'vehicle', withLabel: false, confidence: 0.9, reason: 'licence plate', needDigits: 1,
  },
  {
    keys: keywords('vin'),
    re: /\b(?:VIN)\s*(?:no\.?|number|#)?\s*[:#]?\s*([A-HJ-NPR-Z0-9]{11,17})\b/gi,
    kind: 'vehicle', withLabel: false, confidence: 0.95, reason: 'vehicle identification number', needDigits: 1,
  },
  {
    keys: keywords('license', 'licence', 'lic', 'dl', 'cdl', 'passport', 'certificate', 'cert', 'permit', 'certification'),
    re: new RegExp(String.raw`\b(?:(?:driver'?s?|driving|medical|nursing|professional|state|board)\s+licen[cs]e|licen[cs]e|lic\.|DL|CDL|passport|certificate|cert\.|permit|board\s+certification)${SEP}([A-Z0-9][A-Z0-9-]{3,19})\b`, 'gi'),
    kind: 'license', withLabel: false, confidence: 0.9, reason: 'licence or certificate number', needDigits: 3,
  },
  {
    keys: keywords('serial', 'n', 'sn', 'ser', 'device', 'udi', 'imei', 'lot', 'implant', 'model'),
    re: new RegExp(String.raw`\b(?:serial|s\/n|SN|ser\.|serial\s+(?:no\.?|number|#)|device\s+(?:id|serial|no\.?|number)|UDI|IMEI|lot|implant\s+id|model)${SEP}([A-Z0-9][A-Z0-9-]{3,40})\b`, 'gi'),
    kind: 'device', withLabel: false, confidence: 0.92, reason: 'device serial number', needDigits: 2,
  },
  {
    keys: keywords('sn'),
    re: /\bSN[-\s]?\d[\d-]{3,}[A-Z]?\b/g,
    kind: 'device', withLabel: true, confidence: 0.85, reason: 'serial number',
  },
  {
    keys: keywords('fingerprint', 'finger', 'retina', 'retinal', 'iris', 'voice', 'voiceprint', 'palm', 'palmprint', 'face', 'faceprint', 'facial', 'biometric', 'dna', 'gait'),
    re: new RegExp(String.raw`\b(?:finger\s?print|retina(?:l)?\s+scan|iris\s+scan|voice\s?print|palm\s?print|face\s?print|facial\s+(?:template|scan|geometry)|biometric|DNA\s+profile|gait\s+signature)(?:\s+(?:id|template|hash|code|record|scan|on\s+file))?${SEP}([A-Z0-9][A-Z0-9-]{3,40})\b`, 'gi'),
    kind: 'biometric', withLabel: false, confidence: 0.9, reason: 'biometric identifier', needDigits: 2,
  },
  {
    keys: keywords('member', 'insurance', 'insurer', 'subscriber', 'policy', 'group', 'plan', 'medicare', 'medicaid', 'beneficiary', 'mbi', 'health', 'ohip', 'nhs', 'encounter', 'visit', 'accession', 'acc', 'specimen', 'requisition', 'order', 'employee', 'staff', 'student', 'badge', 'id'),
    re: new RegExp(String.raw`\b(?:member|insurance|insurer|subscriber|policy|group|plan|medicare|medicaid|beneficiary|MBI|health\s+plan|health\s+card|OHIP|NHS|encounter|visit|accession|acc|specimen|requisition|order|employee|staff|student|badge|ID)${SEP}([A-Z0-9][A-Z0-9-]{3,20})\b`, 'gi'),
    kind: 'id', withLabel: false, confidence: 0.9, reason: 'identifier', needDigits: 3,
  },
  {
    keys: keywords('bed', 'beds', 'bd', 'room', 'rooms', 'rm', 'rms', 'bay', 'bays', 'cubicle', 'cubicles', 'cube', 'stretcher', 'pod', 'space'),
    re: /\b(?:beds?|bd|rooms?|rms?|bays?|cubicles?|cube|stretcher|pod|bed\s+space)\.?\s*[:#]?\s*#?\s*(\d{1,4}[A-Za-z]?|[A-Za-z]\d{1,3}|[A-Za-z]{1,2}-\d{1,4})\b/gi,
    kind: 'id', withLabel: false, confidence: 0.88, reason: 'bed or room number',
  },
];

const THREE_DIGITS = /\d{3}/;
const MORE_ROOMS = /^\s*(?:,|and|&|or|,\s*and)\s*(\d{1,4}[A-Za-z]?)\b/i;
const CARD = /\b(?:\d[ -]?){12,18}\d\b/g;
const IBAN = /\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?\b/g;
// GS1 UDI: (01) and 14 digits, then application identifiers such as (17) expiry or (21) serial.
const GS1_UDI = /\(01\)\s?\d{14}(?:\s?\(\d{2,4}\)\s?[A-Za-z0-9-]{1,20})*/g;
const SSN_PLAIN = /\b\d{3}-\d{2}-\d{4}\b/g;
// A VIN is exactly 17 of [A-HJ-NPR-Z0-9]; a plain character scan finds such runs far faster than a regex.
function vinRuns(text: string): number[] {
  const starts: number[] = [];
  let run = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    const ok = (c >= 48 && c <= 57) || (c >= 65 && c <= 90 && c !== 73 && c !== 79 && c !== 81);
    if (ok) run++;
    else {
      if (run === 17 && !/\w/.test(text[i - 18] ?? '') && !/\w/.test(text[i] ?? '')) starts.push(i - 17);
      run = 0;
    }
  }
  return starts;
}
const DEA_SHAPE = /\b[A-Z][A-Z9]\d{7}\b/g;
// Unlabelled codes: letters then many digits (ZMW620801) or a long run of digits.
// Starts only at a word boundary or a "#": a long digit run is otherwise rescanned from every
// position (quadratic). The character before is checked in code.
const CODE_LIKE = /(?:#|\b)(?:[A-Z]{1,5}-?\d{4,}[A-Z]?|\d{5,}|[A-Z]{1,4}\d*-\d{3,}(?:-[A-Z0-9]{1,6})+)(?![\w,]|\.\d)/g;
const NOT_ID_BEFORE = new RegExp(String.raw`(?:\b(?:${measurementAlternation()})|\$|€|£|\b(?:usd|eur|gbp|population|of|in|per|about|approximately|over|under|than|up\s+to)|~)\s*(?:of|is|was|=|:)?\s*$`, 'i');
const NOT_ID_AFTER = /^\s*(?:mg|mcg|µg|g|kg|ml|l|iu|units?|u\b|copies|cells|people|persons|patients|adults|children|births|deaths|cases|steps|calories|kcal|dollars|usd|eur|gbp|words|views|followers|likes|subscribers|members|downloads|\/|x\s*10|%)/i;

function digits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) n++;
  return n;
}

function deaValid(code: string): boolean {
  const d = code.slice(2).split('').map(Number);
  const sum = d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5]);
  return sum % 10 === d[6];
}

/** SSNs, record, account, licence, vehicle, device, biometric and other identifying numbers. */
export function findIdentifiers(text: string, vocab?: Vocabulary): PhiFinding[] {
  const out: PhiFinding[] = [];
  for (const rule of LABELLED) {
    if (!mentions(vocab, rule.keys)) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      const value = m[1] ?? m[0];
      let valueEnd = m.index + m[0].length;
      const trimmed = value.replace(/[-/.\s]+$/, '');
      valueEnd -= value.length - trimmed.length;
      if (rule.needDigits && digits(trimmed) < rule.needDigits) continue;
      const start = rule.withLabel ? m.index : valueEnd - trimmed.length;
      out.push(finding(text, start, valueEnd, rule.kind, rule.confidence, rule.reason));
      // "rooms 412 and 414", "beds 3, 4 and 7": each number of a list is its own identifier.
      if (rule.reason === 'bed or room number') {
        let at = valueEnd;
        for (let more = MORE_ROOMS.exec(text.slice(at)); more; more = MORE_ROOMS.exec(text.slice(at))) {
          const s = at + more[0].length - more[1].length;
          out.push(finding(text, s, s + more[1].length, 'id', rule.confidence, rule.reason));
          at = s + more[1].length;
        }
      }
    }
  }
  if (text.includes('(01)')) {
    GS1_UDI.lastIndex = 0;
    for (let m = GS1_UDI.exec(text); m; m = GS1_UDI.exec(text)) out.push(finding(text, m.index, m.index + m[0].length, 'device', 0.92, 'device identifier (GS1 UDI)'));
  }
  SSN_PLAIN.lastIndex = 0;
  for (let m = SSN_PLAIN.exec(text); m; m = SSN_PLAIN.exec(text)) {
    out.push(finding(text, m.index, m.index + m[0].length, 'ssn', 0.9, 'social security number shape'));
  }
  const allDigits = digits(text);
  CARD.lastIndex = 0;
  for (let m = allDigits >= 13 ? CARD.exec(text) : null; m; m = CARD.exec(text)) {
    const d = m[0].replace(/\D/g, '');
    if (d.length >= 13 && d.length <= 19 && /^[3-6]/.test(d) && luhnValid(d)) {
      out.push(finding(text, m.index, m.index + m[0].length, 'account', 0.9, 'payment card number (Luhn)'));
    }
  }
  IBAN.lastIndex = 0;
  for (let m = IBAN.exec(text); m; m = IBAN.exec(text)) {
    if (ibanValid(m[0])) out.push(finding(text, m.index, m.index + m[0].length, 'account', 0.95, 'IBAN (checksum)'));
  }
  for (const start of vinRuns(text)) {
    const vin = text.slice(start, start + 17);
    if (digits(vin) < 2 || digits(vin) > 15) continue;
    out.push(finding(text, start, start + 17, 'vehicle', 0.8, 'vehicle identification number shape'));
  }
  DEA_SHAPE.lastIndex = 0;
  for (let m = DEA_SHAPE.exec(text); m; m = DEA_SHAPE.exec(text)) {
    if (deaValid(m[0])) out.push(finding(text, m.index, m.index + m[0].length, 'license', 0.8, 'DEA number (checksum)'));
  }
  CODE_LIKE.lastIndex = 0;
  for (let m = THREE_DIGITS.test(text) ? CODE_LIKE.exec(text) : null; m; m = CODE_LIKE.exec(text)) {
    if (/[\w.,/$€£]/.test(text[m.index - 1] ?? '')) continue;
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
    if (NOT_ID_BEFORE.test(before) || NOT_ID_AFTER.test(after)) continue;
    if (/^(?:19|20)\d{2}$/.test(m[0])) continue;
    out.push(finding(text, m.index, m.index + m[0].length, 'id', 0.6, 'identifier-like code'));
  }
  return out;
}
