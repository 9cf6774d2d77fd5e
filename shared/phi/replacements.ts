import type { PhiFinding, PhiKind } from './types';

const PLACEHOLDER: Record<PhiKind, string> = {
  name: '[name]',
  date: '[date]',
  'relative-date': 'recently',
  'age-over-89': 'a patient aged 90 or older',
  phone: '[phone]',
  fax: '[fax]',
  email: '[email]',
  ssn: '[SSN]',
  mrn: '[record number]',
  account: '[account number]',
  license: '[licence number]',
  vehicle: '[vehicle]',
  device: '[device serial]',
  url: '[link]',
  ip: '[IP address]',
  biometric: '[biometric id]',
  geo: '[place]',
  facility: '[facility]',
  id: '[id]',
};

const WORD_NUMBERS: Record<string, number> = {
  ninety: 90, 'one hundred': 100, 'a hundred': 100, hundred: 100,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};

/** The age a finding states, when it states one ("aged 101", "ninety-three", "in her 90s"). */
function statedAge(text: string): number | null {
  const digits = text.match(/\d{2,3}/);
  if (digits) return Number(digits[0]);
  const lower = text.toLowerCase();
  if (/centenarian/.test(lower)) return 100;
  if (/nonagenarian|nineties/.test(lower)) return 90;
  const base = /(?:one|a)\s+hundred/.test(lower) ? 100 : /ninety/.test(lower) ? 90 : null;
  if (base === null) return null;
  const unit = lower.match(/(?:ninety|hundred(?:\s+and)?)[-\s]+(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/);
  return base + (unit ? WORD_NUMBERS[unit[1]] : 0);
}

/**
 * Text to put in place of a finding. Ages over 89 keep only what Safe Harbor allows ("90 or
 * older") in a phrase that still reads: "a patient in their 90s", "a patient over 100".
 */
export function suggestReplacement(finding: PhiFinding): string {
  if (finding.kind === 'age-over-89') {
    const age = statedAge(finding.text);
    if (age === null) return PLACEHOLDER['age-over-89'];
    // The 90s are a group of many; past 100 the exact decade narrows it to a handful of people.
    return age >= 100 ? 'a patient over 100' : 'a patient in their 90s';
  }
  return PLACEHOLDER[finding.kind];
}
