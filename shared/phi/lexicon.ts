import { citiesText } from './data/cities';
import { commonWordsText } from './data/commonWords';
import { facilityNamesText } from './data/facilityNames';
import { firstNamesText } from './data/firstNames';
import { lastNamesText } from './data/lastNames';
import { clinicalWordsText, departmentWordsText, drugNamesText, eponymsText, medicalHeadNounsText, unitsText } from './data/medicalTerms';
import { measurementWordsText } from './data/measurements';
import { properNounsText } from './data/properNouns';

export type Lexicon = {
  firstNames: ReadonlySet<string>;
  lastNames: ReadonlySet<string>;
  cities: ReadonlySet<string>;
  /** Ordinary English words: never a name on their own. */
  common: ReadonlySet<string>;
  eponyms: ReadonlySet<string>;
  headNouns: ReadonlySet<string>;
  /** Drugs, clinical words and units together: capitalised, they are still medicine. */
  medical: ReadonlySet<string>;
  units: ReadonlySet<string>;
  /** Known facility names without a suffix ("UPMC", "nyu langone"), lowercase. */
  facilities: ReadonlySet<string>;
  /** First words of those names, to skip every other capitalised word cheaply. */
  facilityFirstWords: ReadonlySet<string>;
  /** Words naming a department or service ("Interventional", "Family"). */
  departments: ReadonlySet<string>;
  /** States, countries, languages, months, weekdays, brands: capitalised words that are not people. */
  properNouns: ReadonlySet<string>;
};

const toSet = (...texts: string[]): Set<string> => {
  const out = new Set<string>();
  for (const t of texts) for (const w of t.split(/\s+/)) if (w) out.add(w.toLowerCase());
  return out;
};

let cached: Lexicon | null = null;

/** The word lists, built once on first use (a few ms) and shared by every call. */
export function lexicon(): Lexicon {
  if (cached) return cached;
  const cities = new Set<string>();
  for (const line of citiesText.split('\n')) if (line) cities.add(line);
  cached = {
    firstNames: toSet(firstNamesText),
    lastNames: toSet(lastNamesText),
    cities,
    common: toSet(commonWordsText),
    eponyms: toSet(eponymsText),
    headNouns: toSet(medicalHeadNounsText),
    medical: toSet(drugNamesText, clinicalWordsText, unitsText, measurementWordsText),
    units: toSet(unitsText),
    departments: toSet(departmentWordsText),
    facilities: new Set(facilityNamesText.split('\n').map((l) => l.trim()).filter(Boolean)),
    facilityFirstWords: new Set(facilityNamesText.split('\n').map((l) => l.trim().split(/[\s']/)[0]).filter(Boolean)),
    properNouns: toSet(properNounsText),
  };
  return cached;
}
