import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyDocument } from '../../shared/model/postDocument';
import { SlideFormat } from '../../shared/model/slideFormat';
import { reelStartDocument } from './reelCanvas';
import { safeZonesFrom } from './SafeZones';
import { PlayheadClock } from './usePlayhead';

const fmt = (id: string, platform: string, media: 'image' | 'video', safeZone: SlideFormat['safeZone'], width = 1080, height = 1920) =>
  SlideFormat.parse({ id, label: id, platform, media, width, height, safeZone, source: 'https://example.org/', checked: '2026-11-25' });
const formats = [
  fmt('instagram-portrait', 'instagram', 'image', null, 1080, 1350),
  fmt('instagram-reel', 'instagram', 'video', { top: 270, right: 65, bottom: 670, left: 65 }),
  fmt('tiktok-video', 'tiktok', 'video', { top: 200, right: 150, bottom: 400, left: 0 }),
];

describe('a reel’s canvas', () => {
  it('a new reel starts 9:16 in its first platform’s video format; one with content keeps its canvas', () => {
    expect(reelStartDocument(emptyDocument(), formats, ['tiktok']).canvas).toEqual({ formatId: 'tiktok-video', width: 1080, height: 1920 });
    expect(reelStartDocument(emptyDocument(), formats, []).canvas.formatId).toBe('instagram-reel');
    const started = { ...emptyDocument(), slides: [{ id: 's', background: '#fff', objects: [], altText: '', layoutId: null }] };
    expect(reelStartDocument(started, formats, []).canvas).toEqual(started.canvas);
  });
  it('safe-zone overlays take the templates’ numbers, else the platform facts', () => {
    const zones = safeZonesFrom(formats);
    expect(zones.tiktok).toEqual({ top: 200, right: 150, bottom: 400, left: 0 });
    expect(zones.reels.bottom).toBe(670);
    expect(zones.shorts).toEqual({ top: 192, right: 190, bottom: 480, left: 0 });
  });
});

describe('the preview clock', () => {
  afterEach(() => vi.unstubAllGlobals());
  it('runs in real time, stops at the end, starts over from the end and never sits past a shorter reel', () => {
    const frames: ((t: number) => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (fn: (t: number) => void) => frames.push(fn));
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    vi.stubGlobal('performance', { now: () => 1000 });
    const clock = new PlayheadClock();
    clock.setTotal(2000);
    clock.seek(5000);
    expect(clock.tMs).toBe(2000);
    clock.toggle(); // at the end: starts over
    expect(clock.getSnapshot()).toEqual({ tMs: 0, playing: true });
    frames.shift()!(1500);
    expect(clock.tMs).toBe(500);
    frames.shift()!(4000);
    expect(clock.getSnapshot()).toEqual({ tMs: 2000, playing: false });
    clock.setTotal(800);
    expect(clock.tMs).toBe(800);
  });
});
