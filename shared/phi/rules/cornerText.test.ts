import { describe, expect, it } from 'vitest';
import { findCornerText } from './cornerText';

const texts = (t: string): string[] => findCornerText(t).map((f) => f.text);

describe('findCornerText (strict mode words)', () => {
  it('flags capitalised words, long numbers, times, years, DICOM names and initials', () => {
    const found = texts('PETERSON, CARLOS 14:32 2024 ACC 9857631 NGUYEN^KENJI, D C M, J. Smith');
    for (const s of ['PETERSON, CARLOS', '14:32', '2024', '9857631', 'NGUYEN^KENJI', 'D C M', 'J', 'Smith']) expect(found).toContain(s);
  });
  it('keeps teaching annotations, probe names and ultrasound settings', () => {
    expect(findCornerText('L R LT RT AP PA LAT OBLIQUE PORTABLE UPRIGHT SUPINE ERECT ARROW Fx 5th MT 10 cm C5-1 mm')).toEqual([]);
    expect(findCornerText('6C2 MI 0.9 FR 26Hz DR 60dB PRF 1.5kHz LIVER LONG 12cm TRV RT KIDNEY WEIGHT BEARING')).toEqual([]);
  });
  it('takes oddly spaced initials whole', () => {
    expect(texts('D.C. M')).toContain('D.C. M');
  });
});
