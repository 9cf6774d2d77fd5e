import { describe, expect, it } from 'vitest';
import { ReelScene, ReelSettings } from '../../model/reel';
import { findingsOf, post } from '../passFixture';
import { reelCaptionFindings } from './reelCaptions';

const reelWith = (captions: { id: string; startMs: number; endMs: number; text: string }[]) =>
  post([], { format: 'reel', scenes: [ReelScene.parse({ id: 's', kind: 'image', assetId: 'a', durationMs: 20_000 })], reel: ReelSettings.parse({ captions }) });

describe('reel caption timing (rule 7 warnings)', () => {
  it('passes captions shown long enough, one at a time, inside the reel', () => {
    expect(reelCaptionFindings(reelWith([{ id: 'a', startMs: 0, endMs: 2000, text: 'Look at the apex.' }, { id: 'b', startMs: 2000, endMs: 5000, text: 'A thin white line.' }]))).toEqual([]);
  });

  it('warns about a caption read too fast, two at once, and one after the end', () => {
    const found = reelCaptionFindings(
      reelWith([
        { id: 'fast', startMs: 1000, endMs: 2000, text: 'A small pneumothorax is easy to miss on a supine film.' },
        { id: 'late', startMs: 21_000, endMs: 22_000, text: 'Bye' },
        { id: 'under', startMs: 1500, endMs: 3000, text: 'Second caption' },
      ]),
    );
    expect(found.map((f) => [f.where.key, f.severity, f.message])).toEqual([
      ['caption:fast/speed', 'warning', 'Caption at 0:01.0 asks viewers to read 54 characters a second; most people follow about 20 at most: give it more time or fewer words.'],
      ['caption:fast/overlap', 'warning', 'Caption at 0:01.0 is still showing when the caption at 0:01.5 starts: burned in, the two are drawn over each other.'],
      ['caption:late/after-end', 'warning', 'Caption at 0:21.0 starts after the reel ends (0:20.0): it is never shown. Move it or remove it.'],
    ]);
    expect(found[0].where).toMatchObject({ field: 'reelCaption', captionId: 'fast', atMs: 1000 });
  });

  it('is part of the pass once, whatever the platforms, and only for reels', () => {
    const p = reelWith([{ id: 'fast', startMs: 0, endMs: 500, text: 'Far too many words for half a second' }]);
    expect(findingsOf('platform', p, undefined, ['instagram', 'tiktok']).filter((f) => f.where.captionId)).toHaveLength(1);
    expect(reelCaptionFindings({ ...p, format: 'carousel' })).toEqual([]);
  });
});
