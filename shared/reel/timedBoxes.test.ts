import { describe, expect, it } from 'vitest';
import { ReelScene } from '../model/reel';
import type { Box } from '../phi/types';
import {
  boxAt,
  mapReelToSource,
  mapSourceToReel,
  padBox,
  proposalsFromFindings,
  segments,
  segmentsInReel,
  sourceSpanInReel,
  sweptBox,
  unionBox,
} from './timedBoxes';
import { placeScenes } from './timeline';

// A box sliding right 100 px over the first second, then growing over the next.
const moving = {
  startMs: 0,
  endMs: 2000,
  keys: [
    { tMs: 0, box: [0, 0, 10, 10] as Box },
    { tMs: 1000, box: [100, 0, 10, 10] as Box },
    { tMs: 2000, box: [100, 0, 30, 20] as Box },
  ],
};

const contains = (outer: Box, inner: Box) =>
  inner[0] >= outer[0] - 1e-9 && inner[1] >= outer[1] - 1e-9 && inner[0] + inner[2] <= outer[0] + outer[2] + 1e-9 && inner[1] + inner[3] <= outer[1] + outer[3] + 1e-9;

describe('boxAt', () => {
  it('interpolates linearly between keys and holds before the first and after the last', () => {
    expect(boxAt(moving, 500)).toEqual([50, 0, 10, 10]);
    expect(boxAt(moving, 1500)).toEqual([100, 0, 20, 15]);
    expect(boxAt(moving, -100)).toEqual([0, 0, 10, 10]);
    expect(boxAt(moving, 9000)).toEqual([100, 0, 30, 20]);
    expect(boxAt({ keys: [{ tMs: 300, box: [1, 2, 3, 4] }] }, 0)).toEqual([1, 2, 3, 4]);
  });
});

describe('segments', () => {
  it('covers every position of the moving box at every millisecond, never crossing a key', () => {
    const segs = segments(moving, 250);
    expect(segs[0].startMs).toBe(0);
    expect(segs.at(-1)!.endMs).toBe(2000);
    segs.forEach((s, i) => {
      if (i > 0) expect(s.startMs).toBe(segs[i - 1].endMs);
      expect(s.endMs - s.startMs).toBeLessThanOrEqual(250);
      expect(s.startMs < 1000 && s.endMs > 1000).toBe(false);
    });
    for (let t = 0; t <= 2000; t++) {
      const holding = segs.filter((s) => s.startMs <= t && t <= s.endMs);
      expect(holding.length).toBeGreaterThan(0);
      for (const s of holding) expect(contains(s.box, boxAt(moving, t))).toBe(true);
    }
    expect(segs.length).toBe(8);
  });

  it('makes one piece of a box that stays put, and none of an empty span', () => {
    const still = { startMs: 500, endMs: 4000, keys: [{ tMs: 500, box: [5, 5, 50, 50] as Box }] };
    expect(segments(still, 200)).toEqual([{ startMs: 500, endMs: 4000, box: [5, 5, 50, 50] }]);
    expect(segments({ ...still, endMs: 500 }, 200)).toEqual([]);
  });

  it('keeps pieces small so a fast box is not covered by one huge union', () => {
    const segs = segments(moving, 100);
    expect(Math.max(...segs.filter((s) => s.endMs <= 1000).map((s) => s.box[2]))).toBeCloseTo(20, 6);
  });
});

describe('sweptBox / unionBox / padBox', () => {
  it('unions every position', () => {
    expect(sweptBox(moving)).toEqual([0, 0, 130, 20]);
    expect(unionBox([0, 0, 1, 1], [5, 5, 1, 1])).toEqual([0, 0, 6, 6]);
    expect(padBox([1, 10, 5, 5], 2)).toEqual([0, 8, 8, 9]);
  });
});

const scene = (input: Record<string, unknown>) => ReelScene.parse({ id: 's', durationMs: 1000, assetId: 'a', ...input });

describe('source ↔ reel time', () => {
  // A 4 s still, then a clip trimmed to 10–16 s of its source at double speed (3 s on the timeline).
  const placed = placeScenes([scene({ id: 'a', kind: 'image', durationMs: 4000 }), scene({ id: 'b', kind: 'clip', inMs: 10_000, outMs: 16_000, speed: 2, durationMs: 3000 })]);

  it('maps a clip’s own clock through trim and speed, and stills by scene time', () => {
    expect(mapSourceToReel(placed[1], 10_000)).toBe(4000);
    expect(mapSourceToReel(placed[1], 16_000)).toBe(7000);
    expect(mapSourceToReel(placed[1], 8000)).toBe(3000);
    expect(mapReelToSource(placed[1], 5500)).toBe(13_000);
    expect(mapSourceToReel(placed[0], 1500)).toBe(1500);
    expect(mapReelToSource(placed[0], 1500)).toBe(1500);
    for (const t of [0, 1234, 9999]) expect(mapReelToSource(placed[1], mapSourceToReel(placed[1], t))).toBeCloseTo(t, 9);
  });

  it('keeps only what the trim shows of a source span', () => {
    expect(sourceSpanInReel(placed[1], 0, 12_000)).toEqual({ startMs: 4000, endMs: 5000 });
    expect(sourceSpanInReel(placed[1], 15_000, 30_000)).toEqual({ startMs: 6500, endMs: 7000 });
    expect(sourceSpanInReel(placed[1], 0, 9000)).toBeNull();
  });

  it('gives a redaction’s pieces on the timeline', () => {
    const r = { startMs: 9000, endMs: 11_000, keys: [{ tMs: 9000, box: [0, 0, 10, 10] as Box }, { tMs: 11_000, box: [20, 0, 10, 10] as Box }] };
    const segs = segmentsInReel(placed[1], r, 500);
    expect(segs.map((s) => [s.startMs, s.endMs])).toEqual([
      [4000, 4250],
      [4250, 4500],
    ]);
    expect(segs[0].box).toEqual([10, 0, 15, 10]);
  });
});

describe('proposalsFromFindings', () => {
  it('proposes a pixelated box over a face and a solid one over text, padded, over the whole span', () => {
    let n = 0;
    const out = proposalsFromFindings(
      [
        { id: 'f1', kind: 'face', box: [10, 10, 50, 60], startMs: 0, endMs: 3000, text: '', keys: [{ tMs: 0, box: [10, 10, 50, 50] }, { tMs: 3000, box: [40, 10, 20, 60] }] },
        { kind: 'name', box: [1, 300, 200, 30], startMs: 2000, endMs: 2000, text: 'SMITH^JOHN' },
      ],
      () => `new${n++}`,
    );
    expect(out).toEqual([
      {
        id: 'p-f1',
        mode: 'pixelate',
        status: 'proposed',
        finding: 'face',
        text: '',
        startMs: 0,
        endMs: 3000,
        keys: [
          { tMs: 0, box: [8, 8, 54, 54] },
          { tMs: 3000, box: [38, 8, 24, 64] },
        ],
      },
      { id: 'new0', mode: 'solid', status: 'proposed', finding: 'name', text: 'SMITH^JOHN', startMs: 2000, endMs: 2001, keys: [{ tMs: 2000, box: [0, 298, 203, 34] }] },
    ]);
  });
});
