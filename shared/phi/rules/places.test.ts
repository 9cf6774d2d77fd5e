import { describe, expect, it } from 'vitest';
import { lexicon } from '../lexicon';
import { medicalWordIndices } from '../medicalContext';
import { textWords } from '../textWords';
import { findPlaces } from './places';

const texts = (t: string): string[] => {
  const words = textWords(t);
  return findPlaces(t, words, lexicon(), medicalWordIndices(t, words, lexicon())).map((f) => f.text);
};

describe('findPlaces', () => {
  it.each([
    ['a 91 y/o from Fresno presented', 'Fresno'],
    ['how she got from Lackawanna County home', 'Lackawanna County'],
    ['lives at 1842 Willow Creek Road now', '1842 Willow Creek Road'],
    ['Fresno, CA 93721 on the label', 'CA 93721'],
    ['postcode SW1A 1AA on the letter', 'SW1A 1AA'],
    ['address K1A 0B1 in Ottawa', 'K1A 0B1'],
    ['Jürgen Schäfer, 10115 Berlin', '10115'],
    ['lives at Rua Augusta 274, Lisbon', 'Rua Augusta 274'],
    ['a farmer from Greenvale came in', 'Greenvale'],
    ['coordinates 40.7128, -74.0060 in the EXIF', '40.7128, -74.0060'],
  ])('%s → %s', (text, span) => {
    expect(texts(text)).toContain(span);
  });

  it.each(['Use the Ottawa ankle rules', 'Glasgow Coma Scale of 8', 'The San Francisco syncope rule', 'Boston criteria for CAA', 'Transferred from Ohio to Texas'])(
    'nothing in: %s',
    (text) => {
      expect(texts(text)).toEqual([]);
    },
  );
});
