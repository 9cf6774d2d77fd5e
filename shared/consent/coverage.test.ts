import { describe, expect, it } from 'vitest';
import type { Consent } from './consentModel';
import { consentStatus, inForceOn } from './consentStatus';
import { coverage, listInWords, type CoverageAsset } from './coverage';

function consent(over: Partial<Consent> = {}): Consent {
  return {
    id: 'c1',
    version: 1,
    patientCode: 'PT-0042',
    kind: 'image',
    signer: { role: 'patient', relationship: null },
    signedOn: '2026-01-10',
    expiresOn: null,
    scope: { platforms: ['instagram'], media: ['image'], features: [], purposes: ['education'] },
    internetClause: true,
    form: null,
    correction: null,
    recordedAt: '2026-01-10T10:00:00.000Z',
    revocation: null,
    ...over,
  };
}

const photo = (over: Partial<CoverageAsset> = {}): CoverageAsset => ({
  assetId: 'a1',
  link: { patientCode: 'PT-0042' },
  media: 'image',
  features: [],
  ...over,
});

const onInstagram = { platform: 'instagram', date: '2026-06-01' } as const;

describe('coverage', () => {
  it('covers an image on a consented platform within dates, naming the consent relied on', () => {
    const r = coverage([photo()], [consent()], onInstagram);
    expect(r).toEqual({
      covered: true,
      reasons: [],
      assets: [{ assetId: 'a1', covered: true, reasons: [], patientCode: 'PT-0042', notClinical: false, consentIds: ['c1'] }],
    });
  });

  it('explains an expired consent, and counts the expiry day itself as expired', () => {
    const c = consent({ expiresOn: '2026-10-01' });
    expect(coverage([photo()], [c], { platform: 'instagram', date: '2026-09-30' }).covered).toBe(true);
    expect(coverage([photo()], [c], { platform: 'instagram', date: '2026-10-01' }).reasons).toEqual(['consent for PT-0042 expired 2026-10-01']);
  });

  it('explains a platform outside the scope', () => {
    expect(coverage([photo()], [consent()], { platform: 'tiktok', date: '2026-06-01' }).reasons).toEqual(['consent covers Instagram, not TikTok']);
    const two = consent({ scope: { platforms: ['instagram', 'linkedin', 'x'], media: ['image'], features: [], purposes: ['education'] } });
    expect(coverage([photo()], [two], { platform: 'tiktok', date: '2026-06-01' }).reasons).toEqual(['consent covers Instagram, LinkedIn and X, not TikTok']);
  });

  it('accepts any platform for a consent scoped to "any"', () => {
    const any = consent({ scope: { platforms: ['any'], media: ['image'], features: [], purposes: ['education'] } });
    expect(coverage([photo()], [any], { platform: 'mastodon', date: '2026-06-01' }).covered).toBe(true);
  });

  it('explains media outside the scope', () => {
    expect(coverage([photo({ media: 'video' })], [consent()], onInstagram).reasons).toEqual(['video not in scope']);
    expect(coverage([photo({ media: 'text' })], [consent()], onInstagram).reasons).toEqual(['text not in scope']);
  });

  it('explains visible features the consent does not allow', () => {
    const r = coverage([photo({ features: ['face', 'tattoo', 'voice', 'body-part'] })], [consent()], onInstagram);
    expect(r.reasons).toEqual([
      'face visible but full-face not consented',
      'tattoo visible but tattoos not consented',
      'voice audible but voice not consented',
      'body part visible but body parts not consented',
    ]);
    const fullFace = consent({ kind: 'full-face', scope: { platforms: ['instagram'], media: ['image'], features: ['face'], purposes: ['education'] } });
    expect(coverage([photo({ features: ['face'] })], [fullFace], onInstagram).covered).toBe(true);
  });

  it('explains a revocation with its date and reason, from that day on', () => {
    const c = consent({ revocation: { at: '2026-11-02', reason: 'patient request', recordedAt: 't' } });
    expect(coverage([photo()], [c], { platform: 'instagram', date: '2026-11-01' }).covered).toBe(true);
    expect(coverage([photo()], [c], { platform: 'instagram', date: '2026-11-02' }).reasons).toEqual(['revoked 2026-11-02: patient request']);
  });

  it('explains a date before the signing', () => {
    expect(coverage([photo()], [consent()], { platform: 'instagram', date: '2026-01-09' }).reasons).toEqual([
      'consent for PT-0042 was signed 2026-01-10, after 2026-01-09',
    ]);
  });

  it('explains a purpose outside the scope, and a publication without the internet clause', () => {
    const publish = { ...onInstagram, purpose: 'publication' } as const;
    expect(coverage([photo()], [consent()], publish).reasons).toEqual(['publication not in scope']);
    const noClause = consent({ internetClause: false, scope: { platforms: ['instagram'], media: ['image'], features: [], purposes: ['publication'] } });
    expect(coverage([photo()], [noClause], publish).reasons).toEqual(['the form does not state that the material may appear on the internet']);
  });

  it('explains an unlinked asset and a patient without consent', () => {
    expect(coverage([photo({ link: null })], [consent()], onInstagram).reasons).toEqual([
      'not linked to a patient (link it, or mark it as no patient / not clinical)',
    ]);
    expect(coverage([photo({ link: { patientCode: 'PT-0007' } })], [consent()], onInstagram).reasons).toEqual(['no consent on file for PT-0007']);
  });

  it('covers assets marked no patient / not clinical without any consent', () => {
    const r = coverage([photo({ link: { notClinical: true }, features: ['face'], media: 'video' })], [], onInstagram);
    expect(r.covered).toBe(true);
    expect(r.assets[0]).toMatchObject({ notClinical: true, covered: true, reasons: [] });
  });

  it('is covered when any one consent covers; otherwise lists every consent’s gaps once', () => {
    const old = consent({ id: 'old', expiresOn: '2026-03-01' });
    const narrow = consent({ id: 'narrow', scope: { platforms: ['tiktok'], media: ['image'], features: [], purposes: ['education'] } });
    expect(coverage([photo()], [old, narrow, consent({ id: 'good' })], onInstagram).assets[0].consentIds).toEqual(['good']);
    expect(coverage([photo(), photo({ assetId: 'a2' })], [old, narrow], onInstagram).reasons).toEqual([
      'consent for PT-0042 expired 2026-03-01',
      'consent covers TikTok, not Instagram',
    ]);
  });

  it('is covered overall only when every asset is', () => {
    const r = coverage([photo(), photo({ assetId: 'a2', media: 'video' }), photo({ assetId: 'a3', link: { notClinical: true } })], [consent()], onInstagram);
    expect(r.covered).toBe(false);
    expect(r.assets.map((a) => a.covered)).toEqual([true, false, true]);
    expect(r.reasons).toEqual(['video not in scope']);
    expect(coverage([], [], onInstagram).covered).toBe(true);
  });
});

describe('consentStatus', () => {
  it('is active, expiring within 30 days, expired on the expiry day, or revoked', () => {
    expect(consentStatus(consent(), '2026-06-01')).toBe('active');
    expect(consentStatus(consent({ expiresOn: '2026-07-01' }), '2026-06-01')).toBe('expiring');
    expect(consentStatus(consent({ expiresOn: '2026-07-02' }), '2026-06-01')).toBe('active');
    expect(consentStatus(consent({ expiresOn: '2026-06-01' }), '2026-06-01')).toBe('expired');
    expect(consentStatus(consent({ revocation: { at: '2026-05-01', reason: 'r', recordedAt: 't' } }), '2026-06-01')).toBe('revoked');
  });
});

describe('inForceOn', () => {
  it('holds from the signing day to the day before expiry, until a revocation', () => {
    const c = consent({ expiresOn: '2026-10-01' });
    expect(['2026-01-09', '2026-01-10', '2026-09-30', '2026-10-01'].map((d) => inForceOn(c, d))).toEqual([false, true, true, false]);
    expect(inForceOn(consent({ revocation: { at: '2026-03-01', reason: 'r', recordedAt: 't' } }), '2026-03-01')).toBe(false);
  });
});

describe('listInWords', () => {
  it('joins with commas and a final "and"', () => {
    expect([listInWords([]), listInWords(['A']), listInWords(['A', 'B']), listInWords(['A', 'B', 'C'])]).toEqual(['', 'A', 'A and B', 'A, B and C']);
  });
});
