// A number and its unit stay in one post: "40 mg" cut into "40" | "mg" is a dosing error
// waiting to happen. Units are matched without case and without trailing punctuation ("mg)."),
// so keeping a few too many together costs nothing but a slightly earlier break.

const unitList = [
  // mass, volume, amount
  'mg', 'g', 'kg', 'mcg', 'µg', 'μg', 'ug', 'ng', 'pg', 'ml', 'l', 'dl', 'cl', 'µl', 'μl', 'mcl', 'ul',
  'mmol', 'µmol', 'μmol', 'nmol', 'pmol', 'mol', 'meq', 'mosm', 'iu', 'u', 'units', 'unit', 'kcal', 'cal',
  // concentrations and rates
  'mg/kg', 'mg/kg/day', 'mg/kg/d', 'mcg/kg', 'mcg/kg/min', 'µg/kg/min', 'mg/dl', 'g/dl', 'g/l', 'mg/l', 'mmol/l',
  'µmol/l', 'μmol/l', 'nmol/l', 'pmol/l', 'ng/ml', 'pg/ml', 'iu/l', 'u/l', 'meq/l', 'ml/h', 'ml/hr', 'ml/kg',
  'ml/kg/h', 'ml/min', 'l/min', 'mg/h', 'mg/day', 'mg/d', 'kg/m2', 'kg/m²', 'cells/µl', 'cells/μl', '/min', '/µl',
  // pressure, temperature, physics
  'mmhg', 'cmh2o', 'cmh₂o', 'kpa', 'pa', '°c', '°f', '℃', '℉', '°', 'bpm', 'gy', 'mgy', 'sv', 'msv', 'hz', 'khz',
  'mhz', 'mv', 'v', 'j', 'w', 'hu', '%', '‰',
  // length, area
  'mm', 'cm', 'm', 'km', 'µm', 'μm', 'nm', 'cm2', 'cm²', 'mm2', 'mm²', 'mm3', 'mm³', 'ft', 'lb', 'lbs', 'oz',
  'fr', 'french', 'gauge', 'g/m2',
  // time
  's', 'sec', 'secs', 'second', 'seconds', 'min', 'mins', 'minute', 'minutes', 'h', 'hr', 'hrs', 'hour', 'hours',
  'd', 'day', 'days', 'wk', 'wks', 'week', 'weeks', 'mo', 'month', 'months', 'y', 'yr', 'yrs', 'year', 'years',
  // counts
  'tablet', 'tablets', 'tab', 'tabs', 'capsule', 'capsules', 'caps', 'puff', 'puffs', 'drop', 'drops', 'dose',
  'doses', 'times', 'x', 'breaths', 'beats', 'cycles', 'sessions', 'vials', 'ampoules',
];
const units = new Set(unitList);

const trailing = /[.,;:!?)\]}"'”’…]+$/u;
// A number ends in a digit so a sentence's last word ("40.") never glues to the next sentence.
const numberPattern = /^[(~≈<>≤≥±+\-−–[]*\d(?:[\d.,/:×x\-–]*\d)?%?$/u;
const rangeWords = new Set(['to', '-', '–', '—', 'or', 'and']);

// A word that ends in a number ("dose=40", "x2") keeps its unit too.
const endsInNumber = /\d(?:[\d.,/:×x\-–]*\d)?%?$/u;

export function isNumber(token: string): boolean {
  return numberPattern.test(token);
}

export function endsInNumberToken(token: string): boolean {
  return endsInNumber.test(token);
}

export function isUnit(token: string): boolean {
  return units.has(token.replace(trailing, '').toLowerCase());
}

/** True for "to", "–", "or" between two numbers of a range ("8 to 12 weeks"). */
export function isRangeWord(token: string): boolean {
  return rangeWords.has(token.toLowerCase());
}
