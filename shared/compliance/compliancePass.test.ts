import { describe, expect, it } from 'vitest';
import { newText } from '../editor/objectFactory';
import { ackKey, compliancePass, unresolved } from './compliancePass';
import { CANVAS, CLEAN_CLOSING, context, post, textSlide } from './passFixture';
import { createTextCache } from './textCache';
import { ComplianceResult } from './types';

describe('compliancePass', () => {
  it('runs every rule, errors first, with a summary and a light per slide', () => {
    const p = post([textSlide('Seen on 03/04/2021.'), textSlide('Seen in 2019.'), textSlide(CLEAN_CLOSING)]);
    const result = compliancePass(p, ['instagram'], context());
    expect(ComplianceResult.parse(result)).toEqual(result);
    expect(result.findings.map((f) => [f.rule, f.severity])).toEqual([
      ['dates', 'error'],
      ['dates', 'warning'],
    ]);
    const [a, b, c] = p.document.slides.map((s) => s.id);
    expect(result.summary).toMatchObject({ ok: false, errors: 1, warnings: 1, infos: 0, slides: { [a]: 'red', [b]: 'amber', [c]: 'green' } });
    expect(result.summary.byRule.dates).toEqual({ errors: 1, warnings: 1, infos: 0 });
  });

  it('is clean for a de-identified teaching post with its disclaimer', () => {
    const result = compliancePass(post([textSlide('Jones fracture: base of the fifth metatarsal.'), textSlide(CLEAN_CLOSING)]), ['instagram', 'x'], context());
    expect(result.findings).toEqual([]);
    expect(result.summary.ok).toBe(true);
  });

  it('matches acknowledgements to warnings by rule and where-key; errors stay', () => {
    const result = compliancePass(post([textSlide('Seen on 03/04/2021.'), textSlide('Seen in 2019.'), textSlide(CLEAN_CLOSING)]), ['instagram'], context());
    const warning = result.findings.find((f) => f.severity === 'warning')!;
    const none = unresolved(result.findings, []);
    expect([none.errors.length, none.unacknowledged.length]).toEqual([1, 1]);
    const acked = unresolved(result.findings, [{ rule: 'dates', where: warning.where.key, reason: 'Year of the guideline cited.' }]);
    expect([acked.errors.length, acked.unacknowledged.length, acked.acknowledged.length]).toEqual([1, 0, 1]);
    expect(unresolved(result.findings, [{ rule: 'education', where: warning.where.key, reason: 'wrong rule' }]).unacknowledged).toHaveLength(1);
    expect(ackKey(warning)).toBe(`dates|${warning.where.key}`);
  });

  it('re-passes a 10-slide post after one text edit in well under 100 ms (text detection cached by content)', () => {
    const words = 'The patient presented with pain in the right foot after a fall; the X-ray shows a transverse fracture at the base of the fifth metatarsal.';
    const slides = Array.from({ length: 10 }, (_, i) => ({ ...textSlide(`${words} Point ${i}.`, `${words} Detail ${i}.`, 'What would you do next?'), altText: `${words} Slide ${i}.` }));
    const cache = createTextCache();
    const ctx = context({ textCache: cache });
    compliancePass(post(slides), ['instagram', 'x'], ctx);
    const edited = slides.map((s, i) => (i === 4 ? { ...s, objects: [newText(CANVAS, `${words} Edited.`), ...s.objects.slice(1)] } : s));
    const t0 = performance.now();
    compliancePass(post(edited), ['instagram', 'x'], ctx);
    const ms = performance.now() - t0;
    expect(ms).toBeLessThan(100);
    // Two text boxes and an alt text per slide, the question shared by all, and the edit.
    expect(cache.size).toBe(10 * 3 + 1 + 1);
  });
});
