import { describe, expect, it } from 'vitest';
import { videoLimits } from '../compliance/data/videoLimits';
import { platformIds } from '../model/platforms';
import { formatSeconds, reelLengthAdvice, reelPlatformLimits } from './reelLimits';

const levels = (seconds: number, platforms = ['instagram', 'tiktok', 'youtube', 'x', 'threads', 'bluesky'] as const) =>
  Object.fromEntries(reelLengthAdvice(seconds * 1000, platforms).map((a) => [a.platform, a.level]));

describe('reelLengthAdvice', () => {
  it('passes a 30 s teaching reel everywhere', () => {
    expect(levels(30)).toEqual({ instagram: 'ok', tiktok: 'ok', youtube: 'ok', x: 'ok', threads: 'ok', bluesky: 'ok' });
    expect(reelLengthAdvice(30_000, ['instagram'])[0].message).toBe('0:30 of at most 3:00 on Instagram.');
  });

  it('warns outside 10 s – 1 min on short-video platforms only', () => {
    expect(levels(75)).toEqual({ instagram: 'warning', tiktok: 'warning', youtube: 'warning', x: 'ok', threads: 'ok', bluesky: 'ok' });
    expect(levels(5)).toMatchObject({ instagram: 'warning', x: 'ok' });
    expect(reelLengthAdvice(75_000, ['tiktok'])[0].message).toBe('The reel runs 1:15; short teaching videos on TikTok work best between 10 seconds and 1 minute.');
  });

  it('blocks over each platform’s hard limit (Reels 3 min, TikTok 10 min, YouTube 15 min, X 140 s, Threads 5 min, Bluesky 3 min)', () => {
    expect(levels(181)).toEqual({ instagram: 'error', tiktok: 'warning', youtube: 'warning', x: 'error', threads: 'ok', bluesky: 'error' });
    expect(levels(140)).toMatchObject({ x: 'ok' });
    expect(levels(301)).toMatchObject({ threads: 'error' });
    expect(levels(601)).toMatchObject({ tiktok: 'error', youtube: 'warning' });
    expect(levels(901)).toMatchObject({ youtube: 'error' });
    expect(reelLengthAdvice(200_000, ['instagram'])[0].message).toBe('The reel runs 3:20; Instagram takes at most 3:00: cut it or choose another platform.');
  });

  it('says long short-form reels belong on YouTube, and that YouTube posts them as regular videos', () => {
    expect(reelLengthAdvice(400_000, ['tiktok'])[0].message).toMatch(/belongs on YouTube/);
    expect(reelLengthAdvice(400_000, ['youtube'])[0].message).toBe('The reel runs 6:40; over 3:00 YouTube posts it as a regular video, not a Short.');
  });

  it('warns under a platform’s shortest upload', () => {
    expect(reelLengthAdvice(2000, ['tiktok'])[0]).toEqual({ platform: 'tiktok', level: 'warning', message: 'The reel runs 2 s; TikTok may refuse a video shorter than 3 s.' });
  });

  it('says when no limit is published', () => {
    expect(reelLengthAdvice(700_000, ['mastodon'])[0]).toMatchObject({ level: 'ok', message: '11:40 (no published limit) on Mastodon.' });
  });

  it('takes other limits (a library’s update) when given', () => {
    const limits = { ...videoLimits, x: { ...videoLimits.x, maxSeconds: 1200 } };
    expect(reelLengthAdvice(600_000, ['x'], limits)[0].level).toBe('ok');
  });
});

describe('reelPlatformLimits / formatSeconds', () => {
  it('lists each chosen platform’s limits, every platform sourced', () => {
    expect(reelPlatformLimits(['youtube']).map((l) => [l.platform, l.limit.maxSeconds, l.limit.shortFormMaxSeconds])).toEqual([['youtube', 900, 180]]);
    for (const p of platformIds) expect(videoLimits[p].source.length).toBeGreaterThan(10);
  });

  it('writes seconds under ten with a tenth, longer as m:ss', () => {
    expect([formatSeconds(4.53), formatSeconds(9), formatSeconds(59.6), formatSeconds(600)]).toEqual(['4.5 s', '9 s', '1:00', '10:00']);
  });
});
