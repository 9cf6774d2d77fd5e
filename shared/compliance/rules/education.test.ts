import { describe, expect, it } from 'vitest';
import { CLEAN_CLOSING, findingsOf, post, textSlide } from '../passFixture';

describe('rule 5: educational focus and audience', () => {
  it('asks for the audience when the post declares none', () => {
    const found = findingsOf('education', post([textSlide(CLEAN_CLOSING)], { audience: undefined }));
    expect(found.map((f) => [f.severity, f.where.key, f.fix?.kind])).toEqual([['warning', 'post/audience', 'set-audience']]);
  });

  it('warns on personal advice for a public audience, not for clinicians', () => {
    const text = 'If your blood pressure is high, you should stop taking your tablets. ' + CLEAN_CLOSING;
    const pub = findingsOf('education', post([textSlide(text)], { audience: 'public' }));
    expect(pub).toHaveLength(2);
    expect(pub.every((f) => f.severity === 'warning' && f.where.key.includes('/advice#'))).toBe(true);
    expect(findingsOf('education', post([textSlide(text)], { audience: 'clinicians' }))).toEqual([]);
  });

  it('warns when the post has no takeaway, question or reference', () => {
    const found = findingsOf('education', post([textSlide('A fracture of the fifth metatarsal.')]));
    expect(found.map((f) => [f.where.key, f.fix?.kind])).toEqual([['post/framing', 'add-slide']]);
  });

  it('accepts a question, a reference or a takeaways layout as the frame', () => {
    expect(findingsOf('education', post([textSlide('What is your diagnosis?')]))).toEqual([]);
    expect(findingsOf('education', post([textSlide('Smith J et al. Foot Ankle Int.')]))).toEqual([]);
    expect(findingsOf('education', post([{ ...textSlide('Three things'), layoutId: 'key-takeaways' }]))).toEqual([]);
  });
});
