import { platformIds } from '../../model/platforms';
import { ReelScene } from '../../model/reel';
import { reelLengthAdvice } from '../../reel/reelLimits';
import { describe, expect, it } from 'vitest';
import { newId } from '../../editor/objectFactory';
import { asset, context, findingsOf, imageSlide, post, textSlide } from '../passFixture';

const parts = (...texts: string[]) => texts.map((text) => ({ id: newId(), text }));

describe('rule 7: platform limits and timing', () => {
  it('refuses more slides than the platform takes, offering to keep the first ones', () => {
    const p = post(Array.from({ length: 5 }, () => textSlide('One point.')));
    const found = findingsOf('platform', p, context(), ['x']);
    expect(found).toEqual([expect.objectContaining({ severity: 'error', message: 'The post has 5 slides; X allows 4 in one post.', fix: expect.objectContaining({ kind: 'remove-slides', data: { keep: 4, platform: 'x' } }) })]);
    expect(findingsOf('platform', p, context(), ['instagram'])).toEqual([]);
  });

  it('counts a thread part the X way (links 23, emoji 2) and offers to split it', () => {
    const long = `${'Teaching point about fractures '.repeat(10).trim()}.`;
    const found = findingsOf('platform', post([], { format: 'thread', parts: parts(long, 'Short.') }), context(), ['x']);
    expect(found.map((f) => [f.severity, f.where.label])).toEqual([['error', 'Thread part 1']]);
    expect(found[0].fix).toMatchObject({ kind: 'split-part' });
    // 257 letters + a 23-character link = 280: exactly at the limit.
    const atLimit = `${'a'.repeat(256)} https://example.org/a/very/long/path/that/x/shortens`;
    expect(findingsOf('platform', post([], { format: 'thread', parts: parts(atLimit) }), context(), ['x'])).toEqual([]);
  });

  it('warns on more than three sentences a post on X, and long sentences on an Instagram slide', () => {
    const chatty = 'One. Two. Three. Four.';
    expect(findingsOf('platform', post([], { format: 'thread', parts: parts(chatty) }), context(), ['x'])[0].severity).toBe('warning');
    const longSentence = `This sentence ${'keeps going and going '.repeat(6)}until the reader swipes away.`;
    const found = findingsOf('platform', post([textSlide(longSentence)]), context(), ['instagram']);
    expect(found.map((f) => [f.severity, f.where.field])).toEqual([['warning', 'text']]);
  });

  it('checks alt text length where the platform limits it, and file size only for files posted as they are', () => {
    const slide = { ...textSlide('Point.'), altText: 'a'.repeat(1001) };
    expect(findingsOf('platform', post([slide]), context(), ['x'])[0].message).toMatch(/alt text is 1001 characters; X allows 1000/);
    const big = context({ assets: new Map([['a1', asset('a1', { bytes: 6_000_000 })]]) });
    expect(findingsOf('platform', post([imageSlide('a1')]), big, ['x'])).toEqual([]);
    expect(findingsOf('platform', post([imageSlide('a1')]), { ...big, mediaAsIs: true }, ['x'])[0].message).toMatch(/6\.0 MB; X takes at most 5\.0 MB/);
  });

  it('needs at least one platform', () => {
    expect(findingsOf('platform', post([textSlide('One point.')]), context(), [])).toEqual([expect.objectContaining({ severity: 'error', where: expect.objectContaining({ key: 'post/platforms' }) })]);
  });

  it('times a reel: too long is an error, outside 10 s – 1 min a warning', () => {
    const reel = (seconds: number) => post([], { format: 'reel', scenes: [ReelScene.parse({ id: 's', kind: 'image', assetId: 'a', durationMs: seconds * 1000 })] });
    expect(findingsOf('platform', reel(30), context(), ['tiktok'])).toEqual([]);
    expect(findingsOf('platform', reel(90), context(), ['tiktok'])[0].severity).toBe('warning');
    expect(findingsOf('platform', reel(400), context(), ['tiktok'])[0].message).toMatch(/belongs on YouTube/);
    expect(findingsOf('platform', reel(200), context(), ['instagram'])[0]).toMatchObject({ severity: 'error' });
  });

  it('says of a reel’s length exactly what the timeline’s limits panel says (reelLengthAdvice)', () => {
    // Two scenes: one may last at most 10 minutes.
    const half = (id: string, seconds: number) => ReelScene.parse({ id, kind: 'image', assetId: 'a', durationMs: seconds * 500 });
    const reel = (seconds: number) => post([], { format: 'reel', scenes: [half('s1', seconds), half('s2', seconds)] });
    for (const seconds of [2, 9, 30, 61, 150, 181, 400, 601, 901]) {
      for (const platform of platformIds) {
        const [advice] = reelLengthAdvice(seconds * 1000, [platform]);
        const found = findingsOf('platform', reel(seconds), context(), [platform]).filter((f) => f.where.key.endsWith('/duration'));
        expect(found.map((f) => [f.severity, f.message])).toEqual(advice.level === 'ok' ? [] : [[advice.level, advice.message]]);
      }
    }
  });
});
