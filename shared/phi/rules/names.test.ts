import { describe, expect, it } from 'vitest';
import { lexicon } from '../lexicon';
import { medicalWordIndices } from '../medicalContext';
import { textWords } from '../textWords';
import { findNames } from './names';

const texts = (t: string): string[] => {
  const words = textWords(t);
  return findNames(t, words, lexicon(), medicalWordIndices(t, words, lexicon())).map((f) => f.text);
};

describe('findNames', () => {
  it.each([
    ['Slide 3: Mrs. O’Brien, DOB soon', 'Mrs. O’Brien'],
    ['Thanks Dr Okafor for this', 'Dr Okafor'],
    ['Nguyen, Aisha and her CGM', 'Nguyen, Aisha'],
    ["flagged for Nguyen, Aisha's CGM", 'Nguyen, Aisha'],
    ['Haile, Tesfaye handed it in', 'Haile, Tesfaye'],
    ['uploads for Priya every night', 'Priya'],
    ['shared with permission from Olga Mbeki', 'Olga Mbeki'],
    ['Fax it — Big Mike transfers today', 'Big Mike'],
    ['how Little Sam beat it', 'Little Sam'],
    ['Follow-up for L.K. is soon', 'L.K.'],
    ['Our patient Xochitl Tzompantzi agreed', 'Xochitl Tzompantzi'],
    ['my patient maria came back', 'maria'],
    ['Ramona "Mona" Castillo turned 100', 'Mona'],
    ['Mr. Van der Berg lives here', 'Mr. Van der Berg'],
    ['Van Wyk, Lucia, you are a legend', 'Van Wyk, Lucia'],
    ['Zanele, DOB 1/2/1931, was seen', 'Zanele'],
    ['and Temuulen Batbayar came back', 'Temuulen Batbayar'],
    ['We lost Mrs. Rose Hill last night', 'Mrs. Rose Hill'],
    ['Lee, Min-jun and Park, Ji-woo', 'Park, Ji-woo'],
    ['Shoutout to nurse Tamika!', 'Tamika'],
    ['Dinner with the Johnsons', 'Johnsons'],
    ['Mrs. Ng is stable', 'Mrs. Ng'],
  ])('%s → %s', (text, span) => {
    expect(texts(text)).toContain(span);
  });

  it.each([
    "Parkinson's disease and Alzheimer's dementia",
    'Down syndrome with AVSD',
    "Board review: Wilson's triad again",
    'Austin Flint murmur vs Graham Steell murmur',
    'Smith fracture vs Colles fracture',
    'Budd-Chiari, Gilbert and Crigler-Najjar',
    'Sertraline 40 mg twice daily',
    'Remember to hydrate. Grace under pressure.',
    'Mark your calendars: Will you join?',
    'IBAN and MAC are acronyms',
    'Insurance denied the MRI again.',
  ])('nothing in: %s', (text) => {
    expect(texts(text)).toEqual([]);
  });
});
