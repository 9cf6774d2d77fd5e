import { describe, expect, it } from 'vitest';
import { lexicon } from '../lexicon';
import { findFacilities } from './facilities';

const texts = (t: string): string[] => findFacilities(t, lexicon()).map((f) => f.text);

describe('findFacilities', () => {
  it.each([
    ['Wild case at Sacred Heart', 'Sacred Heart'],
    ['transfers to Mercy General.', 'Mercy General'],
    ['flagged at Good Samaritan.', 'Good Samaritan'],
    ["transfers to St. Mary's.", "St. Mary's"],
    ["transfers to St Jude's today", "St Jude's"],
    ['admitted to Lakeview Memorial Hospital', 'Lakeview Memorial Hospital'],
    ['seen at Riverside Clinic', 'Riverside Clinic'],
    ['the UCLA Medical Center team', 'UCLA Medical Center'],
    ['nurses on the 4 West ICU', 'the 4 West ICU'],
    ['moved to Ward 7B', 'Ward 7B'],
    ['presented to Hospital Universitario La Paz', 'Hospital Universitario La Paz'],
    ["born at Children's Hospital of Orange County", "Children's Hospital of Orange County"],
  ])('%s → %s', (text, span) => {
    expect(texts(text)).toContain(span);
  });

  it.each(['Consult Interventional Radiology early', 'The Family Medicine Clinic curriculum', 'Ask the Surgeon General', "St. John's wort interacts with SSRIs", 'Parkland formula for burns'])(
    'nothing in: %s',
    (text) => {
      expect(findFacilities(text, lexicon())).toEqual([]);
    },
  );
});
