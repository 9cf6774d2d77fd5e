import { describe, expect, it } from 'vitest';
import type { Box } from '../../../shared/phi/types';
import { buildTracks, timedBoxes, type SampleFindings } from './trackFindings';

const at = (t: number, text: Box[] = [], faces: Box[] = []): SampleFindings => ({ t, text, faces });

describe('timedBoxes', () => {
  it('covers a still text box from the sample before it was seen to the sample after it was last seen', () => {
    const samples = [at(0), at(1), at(2, [[10, 10, 100, 20]]), at(3, [[11, 10, 100, 20]]), at(4), at(5)];
    const boxes = timedBoxes(samples, 5);
    expect(boxes).toHaveLength(1);
    expect(boxes[0]).toMatchObject({ kind: 'text', t0: 1, t1: 4 });
    expect(boxes[0].box).toEqual([10, 10, 101, 20]);
  });

  it('runs to the start and past the end when the text is there from the first to the last sample', () => {
    const boxes = timedBoxes([at(0, [[0, 0, 50, 10]]), at(1, [[0, 0, 50, 10]])], 1.5);
    expect(boxes[0].t0).toBe(0);
    expect(boxes[0].t1).toBeGreaterThan(1.5);
  });

  it('bridges one sample where the detector missed', () => {
    const tracks = buildTracks([at(0, [[0, 0, 50, 10]]), at(1), at(2, [[0, 0, 50, 10]])], 'text');
    expect(tracks).toHaveLength(1);
    expect(tracks[0].keys.map((k) => k.t)).toEqual([0, 2]);
  });

  it('keeps two different boxes apart', () => {
    expect(buildTracks([at(0, [[0, 0, 50, 10], [500, 500, 50, 10]]), at(1, [[500, 500, 50, 10]])], 'text')).toHaveLength(2);
  });

  it('cuts a moving face into short pieces that follow it, each covering both ends', () => {
    const samples = [at(0, [], [[0, 0, 100, 100]]), at(1, [], [[60, 0, 100, 100]]), at(2, [], [[120, 0, 100, 100]])];
    const boxes = timedBoxes(samples, 2);
    expect(boxes.length).toBeGreaterThan(4);
    for (const b of boxes) expect(b.t1 - b.t0).toBeLessThanOrEqual(0.25 + 1e-9);
    // The piece around t = 0.5 covers the face at 0.5 (x = 30) whole.
    const mid = boxes.find((b) => b.t0 <= 0.5 && b.t1 >= 0.5)!;
    expect(mid.box[0]).toBeLessThanOrEqual(30);
    expect(mid.box[0] + mid.box[2]).toBeGreaterThanOrEqual(130);
    // Pieces tile the whole span without a gap.
    const spans = boxes.map((b) => [b.t0, b.t1]).sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < spans.length; i++) expect(spans[i][0]).toBeLessThanOrEqual(spans[i - 1][1] + 1e-9);
  });
});
