import { describe, expect, it } from 'vitest';
import type { Asset } from '../../shared/model/asset';
import { ReelScene } from '../../shared/model/reel';
import { sceneProblem } from '../../shared/reel/sceneRules';
import { reelDurationMs } from '../../shared/reel/timeline';
import { canvasToSource, fitRect, motionView, sourceToCanvas } from './mediaFit';
import { carryCaptions, clipWith, fitTransitions, moveScene, sceneForAsset, withDuration } from './sceneOps';

const still = (id: string, durationMs = 3000, fade = 0) => ReelScene.parse({ id, kind: 'slide', slideId: 's', durationMs, transition: fade ? { kind: 'crossfade', durationMs: fade } : { kind: 'cut' } });
const clip = ReelScene.parse({ id: 'c', kind: 'clip', assetId: 'v', inMs: 1000, outMs: 5000, durationMs: 4000 });
const asset = (kind: Asset['kind'], durationMs: number | null): Asset => ({ id: 'a', projectId: 'p', kind, mime: 'x', bytes: 1, hash: '0'.repeat(64), width: 640, height: 480, durationMs, originalName: 'f', importedAt: '', hasThumbnail: false, derivedFrom: null, phiStatus: 'clean' });

describe('scene edits', () => {
  it('moves a scene and shrinks a crossfade that no longer fits (first scene: nothing to fade from, kept)', () => {
    const scenes = [still('a', 3000), still('b', 600, 0), still('c', 3000, 800)];
    const moved = moveScene(scenes, 0, 1);
    expect(moved.map((s) => s.id)).toEqual(['b', 'a', 'c']);
    // c now follows a (3000) and still fits its 800 ms fade.
    expect(moved[2].transition).toEqual({ kind: 'crossfade', durationMs: 800 });
    // c after a 600 ms scene: the fade shrinks to fit.
    const tight = fitTransitions([still('b', 600), still('c', 3000, 800)]);
    expect(tight[1].transition).toEqual({ kind: 'crossfade', durationMs: 500 });
    expect(sceneProblem({ slides: [{ id: 's', background: '#fff', objects: [], altText: '', layoutId: null }] }, tight)).toBeNull();
  });

  it('a clip trimmed or sped up keeps its duration in step with the scene rules', () => {
    const longer = withDuration(clip, 6000, 8000);
    expect(longer).toMatchObject({ inMs: 1000, outMs: 7000, durationMs: 6000 });
    // Never past the end of the file.
    expect(withDuration(clip, 60_000, 8000)).toMatchObject({ outMs: 8000, durationMs: 7000 });
    const fast = clipWith(clip as Extract<ReelScene, { kind: 'clip' }>, { speed: 2 });
    expect(fast.durationMs).toBe(2000);
    // An in point past the out point leaves the shortest legal clip.
    const squeezed = clipWith(clip as Extract<ReelScene, { kind: 'clip' }>, { inMs: 4900 });
    expect(squeezed.outMs - squeezed.inMs).toBeGreaterThanOrEqual(500);
    expect(sceneProblem({ slides: [] }, [longer, fast, squeezed].map((s, i) => ({ ...s, id: `x${i}` })))).toBeNull();
  });

  it('an asset makes the scene its kind plays as', () => {
    expect(sceneForAsset(asset('image', null), 'n')).toMatchObject({ kind: 'image', durationMs: 3000, fit: 'cover' });
    expect(sceneForAsset(asset('video', 4200), 'n')).toMatchObject({ kind: 'clip', inMs: 0, outMs: 4200, durationMs: 4200 });
    // A 1.2 s loop plays three times to make a readable scene; a single frame is a still.
    expect(sceneForAsset(asset('dicom', null), 'n', 1200)).toMatchObject({ kind: 'cine', durationMs: 3600, fit: 'contain' });
    expect(sceneForAsset(asset('dicom', null), 'n')).toMatchObject({ kind: 'image', fit: 'contain' });
    expect(reelDurationMs([still('a'), still('b', 3000, 500)])).toBe(5500);
  });
});

describe('captions follow their scenes', () => {
  const a = still('a', 3000);
  const b = still('b', 2000);
  const caps = [
    { id: 'c1', startMs: 0, endMs: 3000, text: 'over a' },
    { id: 'c2', startMs: 3000, endMs: 4000, text: 'b first half' },
    { id: 'c3', startMs: 4000, endMs: 5000, text: 'b second half' },
    { id: 'late', startMs: 6000, endMs: 7000, text: 'after the end' },
  ];
  it('moves with a reordered scene and stretches with a longer one', () => {
    const moved = carryCaptions(caps, [a, b], [b, a]);
    expect(moved.map((c) => [c.id, c.startMs, c.endMs])).toEqual([
      ['c2', 0, 1000],
      ['c3', 1000, 2000],
      ['c1', 2000, 5000],
      ['late', 6000, 7000],
    ]);
    const longer = carryCaptions(caps, [a, b], [a, { ...b, durationMs: 4000 }]);
    expect(longer.find((c) => c.id === 'c3')).toMatchObject({ startMs: 5000, endMs: 7000 });
  });
  it('goes with a removed scene', () => {
    expect(carryCaptions(caps, [a, b], [b]).map((c) => c.id)).toEqual(['c2', 'c3', 'late']);
  });
});

describe('media placement', () => {
  const canvas = { width: 1080, height: 1920 };
  it('cover fills and crops, contain fits whole; boxes map both ways through the same rectangle', () => {
    const cover = fitRect({ width: 1920, height: 1080 }, canvas, 'cover');
    expect(cover.height).toBeCloseTo(1920);
    expect(cover.x).toBeLessThan(0);
    const contain = fitRect({ width: 1920, height: 1080 }, canvas, 'contain');
    expect(contain).toMatchObject({ x: 0, width: 1080 });
    const box = sourceToCanvas([960, 540, 100, 100], { width: 1920, height: 1080 }, contain);
    expect(box.x).toBeCloseTo(540);
    const back = canvasToSource({ x: box.x, y: box.y }, { width: 1920, height: 1080 }, contain);
    expect(back.x).toBeCloseTo(960);
    expect(back.y).toBeCloseTo(540);
  });
  it('motion is the export\'s zoompan: zooms about the centre, pans move the window across the spare margin', () => {
    expect(motionView('zoom-in', 0, canvas)).toEqual({ zoom: 1, x: 0, y: 0 });
    const z = motionView('zoom-in', 1, canvas);
    expect(z.zoom).toBeCloseTo(1.15);
    expect(z.x).toBeCloseTo((1080 - 1080 / 1.15) / 2);
    // pan-left: the view starts at the right edge and ends at the left.
    expect(motionView('pan-left', 0, canvas).x).toBeCloseTo(1080 - 1080 / 1.15);
    expect(motionView('pan-left', 1, canvas).x).toBeCloseTo(0);
    expect(motionView('pan-down', 1, canvas).y).toBeCloseTo(1920 - 1920 / 1.15);
  });
});
