import { describe, expect, it } from 'vitest';
import { dateProblem, IsoDate } from './consentDates';
import { ConsentTerms, PatientCode } from './consentModel';

const terms = { signedOn: '2026-01-10', scope: { platforms: ['instagram'], media: ['image'] } };
const firstMessage = (r: { success: boolean; error?: { issues: { message: string }[] } }) => r.error?.issues[0]?.message;

describe('consent dates', () => {
  it('refuses dates that do not exist, in plain words', () => {
    expect(dateProblem('2026-02-28')).toBeNull();
    expect(dateProblem('2028-02-29')).toBeNull();
    expect(dateProblem('2026-02-30')).toBe('2026-02-30 is not a date: February 2026 has 28 days.');
    expect(dateProblem('2026-04-31')).toBe('2026-04-31 is not a date: April 2026 has 30 days.');
    expect(dateProblem('2026-13-01')).toBe('2026-13-01 is not a date: there is no month 13.');
    expect(dateProblem('1/2/2026')).toMatch(/write it as YYYY-MM-DD/);
    expect(IsoDate.safeParse('2026-02-30').success).toBe(false);
  });

  it('refuses an expiry on or before the signing date', () => {
    expect(firstMessage(ConsentTerms.safeParse({ ...terms, expiresOn: '2026-01-10' }))).toBe('The expiry date must come after the signing date.');
    expect(ConsentTerms.safeParse({ ...terms, expiresOn: '2026-01-11' }).success).toBe(true);
  });
});

describe('consent terms', () => {
  it('fills defaults: patient signer, education, no features, kind from the scope', () => {
    const t = ConsentTerms.parse(terms);
    expect(t).toMatchObject({ kind: 'image', signer: { role: 'patient', relationship: null }, expiresOn: null, internetClause: false, form: null });
    expect(t.scope).toEqual({ platforms: ['instagram'], media: ['image'], features: [], purposes: ['education'] });
    expect(ConsentTerms.parse({ ...terms, scope: { ...terms.scope, features: ['face'] } }).kind).toBe('full-face');
    expect(ConsentTerms.parse({ ...terms, scope: { platforms: ['any'], media: ['text'] } }).kind).toBe('case-details');
  });

  it('makes full-face and the face feature agree', () => {
    expect(ConsentTerms.parse({ ...terms, kind: 'full-face' }).scope.features).toEqual(['face']);
  });

  it('names the wrong value and the allowed ones for fixed lists', () => {
    const bad = ConsentTerms.safeParse({ ...terms, scope: { platforms: ['facebook'], media: ['image'] } });
    expect(firstMessage(bad)).toBe('"facebook" is not a platform; use one of: instagram, tiktok, x, linkedin, youtube, threads, bluesky, mastodon, lemon8, any.');
    expect(firstMessage(ConsentTerms.safeParse({ ...terms, scope: { platforms: ['x'], media: ['audio'] } }))).toMatch(/^"audio" is not a media kind; use one of: image, video, text\.$/);
    expect(firstMessage(ConsentTerms.safeParse({ ...terms, scope: { ...terms.scope, features: ['eyes'] } }))).toMatch(/^"eyes" is not a feature/);
    expect(firstMessage(ConsentTerms.safeParse({ ...terms, scope: { platforms: [], media: ['image'] } }))).toBe('Name at least one platform (or any).');
  });

  it('takes a relationship only from a representative', () => {
    expect(ConsentTerms.safeParse({ ...terms, signer: { role: 'representative', relationship: 'parent' } }).success).toBe(true);
    expect(ConsentTerms.safeParse({ ...terms, signer: { role: 'patient', relationship: 'parent' } }).success).toBe(false);
  });
});

describe('patient codes', () => {
  it('accepts pseudonymous codes, upper-cased, and refuses names', () => {
    expect(PatientCode.parse(' pt-0042 ')).toBe('PT-0042');
    expect(PatientCode.parse('WARD7-BED-12')).toBe('WARD7-BED-12');
    expect(PatientCode.safeParse('Jane Smith').success).toBe(false);
    expect(PatientCode.safeParse('0042').success).toBe(false);
  });
});
