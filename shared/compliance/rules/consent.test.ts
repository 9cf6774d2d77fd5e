import { describe, expect, it } from 'vitest';
import { context, covered, findingsOf, imageSlide, post } from '../passFixture';
import { PolicyPack } from '../policyPack';

const twoImages = post([imageSlide('a1'), imageSlide('a2')]);

describe('rule 3: consent', () => {
  it('passes images covered on every platform', () => {
    const ctx = context({ consent: new Map([['instagram', covered(['a1', 'a2'])], ['x', covered(['a1', 'a2'])]]) });
    expect(findingsOf('consent', twoImages, ctx, ['instagram', 'x'])).toEqual([]);
  });

  it('names each gap and the platforms it applies to, as an error', () => {
    const gap = (id: string) => (id === 'a2' ? { covered: false, reasons: ['consent covers Instagram, not X'] } : {});
    const ctx = context({ consent: new Map([['instagram', covered(['a1', 'a2'])], ['x', covered(['a1', 'a2'], gap)]]) });
    const found = findingsOf('consent', twoImages, ctx, ['instagram', 'x']);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', where: { slideNumber: 2, assetId: 'a2' }, fix: { kind: 'link-consent' } });
    expect(found[0].message).toMatch(/PT-0001.*consent covers Instagram, not X \(X\)/);
  });

  it('asks to link an unlinked image (a warning), an error when the policy always requires consent', () => {
    const unlinked = () => ({ covered: false, patientCode: null, reasons: ['not linked to a patient (link it, or mark it as no patient / not clinical)'] });
    const ctx = context({ consent: new Map([['instagram', covered(['a1'], unlinked)]]) });
    const p = post([imageSlide('a1')]);
    expect(findingsOf('consent', p, ctx).map((f) => [f.severity, f.where.key])).toEqual([['warning', 'asset:a1/unlinked']]);
    const strict = { ...ctx, policy: PolicyPack.parse({ name: 'Strict', consentAlwaysRequired: true }) };
    expect(findingsOf('consent', p, strict)[0].severity).toBe('error');
  });

  it('says no patient link is known for loose material', () => {
    const found = findingsOf('consent', post([imageSlide('a1')]), context({ consent: null }));
    expect(found[0]).toMatchObject({ severity: 'warning', message: expect.stringMatching(/No patient link is known/) });
  });

  it('has nothing to say about a post without images', () => {
    expect(findingsOf('consent', post([]), context({ consent: null }))).toEqual([]);
  });

  it('checks images under thread parts the same way, naming the part', () => {
    const p = post([], { format: 'thread', parts: [{ id: 't1', text: 'A point.', images: [{ assetId: 'a1', alt: 'An X-ray.' }] }, { id: 't2', text: 'Another.', images: [{ assetId: 'a2', alt: 'A photo.' }] }] });
    const gap = (id: string) => (id === 'a2' ? { covered: false, reasons: ['the consent has expired'] } : {});
    const found = findingsOf('consent', p, context({ consent: new Map([['x', covered(['a1', 'a2'], gap)]]) }), ['x']);
    expect(found.map((f) => [f.severity, f.where.key, f.where.label, f.where.partNumber])).toEqual([['error', 'asset:a2/consent', 'Thread part 2, image 1', 2]]);
    expect(found[0].message).toBe('Consent does not cover image 1 of thread part 2 (PT-0001) on 2026-12-01: the consent has expired.');
    expect(findingsOf('consent', p, context({ consent: null }), ['x'])[1].message).toMatch(/^No patient link is known for image 1 of thread part 2/);
  });
});
