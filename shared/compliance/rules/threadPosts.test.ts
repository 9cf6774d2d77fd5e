import { describe, expect, it } from 'vitest';
import { readTemplateFiles } from '../../../test/fixtures/templateFiles';
import { textLimits } from '../../../test/fixtures/textLimits';
import { PlatformsFile } from '../../templates/templateFiles';
import type { ThreadPart } from '../../model/postDocument';
import { splitThread } from '../../thread/splitThread';
import { textLimitFor } from '../../thread/textRules';
import { context, findingsOf, post } from '../passFixture';
import { layoutThread } from './threadPosts';

// Rule 7 on a thread: the posts as they will be posted (each part split per platform, the way
// the composer splits it), not each stored part as if it were one post.

const thread = (...parts: (string | Partial<ThreadPart>)[]) =>
  post([], { format: 'thread', parts: parts.map((p, i) => (typeof p === 'string' ? { id: `p${i + 1}`, text: p } : { id: `p${i + 1}`, text: 'Short point here.', ...p })) });
// The shipped limits: X and Bluesky take 4 images with 1,000 graphemes of alt text, Threads 20.
const withLimits = context({ textLimits, limits: PlatformsFile.parse(readTemplateFiles().platforms).limits });
const sentence = (n: number) => `Teaching point number ${n} is about the base of the fifth metatarsal and how it heals well.`;

describe('rule 7 on a thread: the posts as they will be posted', () => {
  it('counts a long part as the posts it splits into (no error), where each stored part used to count as one post', () => {
    const long = [1, 2, 3, 4].map(sentence).join(' ');
    expect(splitThread(long, textLimitFor(textLimits, 'x')).parts.length).toBe(2);
    const p = thread(long, 'Short.');
    expect(findingsOf('platform', p, withLimits, ['x', 'bluesky', 'mastodon'])).toEqual([]);
    // On Threads (500) the four sentences stay one post: more than 2–3 for one post.
    expect(findingsOf('platform', p, withLimits, ['threads']).map((f) => f.where.key)).toEqual(['platform:threads/part:p1/post:1/sentences']);
    // Without the text limits (an older caller) the part still counts as one post.
    expect(findingsOf('platform', p, context(), ['x']).map((f) => f.where.key)).toEqual(['platform:x/part:p1/length', 'platform:x/part:p1/sentences']);
  });

  it('reports a word too long to split as an error on the part that holds it', () => {
    const found = findingsOf('platform', thread('A fine opening.', `See ${'x'.repeat(400)} here.`), withLimits, ['x']);
    expect(found).toEqual([
      expect.objectContaining({
        severity: 'error',
        where: expect.objectContaining({ key: 'platform:x/part:p2/unsplittable', label: 'Thread part 2', partId: 'p2', partNumber: 2, field: 'part', platform: 'x' }),
        message: expect.stringMatching(/^Thread part 2 cannot be posted on X: “x{30,}…” counts 400 .*cannot be split/),
      }),
    ]);
  });

  it('warns on more than 3 sentences in one posted post (X, Threads), naming the post and its part', () => {
    const chatty = 'One. Two. Three. Four.';
    const found = findingsOf('platform', thread('Opening point.', chatty), withLimits, ['x', 'bluesky']);
    expect(found.map((f) => [f.severity, f.where.key, f.where.partNumber])).toEqual([['warning', 'platform:x/part:p2/post:1/sentences', 2]]);
    expect(found[0].message).toBe('Post 2 of the thread on X (thread part 2) has 4 sentences; on X 2–3 sentences a post read best: split it or cut it.');
  });

  it('counts hashtags per posted post', () => {
    const found = findingsOf('platform', thread('Read this #radiology #ortho.'), withLimits, ['threads']);
    expect(found.map((f) => [f.severity, f.where.key])).toEqual([['error', 'platform:threads/part:p1/post:1/hashtags']]);
  });

  it('checks the whole thread as one LinkedIn post', () => {
    const parts = Array.from({ length: 20 }, (_, i) => [1, 2].map((k) => sentence(i * 2 + k)).join(' '));
    const found = findingsOf('platform', thread(...parts), withLimits, ['linkedin']);
    expect(found).toEqual([expect.objectContaining({ severity: 'error', where: expect.objectContaining({ key: 'platform:linkedin/parts/length', label: 'The thread as one post' }) })]);
    expect(found[0].message).toMatch(/^The thread as one post counts 3\d{3}; LinkedIn allows 3000/);
  });

  it('keeps checking a carousel caption as one post', () => {
    const carousel = post([], { caption: `${'Caption words here and there '.repeat(12)}end.` });
    expect(findingsOf('platform', carousel, withLimits, ['x']).map((f) => [f.severity, f.where.key])).toEqual([['error', 'platform:x/caption/length']]);
  });
});

describe('layoutThread', () => {
  it('traces every posted post back to its part and its words there, numbering counted', () => {
    const parts = [{ id: 'a', text: `  ${[1, 2, 3, 4].map(sentence).join(' ')}\n` }, { id: 'empty', text: '  ' }, { id: 'b', text: 'Takeaway: it heals.' }];
    const rule = textLimitFor(textLimits, 'x');
    const layout = layoutThread(parts, rule);
    expect(layout.posts.map((p) => [p.part, p.index, p.inPart])).toEqual([[0, 0, 0], [0, 1, 1], [2, 2, 0]]);
    for (const p of layout.posts) expect(parts[p.part].text.slice(p.range.start, p.range.end)).toBe(p.body);
    // The same posts, and counts, as the composer's split of the whole text.
    const whole = splitThread(parts.map((p) => p.text.trim()).filter(Boolean).join('\n---\n'), rule);
    expect(layout.posts.map((p) => p.length)).toEqual(whole.parts.map((p) => p.length));
    expect(layout.total).toBe(3);
  });
});

describe('rule 7 on thread part images', () => {
  it('needs alt text on every image, within the platform limit (Bluesky 1,000 graphemes)', () => {
    const p = thread({ images: [{ assetId: 'a1', alt: '' }, { assetId: 'a2', alt: '🦴'.repeat(1001) }] });
    const found = findingsOf('platform', p, withLimits, ['bluesky', 'mastodon']);
    expect(found.map((f) => [f.severity, f.where.key, f.where.label])).toEqual([
      ['error', 'part:p1/image:1/alt/missing', 'Thread part 1, image 1'],
      ['error', 'platform:bluesky/part:p1/image:2/alt/length', 'Thread part 1, image 2'],
    ]);
    expect(found[1].message).toBe('The alt text of image 2 in thread part 1 is 1001 characters; Bluesky allows 1000.');
  });

  it('refuses more images on one post than the platform takes', () => {
    const images = Array.from({ length: 5 }, (_, i) => ({ assetId: `a${i}`, alt: 'An X-ray.' }));
    const found = findingsOf('platform', thread({ images }), withLimits, ['x', 'threads']);
    expect(found.map((f) => [f.severity, f.where.key])).toEqual([['error', 'platform:x/part:p1/images']]);
    expect(found[0].message).toBe('Thread part 1 has 5 images; X takes 4 on one post.');
  });
});
