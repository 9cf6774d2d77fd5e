import { describe, expect, it } from 'vitest';
import { context, findingsOf, post, textSlide } from '../passFixture';
import { DISCLAIMER_LINE, missingDisclaimerPoints } from './disclaimer';

describe('rule 6: liability statement', () => {
  it('is an error when there is none, with the disclaimer slide as the fix on a carousel', () => {
    const found = findingsOf('disclaimer', post([textSlide('A fracture.')]));
    expect(found).toEqual([expect.objectContaining({ severity: 'error', fix: expect.objectContaining({ kind: 'add-disclaimer-slide', data: expect.objectContaining({ layoutId: 'disclaimer' }) }) })]);
  });

  it('offers a caption line on a thread, and names the points still missing', () => {
    const found = findingsOf('disclaimer', post([], { format: 'thread', parts: [{ id: 'a', text: 'Not medical advice.' }] }), context(), ['x']);
    expect(found[0].fix?.kind).toBe('add-caption-line');
    expect(found[0].message).toMatch(/does not say that it creates no doctor–patient relationship and it does not represent the institution/);
  });

  it('accepts the layout’s own text, the one-click line, the caption or the profile note', () => {
    const layout = 'Educational content, not medical advice: it does not replace assessment by your own clinician. No doctor–patient relationship is formed by this post or its comments. Views are my own and not those of my employer.';
    expect(missingDisclaimerPoints([layout])).toEqual([]);
    expect(missingDisclaimerPoints([DISCLAIMER_LINE])).toEqual([]);
    expect(findingsOf('disclaimer', post([textSlide('A fracture.')], { caption: DISCLAIMER_LINE }))).toEqual([]);
    expect(findingsOf('disclaimer', post([textSlide('A fracture.')]), context({ profileNote: DISCLAIMER_LINE }))).toEqual([]);
  });

  it('accepts the short forms people write: "views my own", "not my employer’s"', () => {
    expect(missingDisclaimerPoints(['Not medical advice. No doctor–patient relationship. Views my own.'])).toEqual([]);
    expect(missingDisclaimerPoints(['Not medical advice. No doctor–patient relationship. Not my employer’s views.'])).toEqual([]);
  });

  it('does not count alt text (no reader sees it)', () => {
    expect(findingsOf('disclaimer', post([{ ...textSlide('A fracture.'), altText: DISCLAIMER_LINE }]))).toHaveLength(1);
  });
});
