import { describe, expect, it } from 'vitest';
import { createIdentifyingStrings, dateSpellings, identifierSpellings, nameSpellings } from './identifyingStrings';
import { looksIdentifying } from './phiPatterns';

describe('identifying strings', () => {
  it('spells a PN value the ways people write names', () => {
    expect(nameSpellings('CASTILLO^DMITRI^J^^')).toEqual(
      expect.arrayContaining(['CASTILLO^DMITRI^J', 'CASTILLO', 'DMITRI', 'DMITRI CASTILLO', 'CASTILLO DMITRI', 'CASTILLO, DMITRI', 'CASTILLO^DMITRI']),
    );
    expect(nameSpellings('Dmitri Castillo')).toEqual(expect.arrayContaining(['Castillo, Dmitri', 'Dmitri Castillo']));
  });

  it('spells a date in the common orders and separators', () => {
    expect(dateSpellings('19880526')).toEqual(
      expect.arrayContaining(['19880526', '1988-05-26', '05/26/1988', '26/05/1988', '26.05.1988', '5/26/1988', '26 MAY 1988', 'MAY 26, 1988']),
    );
    expect(dateSpellings('not a date')).toEqual([]);
  });

  it('splits addresses into their parts', () => {
    expect(identifierSpellings('1113 Lincoln Way, Fresno, CA')).toEqual(expect.arrayContaining(['1113 Lincoln Way, Fresno, CA', '1113 Lincoln Way', 'Fresno']));
  });

  it('finds a gathered string in other text, ignoring case and punctuation, and skips short ones', () => {
    const s = createIdentifyingStrings();
    s.addName('CASTILLO^DMITRI');
    s.addIdentifier('17784483');
    s.addIdentifier('12');
    s.addDate('19880526');
    expect(s.foundIn('Compare with prior. Pt Castillo (17784483)')).toBe(true);
    expect(s.foundIn('born 26.05.1988')).toBe(true);
    expect(s.foundIn('MRN 1778-4483')).toBe(true);
    expect(s.foundIn('Chest PA, 12 cm')).toBe(false);
    expect(s.forByteSearch()).not.toContain('12');
  });

  it('recognises identifiers by their shape in free text', () => {
    for (const t of ['call (371) 555-0559', 'tel 371-555-0559', 'dob 05/26/1988', 'seen 2023-06-07', 'on 7 June 2023', 'mail a.b@c.org', 'MRN 17784483', 'ssn 123-45-6789']) {
      expect(looksIdentifying(t), t).toBe(true);
    }
    for (const t of ['PA', 'CHEST 2 VIEWS', 'B30f', 'Fx 5th MT', 'kVp 120', 'SYNTHETIC IMAGING']) expect(looksIdentifying(t), t).toBe(false);
  });
});
