import { finding } from '../finding';
import { LETTER } from '../letters';
import { capitalisedRunStart } from '../capitalisedRun';
import type { Lexicon } from '../lexicon';
import type { Word } from '../textWords';
import type { PhiFinding } from '../types';
import { keywords, mentions, type Vocabulary } from '../vocabulary';

const SUFFIX = String.raw`(?:Hospitals?|Medical\s+Cent(?:er|re)|Health\s+(?:Cent(?:er|re)|System|Sciences?\s+Cent(?:er|re)|Trust|Services)|Clinic|Infirmary|Hospice|Nursing\s+(?:Home|Facility)|Care\s+(?:Home|Cent(?:er|re)|Facility)|Rehab(?:ilitation)?(?:\s+(?:Cent(?:er|re)|Hospital|Institute))?|Healthcare|Health\s*Care|Memorial(?:\s+Hospital)?|General(?:\s+Hospital)?|Regional(?:\s+(?:Medical\s+Cent(?:er|re)|Hospital))?|Children'?s(?:\s+Hospital)?|University\s+Hospitals?|Medical\s+Group|Urgent\s+Care|Surgery\s+Cent(?:er|re)|Surgical\s+Cent(?:er|re)|Cancer\s+(?:Cent(?:er|re)|Institute)|Heart\s+Institute|Institute|Sanatorium|Asylum|Radiology|Imaging(?:\s+Cent(?:er|re))?|Cardiology|Oncology|Orthopa?edics|Pediatrics|Paediatrics|Dermatology|Urology|Neurology|Women'?s\s+Health|Family\s+(?:Medicine|Practice)|Eye\s+(?:Care|Cent(?:er|re))|Physical\s+Therapy|(?:Medical|Surgical|Pediatric)\s+Associates|Associates|Health\s+Partners|Senior\s+Living|Assisted\s+Living|Retirement\s+(?:Home|Village|Community)|Manor|Nursing\s+and\s+Rehabilitation|Laborator(?:y|ies)|Labs|Pharmacy|Dialysis(?:\s+Cent(?:er|re))?|Birth(?:ing)?\s+Cent(?:er|re)|Maternity(?:\s+Hospital)?|NHS\s+(?:Foundation\s+)?Trust|Foundation\s+Trust|HOSP|HOSPITAL|MEDICAL\s+CENT(?:ER|RE)|CLINIC|MEMORIAL|RADIOLOGY|IMAGING)`;

const KNOWN_FIRST_WORDS = keywords(
  'va', 'vamc',
  'sacred', 'good', 'mount', 'mt', 'cedars', 'cedars-sinai', 'johns', 'mass', 'kaiser', 'bellevue', 'charité', 'charite', 'karolinska',
  'great', 'addenbrooke', 'guy', 'newyork-presbyterian', 'beth', 'brigham', 'cleveland', 'parkland', 'grady', 'jackson', 'cook',
  'barnes', 'barnes-jewish', 'ochsner', 'geisinger', 'intermountain', 'providence', 'baptist', 'sunnybrook', 'toronto', 'royal',
);

const FACILITY_PATTERNS: [RegExp, number, string, ReadonlySet<string>][] = [
  // Hospital of the University of Pennsylvania · University of Michigan Medical Center
  [new RegExp(String.raw`\b(?:Hospital|Clinic|Infirmary|University|Medical\s+Cent(?:er|re))\s+of\s+(?:the\s+)?(?:[A-Z][${LETTER}'’.-]*\s*){1,4}(?:${SUFFIX})?`, 'g'), 0.8, 'facility name of place', keywords('hospital', 'clinic', 'infirmary', 'university', 'medical')],
  // Hospital Universitario La Paz · Hôpital Saint-Louis · Klinikum Rechts der Isar · Ospedale San Raffaele
  [new RegExp(String.raw`\b(?:Hospital|Hôpital|Hopital|Ospedale|Klinikum|Krankenhaus|Clínica|Clinica|Clinique|Centre\s+Hospitalier|Universitätsklinikum|Policlinico|Sanatorio|Hospitalet)\s+(?:(?:[A-Z][${LETTER}'’.-]*|de|del|la|di|der|des|du|y)\s+){0,4}[A-Z][${LETTER}'’.-]*`, 'g'), 0.85, 'facility name', keywords('hospital', 'hôpital', 'hopital', 'ospedale', 'klinikum', 'krankenhaus', 'clínica', 'clinica', 'clinique', 'centre', 'universitätsklinikum', 'policlinico', 'sanatorio', 'hospitalet')],
  // St. Mary's · St Jude's · Saint Luke's Hospital · St. Thomas'
  [new RegExp(String.raw`\b(?:St\.?|Saint|Ste\.?)\s+[A-Z][${LETTER}-]+(?:['’]s?)?(?:\s+${SUFFIX})?`, 'g'), 0.82, 'saint-named facility', keywords('st', 'saint', 'ste')],
  // Named systems with no suffix that clinicians write alone.
  [/\b(?:Sacred\s+Heart|Good\s+Samaritan|Mount\s+Sinai|Mt\.?\s+Sinai|Cedars[-\s]Sinai|Johns\s+Hopkins|Mass\s+General|Kaiser(?:\s+Permanente)?|Bellevue|Charit[ée]|Karolinska|Great\s+Ormond\s+Street|Addenbrooke'?s|Guy'?s(?:\s+and\s+St\.?\s+Thomas'?)?|NewYork-Presbyterian|Beth\s+Israel|Brigham(?:\s+and\s+Women'?s)?|Cleveland\s+Clinic|Parkland(?!\s+formula)|the\s+VA\b(?:\s+(?:hospital|medical\s+cent(?:er|re)))?|VAMC|Grady|Jackson\s+Memorial|Cook\s+County|Barnes[-\s]Jewish|Ochsner|Geisinger|Intermountain|Providence|Baptist\s+Health|Sunnybrook|Toronto\s+General|Royal\s+(?:Free|London|Brompton|Marsden))\b/g, 0.85, 'known facility', KNOWN_FIRST_WORDS],
  // Units: the 4 West ICU · 5 North · Ward 7B · Unit 4C · Pod B
  [/\b(?:the\s+)?\d{1,2}\s?(?:West|East|North|South)\b(?:\s+(?:[a-z]+\s+)?(?:ICU|CCU|MICU|SICU|CVICU|NICU|PICU|step-?down|tele(?:metry)?|unit|ward|wing|pod))?/g, 0.85, 'hospital unit', keywords('west', 'east', 'north', 'south')],
  [/\b(?:the\s+)?\d{1,2}[WENS]\b(?=\s+(?:ICU|CCU|MICU|SICU|CVICU|NICU|PICU|step-?down|tele(?:metry)?|unit|ward|wing|pod))(?:\s+\S+)?/g, 0.8, 'hospital unit', keywords('icu', 'ccu', 'micu', 'sicu', 'cvicu', 'nicu', 'picu', 'step-down', 'stepdown', 'tele', 'telemetry', 'unit', 'ward', 'wing', 'pod')],
  [/\b(?:(?:MICU|SICU|NICU|PICU|CVICU|ICU|CCU)\s+)?(?:[Ww]ard|WARD|[Uu]nit|UNIT|[Pp]od|[Ww]ing)\s+(?:\d{1,2}[A-Za-z]?|[A-Z]\d?)\b(?!\s*(?:of|mg|ml|units?|dose))/g, 0.85, 'ward or unit', keywords('ward', 'unit', 'pod', 'wing')],
];

// Riverside Clinic · Lakeview Memorial Hospital · Mercy General · Sacred Heart Radiology: found by
// the suffix, then extended back over the capitalised words before it.
const SUFFIX_WORD = new RegExp(String.raw`\b${SUFFIX}\b`, 'g');

// Words before a name that belong to the sentence: "The", "At", "Consult", "Ask the".
const NOT_FACILITY_HEAD = /^(?:the|a|an|our|my|this|that|your|their|his|her|in|at|to|from|for|with|and|or|but|if|when|free|local|best|every|any|each|no|some|consult|ask|call|page|see|visit|contact|tell|email|text|thank|thanks|congrats|shoutout|welcome|join|meet|follow|transfer|send|refer|admit|admitted|transferred)\s+/i;
// St. John's wort, St. Vitus dance, St. Anthony's fire: herbs and old disease names.
const SAINT_NOT_PLACE = /^(?:St\.?|Saint|Ste\.?)\s+\S+?['’]?s?\s+(?:wort|Vitus|dance|fire)\b/;

// "Interventional Radiology", "Family Medicine Clinic": a department, not a place that identifies.
const SUFFIX_AT_END = new RegExp(String.raw`\s+${SUFFIX}$`, 'u');

function onlyDepartmentWords(name: string, lex: Lexicon): boolean {
  const words = name.replace(SUFFIX_AT_END, '').toLowerCase().split(/[\s&]+/).filter(Boolean);
  return words.every((w) => lex.medical.has(w) || lex.departments.has(w) || w === 'of' || w === 'the' || w === 'and');
}

// "transfers to Bayview", "uploads at Presbyterian", "a nurse at Lakeside": after these words a
// capitalised name that is not an ordinary, medical or department word is a facility.
const FACILITY_CUE = new RegExp(String.raw`\b(?:case|cases|uploads|admitted|seen|treated|transferred|transfers|transfer|transferring|works|working|worked|nurse|nurses|doctor|doctors|resident|residents|intern|attending|rotating|born|delivered|died|discharged|sent|flown|medevaced|rushed|brought|taken)\s+(?:at|to|from)\s+(?=[A-Z])`, 'g');
const FACILITY_CUE_WORDS = keywords('case', 'cases', 'uploads', 'admitted', 'seen', 'treated', 'transferred', 'transfers', 'transfer', 'transferring', 'works', 'working', 'worked', 'nurse', 'nurses', 'doctor', 'doctors', 'resident', 'residents', 'intern', 'attending', 'rotating', 'born', 'delivered', 'died', 'discharged', 'sent', 'flown', 'medevaced', 'rushed', 'brought', 'taken');
const CUED_NAME_WORD = new RegExp(String.raw`^[A-Z][${LETTER}'’.-]*`);

function cuedFacility(text: string, from: number, lex: Lexicon): number {
  let end = from;
  let pos = from;
  for (let n = 0; n < 3; n++) {
    const m = CUED_NAME_WORD.exec(text.slice(pos, pos + 40));
    if (!m) break;
    const word = m[0].replace(/['’]s?$|\.$/, '');
    const l = word.toLowerCase();
    if (lex.common.has(l) || lex.medical.has(l) || lex.properNouns.has(l) || lex.departments.has(l) || /^[A-Z]+$/.test(word) && word.length <= 4) break;
    end = pos + m[0].replace(/\.$/, '').length;
    if (text[pos + m[0].length] !== ' ') break;
    pos += m[0].length + 1;
  }
  return end;
}

// "Mayo Clinic Proceedings", "Cleveland Clinic Journal": a publication, not a place of care.
const PUBLICATION_AFTER = /^\s+(?:Proceedings|Journal|Press|Notes|Manual|Handbook|Review|Guide|Podcast|guidelines|protocol|criteria|score)\b/;

// Known names ("UPMC", "NYU Langone", "CHOP's lounge"): the longest listed run of up to four
// capitalised words starting at each capitalised word.
function knownFacilities(text: string, words: readonly Word[], lex: Lexicon): PhiFinding[] {
  const out: PhiFinding[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!words[i].cap || words[i].tag || !lex.facilityFirstWords.has(words[i].lower)) continue;
    let name = '';
    let best = -1;
    for (let k = i; k < i + 4 && k < words.length; k++) {
      if (k > i && (words[k].start - words[k - 1].end > 2 || words[k - 1].possessive)) break;
      name = k === i ? words[k].lower : `${name}${text.slice(words[k - 1].end, words[k].start).toLowerCase()}${words[k].lower}`;
      if (lex.facilities.has(name) || lex.facilities.has(`${name}'s`)) best = k;
    }
    // "Parkland formula", "Hopkins criteria": a named rule, not the hospital.
    const after = words[best + 1];
    if (best >= 0 && !(after && lex.headNouns.has(after.lower) && after.start - words[best].end <= 2)) {
      out.push(finding(text, words[i].start, words[best].end, 'facility', 0.85, 'known facility name'));
      i = best;
    }
  }
  return out;
}

/** Hospitals, clinics and named wards or units. */
export function findFacilities(text: string, lex: Lexicon, vocab?: Vocabulary, words?: readonly Word[]): PhiFinding[] {
  const out: PhiFinding[] = [];
  if (words) out.push(...knownFacilities(text, words, lex));
  const candidates: [number, string, number, string][] = [];
  SUFFIX_WORD.lastIndex = 0;
  for (let m = SUFFIX_WORD.exec(text); m; m = SUFFIX_WORD.exec(text)) {
    const start = capitalisedRunStart(text, m.index, 4);
    if (start < m.index) candidates.push([start, text.slice(start, m.index + m[0].length), 0.88, 'facility name']);
  }
  for (const [re, confidence, reason, keys] of FACILITY_PATTERNS) {
    if (!mentions(vocab, keys)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (reason === 'saint-named facility' && SAINT_NOT_PLACE.test(text.slice(m.index, m.index + 60))) continue;
      const head = reason === 'facility name of place' ? capitalisedRunStart(text, m.index, 3) : m.index;
      candidates.push([head, text.slice(head, m.index + m[0].length), confidence, reason]);
    }
  }
  if (mentions(vocab, FACILITY_CUE_WORDS)) {
    FACILITY_CUE.lastIndex = 0;
    for (let m = FACILITY_CUE.exec(text); m; m = FACILITY_CUE.exec(text)) {
      const start = m.index + m[0].length;
      const end = cuedFacility(text, start, lex);
      if (end > start) out.push(finding(text, start, end, 'facility', 0.6, 'name after a facility word'));
    }
  }
  for (const [matchStart, matched, confidence, reason] of candidates) {
    let start = matchStart;
    let s = matched;
    // Leading function words ("The", "At") belong to the sentence, not the name.
    const named = reason === 'facility name' || reason === 'facility name of place';
    for (let head = named ? NOT_FACILITY_HEAD.exec(s) : null; head; head = NOT_FACILITY_HEAD.exec(s)) {
      start += head[0].length;
      s = s.slice(head[0].length);
    }
    if (/^(?:Surgeon|Attorney|Secretary|Inspector|Consul|Governor|Postmaster)\b/.test(s) || /^\s*$/.test(s)) continue;
    if (reason === 'facility name' && onlyDepartmentWords(s, lex)) continue;
    if (PUBLICATION_AFTER.test(text.slice(start + s.length, start + s.length + 16))) continue;
    const end = start + s.replace(/[\s.]+$/, '').length;
    if (end > start) out.push(finding(text, start, end, 'facility', confidence, reason));
  }
  return out;
}
