import { capitalisedRunStart } from '../capitalisedRun';
import { finding } from '../finding';
import { LETTER } from '../letters';
import type { Lexicon } from '../lexicon';
import type { Word } from '../textWords';
import type { PhiFinding } from '../types';
import { keywords, mentions, type Vocabulary } from '../vocabulary';

const STREET_TYPE = String.raw`(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Ter|Circle|Cir|Highway|Hwy|Parkway|Pkwy|Close|Crescent|Cres|Square|Sq|Trail|Trl|Row|Gardens|Grove|Mews|Alley|Pike|Route|Rte)`;
const STATE_ABBR = 'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR';
const CAP = String.raw`[A-Z][${LETTER}'’.-]*`;

const FOREIGN_STREET_WORDS = keywords('rua', 'avenida', 'av', 'calle', 'carrer', 'via', 'viale', 'piazza', 'corso', 'rue', 'place', 'plaza', 'praça', 'largo', 'ulica', 'ul', 'straße', 'strasse', 'gasse');
const FRENCH_STREET_WORDS = keywords('rue', 'avenue', 'boulevard', 'place', 'allée', 'chemin', 'impasse');
const BOX_WORDS = keywords('box');
const POSTCODE_WORDS = keywords('zip', 'postcode', 'postal');
const AU_STATES = keywords('nsw', 'vic', 'qld', 'wa', 'sa', 'tas', 'act', 'nt');
const TOWN_WORDS = keywords('county', 'township', 'city', 'town', 'village', 'borough');
const MOUNT_WORDS = keywords('mount', 'mt');
const DIGIT = /\d/;
const WORD_ONLY_PLACES = new Set(['county or town', 'mountain']);
const APT_WORDS = keywords('apt', 'apartment', 'suite', 'ste', 'flat', 'unit');
type Gate = (text: string, vocab?: Vocabulary) => boolean;
const GERMAN_STREET_ENDINGS = ['straße', 'strasse', 'str.', 'weg', 'allee', 'platz', 'gasse', 'ring', 'damm'];
// A German street ending followed by a house number somewhere in the text.
const germanStreet: Gate = (text) => {
  for (const e of GERMAN_STREET_ENDINGS) {
    for (let at = text.indexOf(e); at >= 0; at = text.indexOf(e, at + 1)) {
      const next = text.charCodeAt(at + e.length) === 32 ? text.charCodeAt(at + e.length + 1) : text.charCodeAt(at + e.length);
      if (next >= 48 && next <= 57) return true;
    }
  }
  return false;
};
const FIVE_DIGITS = /\d{5}/;
const UK_HINT = /\d[A-Z]{2}\b/;
const CA_HINT = /\d[A-Z]\d\b/;
const NL_HINT = /\d{4}\s?[A-Z]{2}\s/;
const GPS_HINT = /\d\.\d{3,}/;

const PLACE_PATTERNS: [RegExp, number, string, Gate?][] = [
  // 1234 Oak Street · 42 W. Maple Ave., Apt 4B
  [new RegExp(String.raw`\b\d{1,6}[A-Za-z]?\s+(?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\.?\s+)?(?:${CAP}\s+){1,3}${STREET_TYPE}\b\.?(?:,?\s+(?:Apt|Apartment|Suite|Ste|Unit|#)\.?\s*#?\s*[A-Za-z0-9-]+)?`, 'g'), 0.92, 'street address'],
  // Hauptstraße 5 · Ackerweg 12a · Rue de la Paix 3
  [/\b[A-ZÄÖÜ][a-zäöüß-]+(?:straße|strasse|str\.|weg|allee|platz|gasse|ring|damm)\s*\d{1,4}[a-z]?\b/g, 0.9, 'street address', germanStreet],
  // Rua Augusta 274 · Calle Mayor 5 · Via Roma 12 · ul. Długa 7 · 12 rue de la Paix
  [new RegExp(String.raw`\b(?:Rua|Avenida|Av\.|Calle|Carrer|Via|Viale|Piazza|Corso|Rue|Place|Plaza|Praça|Largo|Ulica|ul\.|Straße|Strasse|Gasse)\s+(?:(?:[A-ZÀ-Ý][${LETTER}'’.-]*|de|da|do|dos|del|della|la|le|des|du)\s+){0,3}[A-ZÀ-Ý][${LETTER}'’.-]*,?\s+\d{1,5}[a-z]?\b`, 'g'), 0.9, 'street address', (_t, v) => mentions(v, FOREIGN_STREET_WORDS)],
  [new RegExp(String.raw`\b\d{1,4},?\s+(?:rue|avenue|boulevard|place|allée|chemin|impasse)\s+(?:(?:de|du|des|la|le|l')\s*)*[A-ZÀ-Ý][${LETTER}'’.-]*(?:\s+[A-ZÀ-Ý][${LETTER}'’.-]*){0,2}`, 'g'), 0.9, 'street address', (_t, v) => mentions(v, FRENCH_STREET_WORDS)],
  // Apt 4B · Suite 210 · Flat 3 (the secondary line of an address)
  [/\b(?:Apt|Apartment|Suite|Ste|Flat|Unit)\.?\s*#?\s*\d{1,5}[A-Za-z]?\b(?=,?\s+\d{1,6}\s+[A-Z])|\b(?:Apt|Apartment|Flat)\.?\s*#?\s*\d{1,5}[A-Za-z]?\b/g, 0.85, 'apartment or suite', (_t, v) => mentions(v, APT_WORDS)],
  [/\b(?:P\.?\s?O\.?\s+Box|PO\s+Box|Post\s+Office\s+Box)\s+\d+\b/gi, 0.92, 'post office box', (_t, v) => mentions(v, BOX_WORDS)],
  // ZIP with a state: Fresno, CA 93721 · TX 75001-1234
  [new RegExp(String.raw`\b(?:${STATE_ABBR})\s{1,2}\d{5}(?:-\d{4})?\b`, 'g'), 0.92, 'state and ZIP code', (t) => FIVE_DIGITS.test(t)],
  [/\b(?:zip|ZIP|Zip|postcode|Postcode|postal\s+code|zip\s+code|ZIP\s+code)\s*[:#]?\s*(?<v>\d[A-Z0-9]{2,4}(?:[-\s][A-Z0-9]{3,4})?|[A-Z]{1,2}\d[A-Z0-9]?\s?\d[A-Z]{2})\b/g, 0.92, 'postal code', (_t, v) => mentions(v, POSTCODE_WORDS)],
  // UK: SW1A 1AA · M1 1AE · B33 8TH
  [/\b(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?)\s?\d[ABD-HJLNP-UW-Z]{2}\b/g, 0.85, 'UK postcode', (t) => UK_HINT.test(t)],
  // Canada: K1A 0B1
  [/\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ -]?\d[ABCEGHJ-NPRSTV-Z]\d\b/g, 0.88, 'Canadian postcode', (t) => CA_HINT.test(t)],
  // Germany, France, Spain, Italy…: a 5-digit code before the town (10115 Berlin, D-80331 München)
  [/\b(?:[A-Z]{1,2}-)?\d{5}\s+(?=[A-ZÄÖÜ][a-zäöüßéèàç]{2,})/g, 0.85, 'postcode', (t) => FIVE_DIGITS.test(t)],
  // Netherlands: 1012 AB Amsterdam
  [/\b\d{4}\s?(?!IU|MG|ML|KG|CM|MM|BP|HR|PO|IV|IM|SC|OD|BD|QD|PM|AM|AD|BC|CE)[A-Z]{2}(?=\s+[A-Z][a-z]{2,})/g, 0.8, 'postcode', (t) => NL_HINT.test(t)],
  // Australia: NSW 2000
  [/\b(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\s(?<v>\d{4})\b/g, 0.85, 'postcode', (_t, v) => mentions(v, AU_STATES)],
  [new RegExp(String.raw`\b(?:County|Township|City|Town|Village|Borough)\s+of\s+(?:[A-Z][${LETTER}'’.-]*\s?){1,3}`, 'g'), 0.85, 'county or town', (_t, v) => mentions(v, TOWN_WORDS)],
  // I-95 · US-101 · Route 66 · Highway 1 · exit 12 (isotopes such as I-131 excluded)
  // ("US 12 weeks" is an ultrasound and "SR 72" sinus rhythm, so those need a hyphen or are left out.)
  [/\b(?:I-(?!12[345]\b|131\b)\d{1,3}|US-\d{1,3}|(?:Route|Rte\.?|Highway|Hwy\.?|Interstate)[- ]?\d{1,4}[A-Z]?|[Ee]xit\s+\d{1,3}[A-Z]?)\b/g, 0.8, 'road or exit'],
  // Mount Rainier · Mt. Kilimanjaro (a hospital called "Mount Sinai" wins as a facility)
  [new RegExp(String.raw`\b(?:Mount|Mt\.?)\s+[A-Z][${LETTER}'’-]+`, 'g'), 0.6, 'mountain', (_t, v) => mentions(v, MOUNT_WORDS)],
  // GPS: 40.7128, -74.0060 · 40.7128° N, 74.0060° W
  [/-?\b\d{1,2}\.\d{3,}°?\s*[NS]?,\s*-?\d{1,3}\.\d{3,}°?\s*[EW]?\b/g, 0.9, 'coordinates', (t) => GPS_HINT.test(t)],
];

const STREET_HEADS = keywords('street', 'avenue', 'road', 'boulevard', 'lane', 'drive', 'terrace', 'crescent', 'parkway', 'highway');
const DISTRICT_HEADS = keywords('county', 'parish', 'township', 'borough', 'precinct', 'district', 'shire', 'municipality', 'province', 'prefecture');
const HEADED_PLACES: [RegExp, number, number, string, ReadonlySet<string>][] = [
  [/\b(?:Street|Avenue|Road|Boulevard|Lane|Drive|Terrace|Crescent|Parkway|Highway)\b/g, 2, 0.8, 'street name', STREET_HEADS],
  [/\b(?:County|Parish|Township|Borough|Precinct|District|Shire|Municipality|Province|Prefecture)\b/g, 3, 0.88, 'county or district', DISTRICT_HEADS],
];

const PLACE_CUE = /(?:\bfrom|\bin|\bnear|\boutside(?:\s+of)?|\baround|\bto|\bat|\bof|\bvia|\bthrough|\bborn\s+in|\blives\s+in|\bliving\s+in|\bresident\s+of|\bnative\s+of|\btown\s+of|\bcity\s+of|\bvillage\s+of)\s+$/i;
const STRONG_PLACE_CUE = /(?:\b(?:a|an|the)\s+[\w\s/-]{0,30}\s(?:from|near|outside(?:\s+of)?)|\bborn\s+in|\blives\s+in|\bliving\s+in|\bresident\s+of|\bnative\s+of|\btown\s+of|\bcity\s+of|\bvillage\s+of|\bmoved\s+(?:here\s+)?(?:from|to)|\b(?:discharged\s+)?home\s+to|\bvisiting\s+from|\btravell?ed\s+(?:to|from)|\bhome\s+in|\bdrove\s+(?:in\s+)?from|\bflew\s+in\s+from)\s+$/i;

const CITY_STATE = new RegExp(String.raw`^,\s*(?:${STATE_ABBR})\b`);
const CITY_PARTICLE = new Set(['de', 'del', 'la', 'le', 'du', 'am', 'an', 'upon', 'on', 'sur']);
const DIRECTION = /^(?:North|South|East|West|Greater|Upper|Lower|Central|Old|New|Port|Fort|Mount|Lake)$/;
// "from Galway", "drove in from Cork": after "from", a capitalised word that is not a known
// organisation, platform, department or person is a place.
const FROM_CUE = /\bfrom\s+$/i;

// Cheap gate before the cue regexes: an unlisted word is a place only after "from", "in", "of"…
// or before ", ST".
function mayBePlace(text: string, words: readonly Word[], i: number): boolean {
  const prev = words[i - 1];
  const w = words[i];
  if (text.charCodeAt(w.end) === 44) return true;
  return !!prev && /^(?:from|in|of|near|outside|to|at|born|lives|living|resident|native|town|city|village)$/i.test(prev.text);
}

function cityAt(words: readonly Word[], i: number, lex: Lexicon): number {
  // Longest city name starting at word i (up to 3 words), as a count of words; 0 when none.
  for (let n = 3; n >= 1; n--) {
    if (i + n > words.length) continue;
    let ok = true;
    let name = '';
    for (let k = i; k < i + n && ok; k++) {
      if (!words[k].cap && !(k > i && CITY_PARTICLE.has(words[k].lower))) ok = false;
      if (k > i && words[k - 1].end + 1 !== words[k].start) ok = false;
      name = k === i ? words[k].lower : `${name} ${words[k].lower}`;
    }
    if (ok && lex.cities.has(name)) return n;
  }
  return 0;
}

/** Streets, towns and cities, counties, ZIP and postal codes, coordinates. */
export function findPlaces(text: string, words: readonly Word[], lex: Lexicon, medical: ReadonlySet<number>, vocab?: Vocabulary): PhiFinding[] {
  const out: PhiFinding[] = [];
  const hasDigit = DIGIT.test(text);
  for (const [re, confidence, reason, gate] of PLACE_PATTERNS) {
    // Every pattern but a few named places needs a digit (a number, code or coordinate).
    if (!hasDigit && !WORD_ONLY_PLACES.has(reason)) continue;
    if (gate && !gate(text, vocab)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const s = (m.groups?.v ?? m[0]).replace(/[\s,.]+$/, '');
      if (!s) continue;
      const start = m.groups?.v ? m.index + m[0].lastIndexOf(m.groups.v) : m.index;
      out.push(finding(text, start, start + s.length, 'geo', confidence, reason));
    }
  }
  // Maple Street (no number) · Lackawanna County · Orleans Parish: found by the head word, then
  // extended back over the capitalised words before it.
  for (const [re, maxWords, confidence, reason, heads] of HEADED_PLACES) {
    if (!mentions(vocab, heads)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = capitalisedRunStart(text, m.index, maxWords, 1, false);
      if (start < m.index) out.push(finding(text, start, m.index + m[0].length, 'geo', confidence, reason));
    }
  }
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!w.cap || w.tag || medical.has(i)) continue;
    const n = cityAt(words, i, lex);
    if (n === 0 && !mayBePlace(text, words, i)) continue;
    const before = text.slice(Math.max(0, w.start - 48), w.start);
    const last = words[i + Math.max(n, 1) - 1];
    const cityState = text.charCodeAt(last.end) === 44 && CITY_STATE.test(text.slice(last.end, last.end + 5));
    if (n > 0) {
      if (lex.properNouns.has(w.lower) && n === 1) continue;
      // "South Auckland", "Greater Manchester": the direction is part of the place.
      const prev = words[i - 1];
      const from = prev && DIRECTION.test(prev.text) && prev.end + 1 === w.start ? prev.start : w.start;
      const cue = PLACE_CUE.test(before) || cityState;
      if (!cue && (w.sentenceStart || lex.firstNames.has(w.lower) || lex.lastNames.has(w.lower))) continue;
      out.push(finding(text, from, last.end, 'geo', cue ? 0.8 : 0.6, 'city or town'));
      i += n - 1;
      continue;
    }
    // Towns no list holds: "a 78-year-old from Greenvale", "Millbrook, OH".
    const fromCue = FROM_CUE.test(before) && !w.sentenceStart && !lex.departments.has(w.lower);
    if ((STRONG_PLACE_CUE.test(before) || cityState || fromCue) && (fromCue || !lex.common.has(w.lower)) && !lex.properNouns.has(w.lower) && !w.allCaps) {
      if (lex.firstNames.has(w.lower) && /^\s+[A-Z]/.test(text.slice(w.end, w.end + 2))) continue;
      out.push(finding(text, w.start, w.end, 'geo', 0.55, 'place after a place word'));
    }
  }
  return out;
}
