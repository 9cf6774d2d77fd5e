import { describe, expect, it } from 'vitest';
import { findDates } from './dates';

const texts = (t: string): string[] => findDates(t).map((f) => f.text);

describe('findDates', () => {
  it.each([
    ['Imaging dated 9/22 shows it', '9/22'],
    ['DOB 09/22/2025 on the band', '09/22/2025'],
    ['Seen Sept 22 in clinic', 'Sept 22'],
    ['Seen Sept. 22nd in clinic', 'Sept. 22nd'],
    ['Scan from 22-Sep-2025', '22-Sep-2025'],
    ['Scan from 2025-09-22', '2025-09-22'],
    ['Scan from 22.09.2025', '22.09.2025'],
    ['Back on 27.11.24 for review', '27.11.24'],
    ['Admitted 2 Oct.', '2 Oct'],
    ['Discharged September 28, 2025!', 'September 28, 2025'],
    ['Follow up on the 22nd.', 'the 22nd'],
    ['Due before the 4th — thanks', 'the 4th'],
    ['Operated on March 3rd', 'March 3rd'],
    ['Study 20240204 archived', '20240204'],
    ['Admitted in March with sepsis', 'March'],
    ['Seen 2/3/25 in clinic', '2/3/25'],
  ])('%s → %s', (text, span) => {
    expect(texts(text)).toContain(span);
  });

  it.each([
    '3/5 strength in the deltoid',
    'A grade 2/6 murmur',
    'BP 120/80 and HR 88',
    'Pain 10/10 on arrival',
    'Pearl: the 4th heart sound means a stiff ventricle',
    'Morton neuroma between the 3rd and 4th toes',
    'Fx of the 5th metatarsal',
    'Give 1/2 tablet at night',
    'You may want to recheck in a week',
    'In 2019 the guidelines changed',
  ])('no date in: %s', (text) => {
    expect(findDates(text)).toEqual([]);
  });
});
