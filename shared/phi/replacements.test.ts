import { describe, expect, it } from 'vitest';
import { detectPhi } from './detectPhi';
import { suggestReplacement } from './replacements';
import { phiKinds, type PhiFinding, type PhiKind } from './types';

const f = (kind: PhiKind, text: string): PhiFinding => ({ start: 0, end: text.length, text, kind, confidence: 1, reason: 'test' });

describe('suggestReplacement', () => {
  it('has a replacement for every kind', () => {
    for (const kind of phiKinds) expect(suggestReplacement(f(kind, 'x')).length).toBeGreaterThan(0);
  });
  it('uses plain placeholders and "recently" for relative dates', () => {
    expect(suggestReplacement(f('name', 'Mrs. O’Brien'))).toBe('[name]');
    expect(suggestReplacement(f('date', '9/22'))).toBe('[date]');
    expect(suggestReplacement(f('relative-date', 'last night'))).toBe('recently');
    expect(suggestReplacement(f('facility', 'Sacred Heart'))).toBe('[facility]');
    expect(suggestReplacement(f('phone', '555-123-4567'))).toBe('[phone]');
  });
  it('groups ages over 89 by what Safe Harbor allows', () => {
    expect(suggestReplacement(f('age-over-89', '92yo'))).toBe('a patient in their 90s');
    expect(suggestReplacement(f('age-over-89', 'ninety-three'))).toBe('a patient in their 90s');
    expect(suggestReplacement(f('age-over-89', 'nonagenarian'))).toBe('a patient in their 90s');
    expect(suggestReplacement(f('age-over-89', 'aged 101'))).toBe('a patient over 100');
    expect(suggestReplacement(f('age-over-89', 'centenarian'))).toBe('a patient over 100');
  });
  it('replaces every finding of a real post so no identifier is left', () => {
    const text = 'Mrs. Lindqvist, age 100, from Macon, seen last Tuesday at St. Mary’s; call 555-212-9087.';
    let out = text;
    for (const x of [...detectPhi(text)].reverse()) out = out.slice(0, x.start) + suggestReplacement(x) + out.slice(x.end);
    expect(out).not.toMatch(/Lindqvist|Macon|Tuesday|Mary|9087|age 100/);
    expect(out).toContain('a patient over 100');
  });
});
