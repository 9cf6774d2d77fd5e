import { describe, expect, it } from 'vitest';
import { readTemplateFiles } from '../../test/fixtures/templateFiles';
import { formatsFor } from '../model/slideFormat';
import { FormatsFile, mergeByKey, PlatformsFile } from './templateFiles';

const raw = readTemplateFiles();

describe('template files', () => {
  it('give every format and limit a source and a checked date', () => {
    const { formats } = FormatsFile.parse(raw.formats);
    const { limits } = PlatformsFile.parse(raw.platforms);
    for (const entry of [...formats, ...limits]) {
      expect(entry.source).toMatch(/^https:\/\//);
      expect(entry.checked).toMatch(/^2026-11-\d\d$/);
    }
    const ids = formats.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(limits.map((l) => l.platform)).size).toBe(limits.length);
  });

  it('hold the numbers of the platform facts', () => {
    const { formats } = FormatsFile.parse(raw.formats);
    const { limits } = PlatformsFile.parse(raw.platforms);
    const size = (id: string) => formats.find((f) => f.id === id) && [formats.find((f) => f.id === id)!.width, formats.find((f) => f.id === id)!.height];
    expect(size('instagram-portrait')).toEqual([1080, 1350]);
    expect(size('instagram-tall')).toEqual([1080, 1440]);
    expect(size('instagram-landscape')).toEqual([1080, 566]);
    expect(size('tiktok-photo')).toEqual([1080, 1920]);
    expect(size('x-landscape')).toEqual([1600, 900]);
    const limit = (p: string) => limits.find((l) => l.platform === p)!;
    expect([limit('instagram').maxItems, limit('x').maxItems, limit('bluesky').maxItems, limit('tiktok').maxItems]).toEqual([20, 4, 4, 35]);
    expect(limit('linkedin').documentPdf?.maxPages).toBe(300);
  });

  it('hold the reel formats: 9:16 per short-video platform with its safe zone, 1:1 and 16:9, all marked video', () => {
    const { formats } = FormatsFile.parse(raw.formats);
    const video = formatsFor(formats, 'video');
    const byId = (id: string) => video.find((f) => f.id === id);
    expect(byId('instagram-reel')).toMatchObject({ width: 1080, height: 1920, safeZone: { top: 270, right: 65, bottom: 670, left: 65 } });
    expect(byId('tiktok-video')).toMatchObject({ width: 1080, height: 1920, safeZone: { top: 250, right: 170, bottom: 480, left: 0 } });
    expect(byId('youtube-short')).toMatchObject({ platform: 'youtube', width: 1080, height: 1920, safeZone: { top: 192, right: 190, bottom: 480, left: 0 } });
    expect(video.some((f) => f.width === 1080 && f.height === 1080)).toBe(true);
    expect(video.some((f) => f.width === 1920 && f.height === 1080)).toBe(true);
    // Stories stay slides; a format without the field is an image format.
    expect(formatsFor(formats, 'image').map((f) => f.id)).toContain('instagram-story');
    expect(formatsFor(formats, 'image').length + video.length).toBe(formats.length);
    expect(FormatsFile.parse({ formats: [{ id: 'old-one', label: 'Old', platform: 'x', width: 100, height: 100, source: 'https://x.com', checked: '2026-01-01' }] }).formats[0].media).toBe('image');
  });

  it('refuses a file with an unknown key instead of ignoring it', () => {
    expect(FormatsFile.safeParse({ formats: [], format: [] }).success).toBe(false);
  });

  it('merges overrides by key, keeping order and appending new entries', () => {
    const merged = mergeByKey([{ id: 'a', v: 1 }, { id: 'b', v: 1 }], [{ id: 'b', v: 2 }, { id: 'c', v: 3 }], (x) => x.id);
    expect(merged).toEqual([{ id: 'a', v: 1 }, { id: 'b', v: 2 }, { id: 'c', v: 3 }]);
  });
});
