import { describe, expect, it } from 'vitest';
import { TextLimit, ThreadGuidance, type TextPlatformId } from '../../shared/thread/textRules';
import { composeFor, editPost, joinWithNext, movePost, partsFromRaw, rawOf, sectionsOf, setImages } from './threadText';

// The shipped numbers for X and Bluesky (templates/text-limits.json), written here because the
// renderer's tests are type-checked with the renderer and may not read files.
const limits: Partial<Record<TextPlatformId, object>> = {
  x: { maxLength: 280, urlLength: 23, sentencesPerPost: { min: 2, max: 3 } },
  bluesky: { maxLength: 300, maxBytes: 3000 },
};
const ruleFor = (platform: 'x' | 'bluesky') => TextLimit.parse({ platform, source: 'https://example.org/limits', checked: '2026-11-25', ...limits[platform] });
const textLimits = { guidance: ThreadGuidance.parse({ disclaimerWords: ['not medical advice'], takeawayWords: ['takeaway'], disclaimer: 'Not medical advice.' }) };

let n = 0;
const newId = () => `n${++n}`;
const sentence = (i: number) => `Sentence number ${i} says something about fractures of the fifth metatarsal.`;
const long = Array.from({ length: 12 }, (_, i) => sentence(i + 1)).join(' ');

describe('the composer text', () => {
  it('keeps the text as written through parts and back, markers included', () => {
    const raw = 'First part \n---\nSecond part\n\nwith a paragraph';
    expect(sectionsOf(raw)).toEqual(['First part ', 'Second part\n\nwith a paragraph']);
    expect(rawOf(partsFromRaw(raw, [], newId))).toBe(raw);
  });

  it('keeps ids and images with their section when a section is added before them', () => {
    const old = [{ id: 'a', text: 'One.' }, { id: 'b', text: 'Two.', images: [{ assetId: 'x', alt: 'An X-ray' }] }];
    const next = partsFromRaw('Zero.\n---\nOne.\n---\nTwo.', old, newId);
    expect(next.slice(1).map((p) => p.id)).toEqual(['a', 'b']);
    expect(next[0].id).not.toMatch(/^[ab]$/);
    expect(next[2].images).toEqual(old[1].images);
  });
});

describe('composeFor', () => {
  it('places every post back in the text, numbering outside the body', () => {
    const parts = partsFromRaw(long, [], newId);
    const t = composeFor(parts, ruleFor('x'), 'slash');
    expect(t.error).toBeNull();
    expect(t.posts.length).toBeGreaterThan(2);
    t.posts.forEach((p, i) => {
      expect(p.text).toBe(`${p.body} ${i + 1}/${t.posts.length}`);
      expect(rawOf(parts).slice(p.start, p.end)).toBe(p.body);
      expect(p.length).toBeLessThanOrEqual(280);
    });
  });

  it('says plainly when one word cannot fit', () => {
    const t = composeFor([{ id: 'a', text: `see ${'x'.repeat(400)}` }], ruleFor('bluesky'), 'none');
    expect(t.posts).toEqual([]);
    expect(t.error).toMatch(/cannot be split/);
  });

  it('puts a section’s images on its first post only and gives guidance', () => {
    const parts = [{ id: 'a', text: long, images: [{ assetId: 'x', alt: 'X-ray' }] }, { id: 'b', text: 'Takeaway: rest it.' }];
    const t = composeFor(parts, ruleFor('x'), 'slash', textLimits.guidance);
    expect(t.posts.filter((p) => p.images.length).map((p) => p.section)).toEqual([0]);
    expect(t.posts.at(-1)!.section).toBe(1);
    expect(t.warnings.some((w) => w.kind === 'disclaimer')).toBe(true);
  });
});

describe('post actions', () => {
  const parts = partsFromRaw(long, [], newId);
  const posts = composeFor(parts, ruleFor('x'), 'none').posts;

  it('edits one post in place', () => {
    const edited = editPost(parts, posts[1], 'Short second post.', newId);
    expect(rawOf(edited)).toBe(rawOf(parts).slice(0, posts[1].start) + 'Short second post.' + rawOf(parts).slice(posts[1].end));
  });

  it('moves a post and keeps every word', () => {
    const moved = movePost(parts, posts, 0, 2, newId);
    expect(moved.map((p) => p.text)).toEqual([posts[1].body, posts[2].body, posts[0].body, ...posts.slice(3).map((p) => p.body)]);
  });

  it('joins a post with the next when it fits, and the join is kept', () => {
    const short = partsFromRaw('One. Two.\n---\nThree. Four.\n---\nFive.', [], newId);
    const sp = composeFor(short, ruleFor('x'), 'slash').posts;
    const joined = joinWithNext(short, sp, 0, newId);
    const after = composeFor(joined, ruleFor('x'), 'slash').posts;
    expect(after.map((p) => p.body)).toEqual(['One. Two.\n\nThree. Four.', 'Five.']);
  });

  it('sets the images of one section', () => {
    const withImages = setImages(parts, 0, [{ assetId: 'x', alt: 'Foot X-ray' }]);
    expect(withImages[0].images).toHaveLength(1);
    expect(setImages(withImages, 0, [])[0].images).toBeUndefined();
  });
});
