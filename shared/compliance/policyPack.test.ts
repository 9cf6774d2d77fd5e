import { describe, expect, it } from 'vitest';
import { readPolicyPacks, readPolicyPackSchema } from '../../test/fixtures/policyPacks';
import { parsePolicyPack, parsePolicyPackJson } from './policyPack';

describe('policy packs', () => {
  it('needs only a name and fills the rest with defaults', () => {
    expect(parsePolicyPack({ name: 'Minimal' })).toEqual({ name: 'Minimal', bannedTerms: [], requiredHashtags: [], prohibitedHashtags: [], consentAlwaysRequired: false });
  });

  it('refuses unknown fields, naming them', () => {
    expect(() => parsePolicyPack({ name: 'X', bannedTerm: ['a'] })).toThrow(/“bannedTerm” is not a policy-pack field/);
  });

  it('names the bad field and index', () => {
    expect(() => parsePolicyPack({ bannedTerms: [] })).toThrow(/“name” is required/);
    expect(() => parsePolicyPack({ name: 'X', bannedTerms: ['ok', ' '] })).toThrow(/“bannedTerms\[1\]”: must not be empty/);
    expect(() => parsePolicyPack({ name: 'X', platformsAllowed: ['myspace'] })).toThrow(/“platformsAllowed\[0\]”/);
    expect(() => parsePolicyPackJson('{"name": ')).toThrow(/not valid JSON/);
  });

  it('normalises hashtags to start with #', () => {
    expect(parsePolicyPack({ name: 'X', requiredHashtags: ['MedEd', '#FOAMed'] }).requiredHashtags).toEqual(['#MedEd', '#FOAMed']);
  });

  it('reads both shipped example packs, and the JSON Schema lists the same fields', () => {
    const packs = readPolicyPacks();
    expect(packs.length).toBeGreaterThanOrEqual(2);
    for (const p of packs) expect(parsePolicyPackJson(p.text).name).toBeTruthy();
    const schema = readPolicyPackSchema();
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(['name']);
    expect(Object.keys(schema.properties).filter((k) => k !== '$schema').sort()).toEqual(
      ['name', 'description', 'bannedTerms', 'requiredDisclaimer', 'requiredHashtags', 'prohibitedHashtags', 'consentAlwaysRequired', 'platformsAllowed'].sort(),
    );
  });
});
