import { describe, expect, it } from 'vitest';
import { context, findingsOf, post, textSlide } from '../passFixture';
import { PolicyPack } from '../policyPack';

const pack = (raw: Record<string, unknown>) => context({ policy: PolicyPack.parse({ name: 'St Elsewhere', ...raw }) });

describe('rule 8: institution policy', () => {
  it('makes a banned term an error wherever it appears, whole words only', () => {
    const ctx = pack({ bannedTerms: ['St Elsewhere', 'ward 7'] });
    const found = findingsOf('policy', post([textSlide('Seen at St Elsewhere, ward 7.')], { caption: 'Ward 70 is fine.' }), ctx);
    expect(found.map((f) => f.message)).toEqual([
      'Slide 1, text box 1 uses “St Elsewhere”, which the St Elsewhere policy does not allow.',
      'Slide 1, text box 1 uses “ward 7”, which the St Elsewhere policy does not allow.',
    ]);
  });

  it('requires the disclaimer word for word (spacing and quotes aside), in the post or the profile note', () => {
    const ctx = pack({ requiredDisclaimer: 'Views are my own,  not St Elsewhere’s.' });
    expect(findingsOf('policy', post([textSlide('A fracture.')]), ctx)[0].fix).toMatchObject({ kind: 'add-caption-line' });
    expect(findingsOf('policy', post([textSlide('A fracture.')], { caption: "views are my own, not St Elsewhere's." }), ctx)).toEqual([]);
    expect(findingsOf('policy', post([textSlide('A fracture.')]), { ...ctx, profileNote: 'Views are my own, not St Elsewhere’s.' })).toEqual([]);
  });

  it('checks required and prohibited hashtags and allowed platforms', () => {
    const ctx = pack({ requiredHashtags: ['MedEd'], prohibitedHashtags: ['#patientstory'], platformsAllowed: ['linkedin'] });
    const found = findingsOf('policy', post([textSlide('A fracture. #PatientStory')]), ctx, ['instagram']);
    expect(found.map((f) => f.where.key)).toEqual(['post/requiredHashtags', 'post/prohibitedHashtag:#patientstory', 'platform:instagram/notAllowed']);
    expect(findingsOf('policy', post([textSlide('A fracture. #meded')]), ctx, ['linkedin'])).toEqual([]);
  });

  it('has nothing to say without a pack', () => {
    expect(findingsOf('policy', post([textSlide('Anything at all.')]))).toEqual([]);
  });
});
