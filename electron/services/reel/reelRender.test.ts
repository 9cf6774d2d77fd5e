import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StudioFailure } from '../../../shared/api/errors';
import { checkRedactionsHeld, redactionChecks } from './checkRedactions';
import { encodeReel } from './encodeReel';
import { buildReelGraph, type GraphScene, type ReelGraphSpec } from './reelGraph';
import { redactionSpans } from './redactionSpans';
import { checkReelStreams } from './verifyReel';
import { readVideoSource } from '../video/videoSource';

// The graph builder's text, run by real ffmpeg: every feature at once (a panning still, a
// slowed clip fitted whole, a crossfade, pixelated and blurred boxes, voice-over and ducked
// music, loudness), and the output check told apart from a leak.

const ffmpeg = process.env.FFMPEG_BIN || 'ffmpeg';
const samples = path.resolve(__dirname, '../../../../shared/samples');
let dir: string;

const make = (file: string, args: string[]) => {
  execFileSync(ffmpeg, ['-hide_banner', '-v', 'error', '-y', ...args, path.join(dir, file)]);
  return path.join(dir, file);
};

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'medpost-reel-graph-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function loudness(file: string): number {
  const run = spawnSync(ffmpeg, ['-hide_banner', '-i', file, '-af', 'ebur128', '-vn', '-f', 'null', '-'], { encoding: 'utf8' });
  return Number(/I:\s+(-?[\d.]+) LUFS\s*\n\s*Threshold/.exec(run.stderr.slice(run.stderr.lastIndexOf('Summary')))?.[1]);
}

describe('a reel graph run by ffmpeg', () => {
  it('encodes pans, a slowed contained clip, a crossfade, face boxes, voice-over and ducked music at about -14 LUFS', async () => {
    const photo = make('photo.png', ['-f', 'lavfi', '-i', 'testsrc2=s=1280x720', '-frames:v', '1']);
    const clip = make('clip.mp4', ['-f', 'lavfi', '-i', 'testsrc2=s=320x240:r=25:d=2', '-f', 'lavfi', '-i', 'sine=f=440:d=2', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest']);
    const voice = make('voice.wav', ['-f', 'lavfi', '-i', 'sine=f=880:d=1.5']);
    const music = make('music.wav', ['-f', 'lavfi', '-i', 'sine=f=220:d=6']);
    const face = { box: [40, 40, 80, 80] as [number, number, number, number], t0: 0, t1: 1 };
    const scenes: GraphScene[] = [
      { source: { kind: 'still', file: photo, width: 1280, height: 720, fit: 'cover', motion: 'pan-left' }, startS: 0, durationS: 2, crossfadeS: 0, overlay: null, redactions: [] },
      {
        source: { kind: 'clip', file: clip, width: 320, height: 240, fit: 'contain', inS: 0, outS: 1.5, speed: 0.5, sound: { volume: 1 } },
        startS: 1.5,
        durationS: 3,
        crossfadeS: 0.5,
        overlay: null,
        redactions: [
          { mode: 'pixelate', face: true, spans: [face] },
          { mode: 'blur', face: true, spans: redactionSpans({ startMs: 500, endMs: 1500, keys: [{ tMs: 500, box: [150, 100, 60, 60] }, { tMs: 1500, box: [200, 120, 60, 60] }] }) },
        ],
      },
    ];
    const spec: ReelGraphSpec = {
      width: 360,
      height: 640,
      fps: 30,
      background: '#202020',
      scenes,
      captions: [],
      voiceOver: { file: voice, offsetS: 0.5, volume: 1 },
      music: { file: music, offsetS: 0, volume: 0.5, duck: true },
      normalize: true,
    };
    const out = path.join(dir, 'all.mp4');
    const seen: number[] = [];
    await encodeReel(buildReelGraph(spec), out, { fps: 30 }, { onProgress: (s) => seen.push(s) });
    const checked = await checkReelStreams(out, { width: 360, height: 640, fps: 30, durationS: 4.5 });
    expect(checked[0]).toBe('H.264 High yuv420p 360×640 at 30 fps, AAC 48 kHz stereo');
    expect(seen.at(-1)).toBeGreaterThan(4);
    expect(Math.abs(loudness(out) - -14)).toBeLessThan(2.5);
  });

  it('the output check passes a pixelated face and fails loudly on one left in the clear', async () => {
    // A sample photo with one face at (1061, 238) 192 px, shown whole on a square canvas.
    const photo = path.join(dir, 'face.png');
    await sharp(path.join(samples, 'faces', 'face-7-00.jpg')).png().toFile(photo);
    const canvas = { width: 1080, height: 1080 };
    const scene = (mode: 'pixelate' | 'blur' | 'solid', t1: number): GraphScene => ({
      source: { kind: 'still', file: photo, width: 1440, height: 1440, fit: 'contain', motion: 'none' },
      startS: 0,
      durationS: 1,
      crossfadeS: 0,
      overlay: null,
      redactions: [{ mode, face: true, spans: [{ box: [1040, 210, 236, 236], t0: 0, t1 }] }],
    });
    const spec = (s: GraphScene): ReelGraphSpec => ({ ...canvas, fps: 30, background: '#000000', scenes: [s], captions: [], voiceOver: null, music: null, normalize: false });

    const good = path.join(dir, 'pixelated.mp4');
    await encodeReel(buildReelGraph(spec(scene('pixelate', 1))), good, { fps: 30 });
    const checks = redactionChecks([scene('pixelate', 1)], canvas);
    expect(checks).toHaveLength(1);
    expect(await checkRedactionsHeld(good, checks, canvas, [])).toMatch(/no face found under 1 pixelated or blurred one/);

    const blurred = path.join(dir, 'blurred.mp4');
    await encodeReel(buildReelGraph(spec(scene('blur', 1))), blurred, { fps: 30 });
    expect(await checkRedactionsHeld(blurred, redactionChecks([scene('blur', 1)], canvas), canvas, [])).toMatch(/no face found under 1 pixelated or blurred one/);

    // The box is asked to hold for the whole second but was drawn for a tenth of it: the face shows.
    const leaky = path.join(dir, 'leaky.mp4');
    await encodeReel(buildReelGraph(spec(scene('pixelate', 0.1))), leaky, { fps: 30 });
    const err = await checkRedactionsHeld(leaky, checks, canvas, []).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StudioFailure);
    expect((err as Error).message).toMatch(/a face is still found under the redaction of scene 1 at 0\.5 s/);

    // A solid box that is not black where it should be is a leak too.
    const solidChecks = redactionChecks([scene('solid', 1)], canvas);
    const shows = await checkRedactionsHeld(leaky, solidChecks, canvas, []).catch((e: unknown) => e);
    expect((shows as Error).message).toMatch(/a box of scene 1 is not solid at 0\.5 s/);
    // …unless the user's own layer is drawn over it there (an overlay's painted part).
    expect(await checkRedactionsHeld(leaky, solidChecks, canvas, [{ box: [0, 0, 1080, 1080], startS: 0, endS: 1 }])).toMatch(/1 solid box black/);
  }, 60_000);

  it('finds a box on a panning still where the pan has moved it, and only there', async () => {
    const photo = make('pan.png', ['-f', 'lavfi', '-i', 'color=c=white:s=720x1280', '-frames:v', '1']);
    const scene = (motion: 'pan-down' | 'none'): GraphScene => ({
      source: { kind: 'still', file: photo, width: 720, height: 1280, fit: 'cover', motion },
      startS: 0,
      durationS: 2,
      crossfadeS: 0,
      overlay: null,
      redactions: [{ mode: 'solid', face: false, spans: [{ box: [200, 1000, 100, 60], t0: 0, t1: 2 }] }],
    });
    const canvas = { width: 360, height: 640 };
    const out = path.join(dir, 'pan.mp4');
    await encodeReel(buildReelGraph({ ...canvas, fps: 30, background: '#000000', scenes: [scene('pan-down')], captions: [], voiceOver: null, music: null, normalize: false }), out, { fps: 30 });
    expect(await checkRedactionsHeld(out, redactionChecks([scene('pan-down')], canvas), canvas, [])).toMatch(/1 solid box black/);
    // Looked for where it would be without the pan, the box is not there: the mapping is what finds it.
    const still = await checkRedactionsHeld(out, redactionChecks([scene('none')], canvas), canvas, []).catch((e: unknown) => e);
    expect((still as Error).message).toMatch(/is not solid/);
  });

  it('takes a phone clip upright (rotation tag applied) with its boxes in the upright picture, and a variable rate made constant', async () => {
    // Stored 320×240 with the left half white, tagged to be shown turned 90°: upright it is 240×320.
    const clip = make('rot.mp4', ['-f', 'lavfi', '-i', 'color=c=black:s=320x240:r=30:d=2', '-vf', "drawbox=x=0:y=0:w=160:h=240:color=white:t=fill,setpts='(N+0.4*mod(N,3))/30/TB'", '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-vsync', 'vfr']);
    execFileSync('exiftool', ['-q', '-overwrite_original', '-Rotation=90', clip]);
    const source = await readVideoSource(clip);
    expect([source.width, source.height]).toEqual([240, 320]);
    const canvas = { width: 240, height: 320 };
    const scene: GraphScene = {
      source: { kind: 'clip', file: clip, width: 240, height: 320, fit: 'cover', inS: 0, outS: 1.5, speed: 1, sound: null },
      startS: 0,
      durationS: 1.5,
      crossfadeS: 0,
      overlay: null,
      // Upright, the white half is the top one: a box on it must come out black.
      redactions: [{ mode: 'solid', face: false, spans: [{ box: [40, 40, 120, 80], t0: 0, t1: 1.5 }] }],
    };
    const out = path.join(dir, 'rot-out.mp4');
    await encodeReel(buildReelGraph({ ...canvas, fps: 30, background: '#000000', scenes: [scene], captions: [], voiceOver: null, music: null, normalize: false }), out, { fps: 30 });
    await checkReelStreams(out, { ...canvas, fps: 30, durationS: 1.5 });
    expect(await checkRedactionsHeld(out, redactionChecks([scene], canvas), canvas, [])).toMatch(/1 solid box black/);
    const rgb = execFileSync(ffmpeg, ['-v', 'error', '-ss', '0.5', '-i', out, '-frames:v', '1', '-f', 'rawvideo', '-pix_fmt', 'gray', 'pipe:1']);
    const at = (x: number, y: number) => rgb[y * 240 + x];
    expect(at(200, 20)).toBeGreaterThan(200); // top half white, beside the box
    expect(at(100, 80)).toBeLessThan(30); // the box
    expect(at(120, 300)).toBeLessThan(30); // bottom half black
  });

  it('keeps ten odd-length scenes with crossfades in step: picture and sound end together, on the timeline', async () => {
    const still = make('odd.png', ['-f', 'lavfi', '-i', 'color=c=gray:s=180x320', '-frames:v', '1']);
    const scenes: GraphScene[] = [];
    let at = 0;
    for (let i = 0; i < 10; i++) {
      const crossfadeS = i % 2 === 1 ? 0.25 : 0;
      const startS = Math.max(0, at - crossfadeS);
      scenes.push({ source: { kind: 'still', file: still, width: 180, height: 320, fit: 'cover', motion: 'none' }, startS, durationS: 1.234, crossfadeS, overlay: null, redactions: [] });
      at = startS + 1.234;
    }
    const out = path.join(dir, 'odd.mp4');
    const graph = buildReelGraph({ width: 180, height: 320, fps: 30, background: '#000000', scenes, captions: [], voiceOver: null, music: null, normalize: false });
    await encodeReel(graph, out, { fps: 30 });
    const count = (stream: string) => spawnSync(ffmpeg, ['-hide_banner', '-i', out, '-map', stream, '-f', 'null', '-'], { encoding: 'utf8' }).stderr;
    expect(graph.durationS).toBeCloseTo(11.09, 5);
    // 11.09 s at 30 fps is 333 frames (332.7 rounded), whatever the scenes' own lengths round to.
    const video = count('0:v');
    expect(Number(/frame=\s*(\d+)/.exec(video.slice(video.lastIndexOf('frame=')))?.[1])).toBe(333);
    const audio = [...count('0:a').matchAll(/time=(\d+):(\d+):([\d.]+)/g)].at(-1)!;
    expect(Math.abs(Number(audio[3]) - graph.durationS)).toBeLessThan(0.03);
    await checkReelStreams(out, { width: 180, height: 320, fps: 30, durationS: graph.durationS });
  });
});
