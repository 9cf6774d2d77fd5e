import { describe, expect, it } from 'vitest';
import { findAgesOver89 } from './ages';

const texts = (t: string): string[] => findAgesOver89(t).map((f) => f.text);

describe('findAgesOver89', () => {
  it.each([
    ['Our 92yo in bed 4', '92yo'],
    ['Our 92 y/o in bed 4', '92 y/o'],
    ['A 92-year-old with sepsis', '92-year-old'],
    ['She is 101 years old', '101 years old'],
    ['Shoutout to my aged 91 patient', 'aged 91'],
    ['Mrs. L, age 95, from Macon', 'age 95'],
    ['A spry nonagenarian came in', 'nonagenarian'],
    ['Our centenarian went home', 'centenarian'],
    ['Our patient in her 90s', 'in her 90s'],
    ['A ninety-four-year-old in bed 3', 'ninety-four-year-old'],
    ['Case: Wei Zhang (90F) with AF', '90F'],
    ['Padraig, 95, from Galway', '95'],
    ["She's 103 and still teaching", '103'],
    ['Happy 100th birthday to her!', '100th birthday'],
  ])('%s → %s', (text, span) => {
    expect(texts(text)).toContain(span);
  });

  it.each(['A 45-year-old with chest pain', 'A 89-year-old with delirium', 'SpO2 94% on room air', 'The infant, aged 90 days, was septic', 'Glucose of 95 fasting', 'Heart rate 92 bpm'])(
    'nothing in: %s',
    (text) => {
      expect(findAgesOver89(text)).toEqual([]);
    },
  );
});
