import { describe, expect, it } from 'vitest';
import { findCornerText } from './cornerText';

const texts = (t: string): string[] => findCornerText(t).map((f) => f.text);

describe('findCornerText (strict mode words)', () => {
  it('flags capitalised words, long numbers, times, years, DICOM names and initials', () => {
    const found = texts('PETERSON, CARLOS 14:32 2024 ACC 9857631 NGUYEN^KENJI, D C M, J. Smith');
    for (const s of ['PETERSON, CARLOS', '14:32', '2024', '9857631', 'NGUYEN^KENJI', 'D C M', 'J', 'Smith']) expect(found).toContain(s);
  });
  it('keeps teaching annotations and probe names', () => {
    expect(findCornerText('L R LT RT AP PA LAT OBLIQUE PORTABLE UPRIGHT SUPINE ERECT ARROW Fx 5th MT 10 cm C5-1 mm')).toEqual([]);
  });
});
