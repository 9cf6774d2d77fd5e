import { describe, expect, it } from 'vitest';
import { analysis, asset, context, findingsOf, imageSlide, post, textSlide } from '../passFixture';
import { loneYears } from './dates';

describe('rule 2: dates', () => {
  it('makes a date and a relative date errors with a replacement', () => {
    const found = findingsOf('dates', post([textSlide('Seen on 03/04/2021 and again last week.')]));
    expect(found.map((f) => [f.severity, f.message])).toEqual([
      ['error', expect.stringMatching(/a date: “03\/04\/2021”/)],
      ['error', expect.stringMatching(/a relative date: “last week”/)],
    ]);
    expect(found[0].fix).toMatchObject({ kind: 'replace-text', data: { text: '[date]' } });
  });

  it('makes a year alone a warning, not part of a longer token', () => {
    const found = findingsOf('dates', post([textSlide('We saw this in 2019. See doi:10.1056/NEJM2019 and 2019-nCoV.')]));
    expect(found.map((f) => f.severity)).toEqual(['warning']);
    expect(loneYears('In 2019 and 2021.', [])).toHaveLength(2);
    expect(loneYears('Between 1500 and 9999 mg.', [])).toEqual([]);
  });

  it('reports a date burned into an image unless an accepted box covers it', () => {
    const ctx = context({ assets: new Map([['a1', asset('a1', { phiStatus: 'holds-phi' })]]), analyses: new Map([['a1', analysis('a1', [{ kind: 'date', text: '2021-03-04' }])]]) });
    const found = findingsOf('dates', post([imageSlide('a1')]), ctx);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', fix: { kind: 'redact-box' } });
    // The identifiers rule does not report it a second time.
    expect(findingsOf('identifiers', post([imageSlide('a1')]), ctx)).toEqual([]);
  });

  it('passes text with no dates (numbers and doses are not dates)', () => {
    expect(findingsOf('dates', post([textSlide('Give 500 mg twice daily for 7 days; recheck at 48 hours.')]))).toEqual([]);
  });
});
