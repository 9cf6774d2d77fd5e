import { describe, expect, it } from 'vitest';
import { PlatformLimits } from '../../shared/model/slideFormat';
import { itemLimit, overLimitWarning } from './itemLimit';

const sourced = { source: 'https://example.com/limits', checked: '2026-01-01' };
const limit = (platform: PlatformLimits['platform'], maxItems: number, documentPdf: PlatformLimits['documentPdf'] = null): PlatformLimits =>
  PlatformLimits.parse({ platform, maxItems, maxImageBytes: null, maxAltText: null, documentPdf, ...sourced });
const limits = [limit('instagram', 20), limit('bluesky', 4), limit('tiktok', 35), limit('linkedin', 20, { maxPages: 300, maxBytes: 100_000_000 })];

describe('itemLimit', () => {
  it('takes the strictest of the chosen platforms', () => {
    expect(itemLimit(['instagram', 'bluesky'], limits, 'instagram-portrait')).toEqual({ max: 4, platform: 'Bluesky', unit: 'images' });
    expect(itemLimit(['instagram', 'tiktok'], limits, 'instagram-portrait')?.max).toBe(20);
  });
  it('counts a LinkedIn document post in PDF pages', () => {
    expect(itemLimit(['linkedin'], limits, 'linkedin-document')).toEqual({ max: 300, platform: 'LinkedIn', unit: 'pages' });
    expect(itemLimit(['linkedin'], limits, 'instagram-portrait')?.max).toBe(20);
  });
  it('is null when no chosen platform has a limit', () => {
    expect(itemLimit([], limits, 'x-square')).toBeNull();
  });
});

describe('overLimitWarning', () => {
  it('warns only past the limit', () => {
    const l = { max: 4, platform: 'Bluesky', unit: 'images' as const };
    expect(overLimitWarning(4, l)).toBeNull();
    expect(overLimitWarning(5, l)).toMatch(/5 slides: Bluesky takes at most 4 images/);
    expect(overLimitWarning(50, null)).toBeNull();
  });
});
