import { describe, expect, it } from 'vitest';
import { buildReelGraph, fitFilter, motionFilter, type GraphScene, type ReelGraphSpec } from './reelGraph';
import { redactionSpans } from './redactionSpans';

const canvas = { width: 1080, height: 1920, fps: 30, background: '#112233' };
const slide = (file: string, startS: number, durationS: number, extra: Partial<GraphScene> = {}): GraphScene => ({
  source: { kind: 'still', file, width: 1080, height: 1920, fit: 'cover', motion: 'none' },
  startS,
  durationS,
  crossfadeS: 0,
  overlay: null,
  redactions: [],
  ...extra,
});
const spec = (scenes: GraphScene[], extra: Partial<ReelGraphSpec> = {}): ReelGraphSpec => ({
  ...canvas,
  scenes,
  captions: [],
  voiceOver: null,
  music: null,
  normalize: true,
  ...extra,
});
const clip = (startS: number, extra: Partial<GraphScene> = {}): GraphScene => ({
  source: { kind: 'clip', file: '/c.mp4', width: 640, height: 360, fit: 'cover', inS: 2, outS: 6, speed: 2, sound: { volume: 0.5 } },
  startS,
  durationS: 2,
  crossfadeS: 0,
  overlay: null,
  redactions: [],
  ...extra,
});

describe('buildReelGraph', () => {
  it('decodes a still once and repeats it in memory at the canvas rate, for exactly its duration', () => {
    const g = buildReelGraph(spec([slide('/s1.png', 0, 3)]));
    expect(g.inputs).toEqual([['-i', '/s1.png']]);
    expect(g.graph).toContain('loop=loop=-1:size=1:start=0,setpts=N/(30*TB)');
    expect(g.graph).toContain('tpad=stop_mode=clone:stop_duration=3.000,trim=end_frame=90');
    // The slide is already the canvas's size: no scaling.
    expect(g.graph).not.toContain('scale=');
    expect(g.graph).toMatch(/format=yuv420p\[vout\]/);
    expect(g.durationS).toBe(3);
  });

  it('joins a cut with concat and a crossfade with xfade at the placed offset, the sound alike', () => {
    const g = buildReelGraph(spec([slide('/a.png', 0, 3), slide('/b.png', 3, 2), slide('/c.png', 4.5, 2, { crossfadeS: 0.5 })]));
    expect(g.graph).toContain('concat=n=2:v=1:a=0,settb=1/30');
    expect(g.graph).toContain('concat=n=2:v=0:a=1');
    expect(g.graph).toContain('xfade=transition=fade:duration=0.500:offset=4.500');
    expect(g.graph).toContain('acrossfade=d=0.500');
    expect(g.durationS).toBe(6.5);
    // Frames are counted on the reel's clock: 3.0–5.0 s is 60 frames, 4.5–6.5 s another 60.
    expect(g.graph.match(/trim=end_frame=(\d+)/g)).toEqual(['trim=end_frame=90', 'trim=end_frame=60', 'trim=end_frame=60']);
    // Stills have no sound of their own: silence of their length keeps the sound in step.
    expect(g.graph.match(/anullsrc=r=48000:cl=stereo/g)).toHaveLength(3);
  });

  it('keeps odd-millisecond scenes on whole frames of the reel clock, crossfades included', () => {
    // 1.234 s scenes at 30 fps: frame edges at 0, 37, 74 (2.468 s), then a 0.25 s crossfade from 2.218 s.
    const g = buildReelGraph(spec([slide('/a.png', 0, 1.234), slide('/b.png', 1.234, 1.234), slide('/c.png', 2.218, 1.234, { crossfadeS: 0.25 })]));
    expect(g.graph.match(/trim=end_frame=(\d+)/g)).toEqual(['trim=end_frame=37', 'trim=end_frame=37', 'trim=end_frame=37']);
    // The picture so far ends at frame 74, the third scene starts at frame 67: 7 frames of fade.
    expect(g.graph).toContain('xfade=transition=fade:duration=0.233:offset=2.233');
  });

  it('trims a clip at the input, speeds picture and sound, and fits it by cropping (cover) or padding (contain)', () => {
    const g = buildReelGraph(spec([clip(0)]));
    expect(g.inputs[0]).toEqual(['-ss', '2.000', '-t', '4.000', '-i', '/c.mp4']);
    expect(g.graph).toContain('setpts=PTS/2,fps=30,scale=1080:1920:force_original_aspect_ratio=increase,crop=1080:1920');
    expect(g.graph).toContain('[0:a]asetpts=PTS-STARTPTS,atempo=2,volume=0.5');
    expect(fitFilter('contain', { width: 640, height: 360 }, canvas).join(',')).toBe(
      'scale=1080:1920:force_original_aspect_ratio=decrease:force_divisible_by=2,pad=1080:1920:(ow-iw)/2:(oh-ih)/2:color=0x112233',
    );
    const quarter = buildReelGraph(spec([clip(0, { source: { kind: 'clip', file: '/c.mp4', width: 640, height: 360, fit: 'cover', inS: 0, outS: 1, speed: 0.25, sound: { volume: 1 } } })]));
    expect(quarter.graph).toContain('atempo=0.5,atempo=0.5');
  });

  it('burns redactions in SOURCE pixels and the clip’s own clock, before any scaling', () => {
    const red = { mode: 'solid' as const, face: false, spans: [{ box: [101, 51, 40, 20] as [number, number, number, number], t0: 3, t1: 4.5 }] };
    const g = buildReelGraph(spec([clip(0, { redactions: [red] })]));
    // The input was seeked to 2 s: source 3–4.5 s is stream time 1–2.5 s.
    const draw = "drawbox=x=100:y=50:w=42:h=22:color=black:t=fill:enable='between(t,1.000,2.500)'";
    expect(g.graph).toContain(draw);
    expect(g.graph.indexOf(draw)).toBeLessThan(g.graph.indexOf('scale=1080:1920'));
  });

  it('pixelates or blurs faces only; text asked to blur is filled solid', () => {
    const box: [number, number, number, number] = [10, 10, 60, 60];
    const g = buildReelGraph(
      spec([
        clip(0, {
          redactions: [
            { mode: 'pixelate', face: true, spans: [{ box, t0: 2, t1: 3 }] },
            { mode: 'blur', face: true, spans: [{ box, t0: 2, t1: 3 }] },
            { mode: 'blur', face: false, spans: [{ box, t0: 2, t1: 3 }] },
          ],
        }),
      ]),
    );
    expect(g.graph).toContain('crop=60:60:10:10,scale=6:6:flags=area,scale=60:60:flags=neighbor');
    expect(g.graph).toMatch(/crop=60:60:10:10,boxblur=luma_radius=29:luma_power=3/);
    expect(g.graph).toContain("drawbox=x=10:y=10:w=60:h=60:color=black:t=fill:enable='between(t,0.000,1.000)'");
  });

  it('burns a box held over a whole still once, before the repeat; a timed one per frame after it', () => {
    const whole = { mode: 'solid' as const, face: false, spans: [{ box: [0, 0, 100, 100] as [number, number, number, number], t0: 0, t1: 3 }] };
    const once = buildReelGraph(spec([slide('/s.png', 0, 3, { redactions: [whole] })])).graph;
    expect(once).toContain('drawbox=x=0:y=0:w=100:h=100:color=black:t=fill[');
    expect(once.indexOf('drawbox')).toBeLessThan(once.indexOf('loop='));
    const timed = buildReelGraph(spec([slide('/s.png', 0, 3, { redactions: [{ ...whole, spans: [{ ...whole.spans[0], t0: 1, t1: 2 }] }] })])).graph;
    expect(timed.indexOf('loop=')).toBeLessThan(timed.indexOf('drawbox'));
    expect(timed).toContain("enable='between(t,1.000,2.000)'");
  });

  it('covers a tracked box with still pieces that each hold its motion', () => {
    const spans = redactionSpans({ startMs: 0, endMs: 1000, keys: [{ tMs: 0, box: [0, 0, 10, 10] }, { tMs: 1000, box: [100, 0, 10, 10] }] });
    expect(spans).toHaveLength(5);
    expect(spans[0]).toEqual({ box: [0, 0, 30, 10], t0: 0, t1: 0.2 });
    expect(spans[4].box).toEqual([80, 0, 30, 10]);
    expect(redactionSpans({ startMs: 500, endMs: 2500, keys: [{ tMs: 0, box: [5, 5, 10, 10] }] })).toEqual([{ box: [5, 5, 10, 10], t0: 0.5, t1: 2.5 }]);
  });

  it('lays overlays over their scene and captions over the reel between their times', () => {
    const g = buildReelGraph(
      spec([slide('/s.png', 0, 3, { overlay: { file: '/o.png', x: 12, y: 34, width: 100, height: 50 } })], {
        captions: [{ file: '/cap.png', x: 65, y: 1100, width: 900, height: 120, startS: 0.5, endS: 2 }],
      }),
    );
    expect(g.inputs).toEqual([['-i', '/s.png'], ['-i', '/o.png'], ['-i', '/cap.png']]);
    expect(g.graph).toContain('[1:v]overlay=12:34:eof_action=repeat:format=yuv420[');
    expect(g.graph).toContain("[2:v]overlay=65:1100:eof_action=repeat:format=yuv420:enable='gte(t,0.500)*lt(t,2.000)'[");
  });

  it('loops a cine frame sequence at its own rate for the scene', () => {
    const g = buildReelGraph(spec([{ ...slide('', 0, 4), source: { kind: 'frames', pattern: '/f/frame-%05d.png', width: 512, height: 512, fit: 'contain', fps: 12.5 } }]));
    expect(g.inputs[0]).toEqual(['-f', 'image2', '-loop', '1', '-framerate', '12.5', '-start_number', '1', '-t', '4.000', '-i', '/f/frame-%05d.png']);
    expect(g.graph).toContain('fps=30,scale=1080:1920:force_original_aspect_ratio=decrease');
  });

  it('moves a still slowly when asked: zoom between 1 and 1.15, pans across the margin', () => {
    expect(motionFilter('zoom-in', 91, canvas)).toBe("zoompan=z='1+0.15*(on/90)':x='(iw-iw/zoom)/2':y='(ih-ih/zoom)/2':d=1:s=1080x1920:fps=30");
    expect(motionFilter('pan-left', 91, canvas)).toContain("x='(iw-iw/zoom)*(1-(on/90))'");
    expect(motionFilter('none', 91, canvas)).toBeNull();
  });

  it('mixes voice-over and music, ducking the music under speech, and normalises to -14 LUFS', () => {
    const g = buildReelGraph(
      spec([clip(0)], { voiceOver: { file: '/vo.m4a', offsetS: 1.5, volume: 1 }, music: { file: '/m.mp3', offsetS: 0, volume: 0.3, duck: true } }),
    );
    expect(g.graph).toContain('adelay=delays=1500:all=1');
    expect(g.graph).toContain('sidechaincompress=');
    expect(g.graph).toMatch(/amix=inputs=3:duration=first:normalize=0,loudnorm=I=-14:TP=-1\.5:LRA=11,aresample=48000/);
    const plain = buildReelGraph(spec([slide('/s.png', 0, 2)], { normalize: false }));
    expect(plain.graph).not.toContain('loudnorm');
    expect(plain.graph).toMatch(/atrim=duration=2\.000\[aout\]$/);
  });
});
