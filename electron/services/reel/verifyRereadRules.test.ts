import { describe, expect, it } from 'vitest';
import { describeLeak, fuzzyContains, isOwnWords, judgedAt, leaksInFrame, normaliseText, sampleTimes, type RereadPlan, type RereadScene } from './verifyRereadRules';

const canvas = { width: 1080, height: 1920 };
const still = { kind: 'still' as const, file: 'x.png', width: 1080, height: 1920, fit: 'cover' as const, motion: 'none' as const };
// 640×360 contained on 1080×1920: scale 1.6875, top at 656.25.
const clip = { kind: 'clip' as const, file: 'c.mp4', width: 640, height: 360, fit: 'contain' as const, inS: 0.5, outS: 2.5, speed: 1, sound: null };

function scene(over: Partial<RereadScene> & Pick<RereadScene, 'index' | 'startS' | 'durationS'>): RereadScene {
  return { crossfadeS: 0, source: still, slide: true, facesAllowed: false, judged: [], slideJudged: [], ...over };
}

const plan: RereadPlan = {
  canvas,
  fps: 30,
  durationS: 4.5,
  scenes: [
    scene({ index: 0, startS: 0, durationS: 1.5 }),
    scene({ index: 1, startS: 1.5, durationS: 1.5, slide: false, facesAllowed: true }),
    scene({
      index: 2,
      startS: 2.5,
      durationS: 2,
      crossfadeS: 0.5,
      source: clip,
      slide: false,
      judged: [
        { status: 'rejected', mode: 'solid', spans: [{ box: [400, 20, 200, 40], t0: 0, t1: 4 }] },
        { status: 'accepted', mode: 'pixelate', spans: [{ box: [300, 150, 100, 100], t0: 1, t1: 2 }] },
      ],
    }),
  ],
  ownWords: ['Look at the suprapatellar pouch', 'Fluid shows as a dark band'].map(normaliseText),
  covers: [{ box: [140, 1000, 800, 120], startS: 2.6, endS: 4.3 }],
};

describe('own words', () => {
  it('normalises to letters and digits, upper case, accents dropped', () => {
    expect(normaliseText('Dr. Émile O’Neil, 03/14')).toBe('DREMILEONEIL0314');
  });

  it('finds OCR text in the post’s words with a fifth of its letters wrong, not a different word', () => {
    expect(fuzzyContains('LOOKATTHESUPRAPATELLARPOUCH', 'SUPRAPATELLAR', 0)).toBe(true);
    expect(isOwnWords('Look at the suprapateIIar pouch', plan.ownWords)).toBe(true);
    expect(isOwnWords('Fluid shows as a dark hand', plan.ownWords)).toBe(true);
    expect(isOwnWords('SMITH^JOHN', plan.ownWords)).toBe(false);
    expect(isOwnWords('Fluid shows as a dark band 03/14/1961', plan.ownWords)).toBe(false);
    expect(isOwnWords('   ', plan.ownWords)).toBe(false);
  });
});

describe('sampleTimes', () => {
  it('looks a little after each scene shows alone, and never more than a second apart', () => {
    const times = sampleTimes(plan);
    expect(times.filter((s) => s.sceneStart).map((s) => s.t)).toEqual([0.1, 1.6, 3.1]);
    expect(times[0]).toEqual({ t: 0.1, sceneStart: true });
    expect(times.at(-1)!.t).toBeCloseTo(4.45);
    for (let i = 1; i < times.length; i++) expect(times[i].t - times[i - 1].t).toBeLessThanOrEqual(1 + 1e-9);
    // About one a second plus the scene starts: the cost stays bounded.
    expect(times.length).toBeLessThanOrEqual(Math.ceil(plan.durationS) + plan.scenes.length + 2);
  });
});

describe('judgedAt', () => {
  it('maps a clip’s decided boxes through its trim and fit, only over their span', () => {
    // Reel 3.5 s is source 1.5 s: both boxes; reel 2.9 s is source 0.9 s: the rejected one only.
    const at = judgedAt(plan.scenes[2], 3.5, canvas, 30);
    expect(at).toHaveLength(2);
    expect(at[0].box.map((v) => Math.round(v))).toEqual([675, 690, 338, 68]);
    expect(judgedAt(plan.scenes[2], 2.9, canvas, 30)).toHaveLength(1);
  });
});

describe('leaksInFrame', () => {
  it('lets the post’s own words pass on a slide, and in a caption over a clip', () => {
    expect(leaksInFrame(plan, 0.5, { text: [{ box: [100, 500, 600, 60], kind: 'name', text: 'Look at the suprapatellar pouch' }], faces: [] })).toEqual([]);
    expect(leaksInFrame(plan, 3.5, { text: [{ box: [160, 1020, 700, 60], kind: 'name', text: 'Fluid shows as a dark band' }], faces: [] })).toEqual([]);
  });

  it('fails a name in the clip’s own pixels, even one the captions also say, naming kind, time and scene', () => {
    const name = leaksInFrame(plan, 3.5, { text: [{ box: [20, 676, 354, 74], kind: 'name', text: 'SMITH^JOHN' }], faces: [] });
    expect(name.map(describeLeak)).toEqual(['a name (“S…”) at 0:03.5 in scene 3']);
    // The caption's words, read where the clip shows (not where the caption is drawn): not the post drawing them.
    expect(leaksInFrame(plan, 3.5, { text: [{ box: [20, 1500, 600, 60], kind: 'name', text: 'Fluid shows as a dark band' }], faces: [] })).toHaveLength(1);
  });

  it('lets text pass in a box the user rejected (judged not identifying)', () => {
    expect(leaksInFrame(plan, 3.5, { text: [{ box: [680, 690, 330, 70], kind: 'name', text: 'ACME PROBE' }], faces: [] })).toEqual([]);
  });

  it('lets a face pass where consent covers it, or under a pixelated box; fails it anywhere else', () => {
    const face: [number, number, number, number] = [500, 900, 200, 200];
    expect(leaksInFrame(plan, 2.0, { text: [], faces: [face] })).toEqual([]);
    expect(leaksInFrame(plan, 0.5, { text: [], faces: [face] }).map(describeLeak)).toEqual(['a face at 0:00.5 in scene 1']);
    // Scene 3's pixelated box (source [300,150,100,100]) shows at canvas ~[506,909,169,169] from reel 3.0 s.
    expect(leaksInFrame(plan, 3.5, { text: [], faces: [face] })).toEqual([]);
    expect(leaksInFrame(plan, 3.5, { text: [], faces: [[50, 1300, 150, 150]] })).toHaveLength(1);
  });

  it('during a crossfade either scene may account for a face', () => {
    expect(leaksInFrame(plan, 2.7, { text: [], faces: [[50, 1300, 150, 150]] })).toEqual([]);
  });

  it('lets text pass under a slide’s own decided redaction object', () => {
    const p: RereadPlan = { ...plan, scenes: [scene({ index: 0, startS: 0, durationS: 4.5, slideJudged: [{ box: [0, 0, 500, 100], status: 'rejected', mode: 'solid' }] })] };
    expect(leaksInFrame(p, 1, { text: [{ box: [10, 10, 300, 50], kind: 'date', text: '03/14/1961' }], faces: [] })).toEqual([]);
    expect(leaksInFrame(p, 1, { text: [{ box: [10, 500, 300, 50], kind: 'date', text: '03/14/1961' }], faces: [] }).map(describeLeak)).toEqual(['a date (“0…”) at 0:01.0 in scene 1']);
  });
});
