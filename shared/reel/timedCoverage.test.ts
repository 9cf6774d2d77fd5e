import { describe, expect, it } from 'vitest';
import { ReelScene, TimedRedaction, type TimedRedactionInput } from '../model/reel';
import type { Box } from '../phi/types';
import { proposalsFromFindings } from './timedBoxes';
import { sceneFindings, shownSpan, timedGaps, type SceneFinding } from './timedCoverage';
import type { TimedFinding } from './timedFindings';
import { placeScenes } from './timeline';

// A face walking right from 2 s to 6 s of a clip's own clock; the clip shows 1–9 s at normal speed
// after a 3 s photo, so source 2 s is reel 4 s.
const face: TimedFinding = {
  id: 'f1',
  kind: 'face',
  box: [100, 100, 140, 40],
  keys: [
    { tMs: 2000, box: [100, 100, 40, 40] },
    { tMs: 6000, box: [200, 100, 40, 40] },
  ],
  startMs: 2000,
  endMs: 6000,
  text: '',
};
const name: TimedFinding = { id: 'n1', kind: 'name', box: [10, 10, 200, 30], keys: [{ tMs: 0, box: [10, 10, 200, 30] }], startMs: 0, endMs: 9000, text: 'JOHN SMITH' };

const redaction = (input: Partial<TimedRedactionInput> & Pick<TimedRedactionInput, 'startMs' | 'endMs' | 'keys'>) => TimedRedaction.parse({ id: `r${Math.random()}`, ...input });

function reel(redactions: TimedRedaction[]) {
  const photo = ReelScene.parse({ id: 'p', kind: 'image', assetId: 'img', durationMs: 3000 });
  const clip = ReelScene.parse({ id: 'c', kind: 'clip', assetId: 'vid', inMs: 1000, outMs: 9000, durationMs: 8000, redactions });
  return placeScenes([photo, clip])[1];
}

const findingsOf = (...f: TimedFinding[]) => sceneFindings(reel([]).scene, null, { findings: f });

describe('timedGaps', () => {
  it('accepts the engine’s proposals once accepted, over the whole span of each finding', () => {
    const accepted = proposalsFromFindings([face, name], () => 'x').map((r) => ({ ...r, status: 'accepted' as const }));
    expect(timedGaps(reel(accepted), findingsOf(face, name))).toEqual([]);
  });

  it('calls undecided proposals undecided, and a pixelated box over text not solid', () => {
    const proposed = proposalsFromFindings([face, name], () => 'x');
    const gaps = timedGaps(reel(proposed), findingsOf(face, name));
    expect(gaps.map((g) => [g.finding.id, g.problem])).toEqual([
      ['f1', 'undecided'],
      ['n1', 'undecided'],
    ]);
    const pixelText = proposed.map((r) => ({ ...r, status: 'accepted' as const, mode: 'pixelate' as const }));
    expect(timedGaps(reel(pixelText), findingsOf(face, name)).map((g) => [g.finding.id, g.problem])).toEqual([['n1', 'not-solid']]);
  });

  it('finds a box that ends too early, naming the first uncovered moment in source and reel time', () => {
    const short = redaction({ startMs: 2000, endMs: 5000, mode: 'pixelate', keys: [{ tMs: 2000, box: [98, 98, 44, 44] }, { tMs: 6000, box: [198, 98, 44, 44] }] });
    const [gap] = timedGaps(reel([short]), findingsOf(face));
    expect(gap).toMatchObject({ sceneId: 'c', sceneIndex: 1, problem: 'uncovered', toMs: 6000 });
    expect(gap.fromMs).toBeCloseTo(5000.5, 6);
    expect(gap.reelMs).toBeCloseTo(3000 + 4000.5, 6);
    expect(gap.box[0]).toBeCloseTo(175, 0);
  });

  it('finds a still box that does not follow a moving face', () => {
    const still = redaction({ startMs: 2000, endMs: 6000, mode: 'pixelate', keys: [{ tMs: 2000, box: [98, 98, 44, 44] }] });
    const [gap] = timedGaps(reel([still]), findingsOf(face));
    expect(gap.problem).toBe('uncovered');
    expect(gap.fromMs).toBeGreaterThan(2000);
    // 2 px of padding hold it for 80–100 ms (0.025 px/ms), then a frame-length step finds it.
    expect(gap.fromMs).toBeLessThan(2100 + 1000 / 60);
  });

  it('finds a 10 ms hole between two boxes (the ends of every box are tested)', () => {
    const box = [0, 0, 300, 100] as Box;
    const a = redaction({ startMs: 0, endMs: 4000, keys: [{ tMs: 0, box }] });
    const b = redaction({ startMs: 4010, endMs: 9000, keys: [{ tMs: 0, box }] });
    const [gap] = timedGaps(reel([a, b]), findingsOf(name));
    expect(gap.problem).toBe('uncovered');
    expect(gap.fromMs).toBeGreaterThan(4000);
    expect(gap.toMs).toBeLessThan(4010);
  });

  it('ignores what the trim hides, and counts a rejected proposal as the user’s decision', () => {
    const early: TimedFinding = { ...name, id: 'e', startMs: 0, endMs: 900 };
    expect(timedGaps(reel([]), findingsOf(early))).toEqual([]);
    const rejected = proposalsFromFindings([name], () => 'x').map((r) => ({ ...r, status: 'rejected' as const }));
    expect(timedGaps(reel(rejected), findingsOf(name))).toEqual([]);
  });
});

describe('sceneFindings / shownSpan', () => {
  it('holds a still finding over a photo scene, and over the whole clip when the scan kept no times', () => {
    const photo = ReelScene.parse({ id: 'p', kind: 'image', assetId: 'img', durationMs: 3000 });
    const analysis = { findings: [{ box: [1, 2, 3, 4] as Box, text: 'MRN 12345', kind: 'mrn' as const, source: 'ocr' as const, confidence: 1, reason: '' }] };
    const expected: SceneFinding = { id: null, kind: 'mrn', text: 'MRN 12345', startMs: 0, endMs: 3000, keys: [{ tMs: 0, box: [1, 2, 3, 4] }] };
    expect(sceneFindings(photo, analysis, null)).toEqual([expected]);
    expect(sceneFindings(reel([]).scene, analysis, null)).toEqual([{ ...expected, endMs: 9000 }]);
    const placedPhoto = placeScenes([photo])[0];
    expect(timedGaps(placedPhoto, sceneFindings(photo, analysis, null))).toMatchObject([{ problem: 'uncovered', fromMs: 0, toMs: 3000 }]);
  });

  it('clips a finding to what the scene shows', () => {
    const clip = reel([]).scene;
    expect(shownSpan(clip, { startMs: 0, endMs: 20_000 })).toEqual({ startMs: 1000, endMs: 9000 });
    expect(shownSpan(clip, { startMs: 9000, endMs: 9500 })).toBeNull();
    expect(shownSpan(clip, { startMs: 4000, endMs: 4000 })).toEqual({ startMs: 4000, endMs: 4000 });
  });
});
