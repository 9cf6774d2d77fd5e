import type { Fit, Motion } from '../../../shared/model/reel';
import { evenBox } from '../video/redactionGraph';
import type { BoxSpan } from './redactionSpans';

// The reel as ONE ffmpeg filter graph: every scene becomes a stream of the canvas's size and
// rate, overlays and captions are PNGs laid over it, scenes are joined by concat or xfade and
// the sound is mixed in the same pass. Pure: it only writes text, so it is tested on its output.

/** A still (a rendered slide, a photo) shown for the scene's duration. */
export type StillSource = { kind: 'still'; file: string; width: number; height: number; fit: Fit; motion: Motion };
/** A clip, trimmed to [inS, outS) of its own clock and played at `speed`; `sound` null: silent. */
export type ClipSource = { kind: 'clip'; file: string; width: number; height: number; fit: Fit; inS: number; outS: number; speed: number; sound: { volume: number } | null };
/** A numbered PNG sequence (a DICOM cine's frames) looped at its own rate. */
export type FramesSource = { kind: 'frames'; pattern: string; width: number; height: number; fit: Fit; fps: number };

/** A PNG with transparency laid at (x, y) of the canvas, `width`×`height` big. */
export type Layer = { file: string; x: number; y: number; width: number; height: number };
export type CaptionLayer = Layer & { startS: number; endS: number };
/** Solid fills anything; pixelate and blur are for faces (blur on anything else is drawn solid). */
export type GraphRedaction = { mode: 'solid' | 'pixelate' | 'blur'; face: boolean; spans: BoxSpan[] };

export type GraphScene = {
  source: StillSource | ClipSource | FramesSource;
  /** Where it starts on the reel (shared/reel/timeline placeScenes) and how long it plays. */
  startS: number;
  durationS: number;
  /** Crossfade from the scene before, in seconds; 0 is a cut. */
  crossfadeS: number;
  overlay: Layer | null;
  /** Boxes in the source's pixels; span times in the source's clock (a clip's own time, scene time for stills). */
  redactions: GraphRedaction[];
};

export type AudioTrackIn = { file: string; offsetS: number; volume: number };

export type ReelGraphSpec = {
  width: number;
  height: number;
  fps: number;
  /** Behind `contain` media: #rrggbb. */
  background: string;
  scenes: GraphScene[];
  captions: CaptionLayer[];
  voiceOver: AudioTrackIn | null;
  music: (AudioTrackIn & { duck: boolean }) | null;
  normalize: boolean;
};

export type ReelGraph = {
  /** ffmpeg arguments for each input, in input order (each ends with `-i FILE`). */
  inputs: string[][];
  /** The -filter_complex text, ending in [vout] and [aout]. */
  graph: string;
  durationS: number;
};

export const LOUDNORM = 'loudnorm=I=-14:TP=-1.5:LRA=11';
/** How far the slow zoom and pan move over a scene: 15 % of the picture. */
export const MOTION_ZOOM = 1.15;
const CELLS_ACROSS = 6;
const AUDIO_FORMAT = 'aresample=48000,aformat=sample_fmts=fltp:sample_rates=48000:channel_layouts=stereo';

const num = (v: number) => String(Math.round(v * 1000) / 1000);
const sec = (v: number) => Math.max(0, v).toFixed(3);
const hex = (colour: string) => `0x${colour.replace('#', '').slice(0, 6)}`;

/** Cover crops to fill; contain fits whole on the background. Nothing when the source is the canvas's size. */
export function fitFilter(fit: Fit, src: { width: number; height: number }, spec: Pick<ReelGraphSpec, 'width' | 'height' | 'background'>): string[] {
  const { width: w, height: h } = spec;
  if (src.width === w && src.height === h) return [];
  return fit === 'cover'
    ? [`scale=${w}:${h}:force_original_aspect_ratio=increase`, `crop=${w}:${h}`]
    : [`scale=${w}:${h}:force_original_aspect_ratio=decrease:force_divisible_by=2`, `pad=${w}:${h}:(ow-iw)/2:(oh-ih)/2:color=${hex(spec.background)}`];
}

/**
 * Where the slow zoom and pan stand at `progress` (0 at the scene's first frame, 1 at its last):
 * the zoom, and the view's top-left as a fraction of the spare margin (iw − iw/zoom). Zooms go
 * between 1 and MOTION_ZOOM about the centre; pans hold MOTION_ZOOM and move the view across the
 * margin: pan-left moves the view leftwards (the picture slides right), and so on. The timeline
 * preview and the output check follow the same numbers.
 */
export function motionAt(motion: Motion, progress: number): { zoom: number; fx: number; fy: number } {
  const p = Math.max(0, Math.min(1, progress));
  const extra = MOTION_ZOOM - 1;
  const zoom = motion === 'zoom-in' ? 1 + extra * p : motion === 'zoom-out' ? MOTION_ZOOM - extra * p : motion === 'none' ? 1 : MOTION_ZOOM;
  const fx = motion === 'pan-left' ? 1 - p : motion === 'pan-right' ? p : 0.5;
  const fy = motion === 'pan-up' ? 1 - p : motion === 'pan-down' ? p : 0.5;
  return { zoom, fx, fy };
}

/** The zoompan doing motionAt, one output frame per input frame (`on` counts them). */
export function motionFilter(motion: Motion, frames: number, spec: Pick<ReelGraphSpec, 'width' | 'height' | 'fps'>): string | null {
  if (motion === 'none') return null;
  const p = `(on/${Math.max(1, frames - 1)})`;
  const extra = num(MOTION_ZOOM - 1);
  const z = motion === 'zoom-in' ? `1+${extra}*${p}` : motion === 'zoom-out' ? `${num(MOTION_ZOOM)}-${extra}*${p}` : num(MOTION_ZOOM);
  const cx = '(iw-iw/zoom)/2';
  const cy = '(ih-ih/zoom)/2';
  const x = motion === 'pan-left' ? `(iw-iw/zoom)*(1-${p})` : motion === 'pan-right' ? `(iw-iw/zoom)*${p}` : cx;
  const y = motion === 'pan-up' ? `(ih-ih/zoom)*(1-${p})` : motion === 'pan-down' ? `(ih-ih/zoom)*${p}` : cy;
  return `zoompan=z='${z}':x='${x}':y='${y}':d=1:s=${spec.width}x${spec.height}:fps=${num(spec.fps)}`;
}

/** Filters destroying the boxes, in source pixels; `shift` moves span times onto the stream's clock. */
export function redactionFilters(
  redactions: readonly GraphRedaction[],
  size: { width: number; height: number },
  span: { fromS: number; toS: number; shift: number; timed: boolean },
  label: () => string,
  from: string,
): { chain: string[]; out: string } {
  const chain: string[] = [];
  let current = from;
  const fills: string[] = [];
  const enable = (s: BoxSpan) => (span.timed ? `:enable='between(t,${sec(s.t0 - span.shift)},${sec(s.t1 - span.shift)})'` : '');
  for (const r of redactions) {
    for (const s of r.spans) {
      if (s.t1 <= span.fromS || s.t0 >= span.toS) continue;
      const box = evenBox(s.box, size.width, size.height);
      if (!box) continue;
      const [x, y, w, h] = box;
      // Blurred or pixelated text can be read back: only faces get anything but a solid fill.
      const mode = r.face ? r.mode : 'solid';
      if (mode === 'solid') {
        fills.push(`drawbox=x=${x}:y=${y}:w=${w}:h=${h}:color=black:t=fill${enable(s)}`);
        continue;
      }
      const [keep, cut, patch, next] = [label(), label(), label(), label()];
      const cell = Math.max(2, Math.ceil(Math.max(w, h) / CELLS_ACROSS));
      const destroy =
        mode === 'pixelate'
          ? `scale=${Math.max(1, Math.ceil(w / cell))}:${Math.max(1, Math.ceil(h / cell))}:flags=area,scale=${w}:${h}:flags=neighbor`
          : // Strong enough that no feature survives; run three times (a near-Gaussian), radius capped by the box.
            `boxblur=luma_radius=${Math.max(1, Math.floor(Math.min(w, h) / 2) - 1)}:luma_power=3:chroma_radius=${Math.max(1, Math.floor(Math.min(w, h) / 4) - 1)}:chroma_power=3`;
      if (fills.length) {
        chain.push(`[${current}]${fills.join(',')}[${keep}0]`);
        fills.length = 0;
        current = `${keep}0`;
      }
      chain.push(`[${current}]split=2[${keep}][${cut}]`, `[${cut}]crop=${w}:${h}:${x}:${y},${destroy}[${patch}]`, `[${keep}][${patch}]overlay=${x}:${y}${enable(s)}[${next}]`);
      current = next;
    }
  }
  if (fills.length) {
    const out = label();
    chain.push(`[${current}]${fills.join(',')}[${out}]`);
    current = out;
  }
  return { chain, out: current };
}

function atempo(speed: number): string[] {
  // atempo takes 0.5–2 per instance: 0.25 and 4 need two.
  const parts: string[] = [];
  let left = speed;
  while (left > 2) {
    parts.push('atempo=2');
    left /= 2;
  }
  while (left < 0.5) {
    parts.push('atempo=0.5');
    left /= 0.5;
  }
  if (Math.abs(left - 1) > 1e-6) parts.push(`atempo=${num(left)}`);
  return parts;
}

export function buildReelGraph(spec: ReelGraphSpec): ReelGraph {
  if (spec.scenes.length === 0) throw new Error('A reel needs at least one scene.');
  const inputs: string[][] = [];
  const input = (args: string[]) => inputs.push(args) - 1;
  const parts: string[] = [];
  let n = 0;
  const label = () => `l${n++}`;
  const fps = num(spec.fps);
  const last = spec.scenes[spec.scenes.length - 1];
  const durationS = last.startS + last.durationS;
  const sceneAudio: string[] = [];
  let speech = false;
  const toFrame = (t: number) => Math.round(t * spec.fps);
  const frameCount = (scene: GraphScene) => Math.max(1, toFrame(scene.startS + scene.durationS) - toFrame(scene.startS));

  const videos = spec.scenes.map((scene, i) => {
    const { source } = scene;
    const d = sec(scene.durationS);
    const frames = frameCount(scene);
    // Whole frames, counted from the reel's clock (not the scene's own length rounded each time),
    // so odd-millisecond scenes never drift the picture away from the sound.
    const tail = ['setsar=1', 'format=yuv420p', `fps=${fps}`, `tpad=stop_mode=clone:stop_duration=${d}`, `trim=end_frame=${frames}`, 'setpts=PTS-STARTPTS'];
    const fit = fitFilter(source.fit, source, spec);
    let head: string;
    let chain: string[];
    if (source.kind === 'still') {
      const at = input(['-i', source.file]);
      const motion = motionFilter(source.motion, frames, spec);
      // The still is decoded once and repeated in memory (loop filter), not re-read each frame.
      const repeat = ['loop=loop=-1:size=1:start=0', `setpts=N/(${fps}*TB)`];
      const start = label();
      parts.push(`[${at}:v]format=yuv420p[${start}]`);
      // Boxes held over the whole scene are burned once and the picture fitted once, before the
      // repeat; a box with a time span needs the repeated frames (and the fit after it).
      const timed = scene.redactions.some((r) => r.spans.some((s) => s.t0 > 0 || s.t1 < scene.durationS));
      let from = start;
      if (timed) {
        from = label();
        parts.push(`[${start}]${repeat.join(',')}[${from}]`);
      }
      const red = redactionFilters(scene.redactions, source, { fromS: 0, toS: scene.durationS, shift: 0, timed }, label, from);
      parts.push(...red.chain);
      head = `[${red.out}]`;
      chain = timed ? [...fit, ...(motion ? [motion] : []), ...tail] : [...fit, ...repeat, ...(motion ? [motion] : []), ...tail];
    } else if (source.kind === 'clip') {
      const at = input(['-ss', sec(source.inS), '-t', sec(source.outS - source.inS), '-i', source.file]);
      const start = label();
      parts.push(`[${at}:v]setpts=PTS-STARTPTS,format=yuv420p[${start}]`);
      // Redactions are in the clip's own clock; after the seek, stream time is source time − in.
      const red = redactionFilters(scene.redactions, source, { fromS: source.inS, toS: source.outS, shift: source.inS, timed: true }, label, start);
      parts.push(...red.chain);
      head = `[${red.out}]`;
      chain = [...(source.speed !== 1 ? [`setpts=PTS/${num(source.speed)}`] : []), `fps=${fps}`, ...fit, ...tail];
      if (source.sound) {
        speech = true;
        const a = label();
        parts.push(`[${at}:a]asetpts=PTS-STARTPTS,${[...atempo(source.speed), `volume=${num(source.sound.volume)}`, AUDIO_FORMAT, 'apad', `atrim=duration=${d}`, 'asetpts=PTS-STARTPTS'].join(',')}[${a}]`);
        sceneAudio.push(a);
      }
    } else {
      const at = input(['-f', 'image2', '-loop', '1', '-framerate', num(source.fps), '-start_number', '1', '-t', d, '-i', source.pattern]);
      const start = label();
      parts.push(`[${at}:v]setpts=PTS-STARTPTS,format=yuv420p[${start}]`);
      const red = redactionFilters(scene.redactions, source, { fromS: 0, toS: scene.durationS, shift: 0, timed: true }, label, start);
      parts.push(...red.chain);
      head = `[${red.out}]`;
      chain = [`fps=${fps}`, ...fit, ...tail];
    }
    if (sceneAudio.length <= i) {
      const a = label();
      parts.push(`anullsrc=r=48000:cl=stereo,${AUDIO_FORMAT},atrim=duration=${d}[${a}]`);
      sceneAudio.push(a);
    }
    let v = label();
    parts.push(`${head}${chain.join(',')}[${v}]`);
    if (scene.overlay) {
      const at = input(['-i', scene.overlay.file]);
      const over = label();
      parts.push(`[${v}][${at}:v]overlay=${Math.round(scene.overlay.x)}:${Math.round(scene.overlay.y)}:eof_action=repeat:format=yuv420[${over}]`);
      v = over;
    }
    return v;
  });

  // Scenes in order: a cut concatenates, a crossfade overlaps by its length (xfade/acrossfade).
  let video = videos[0];
  let audio = sceneAudio[0];
  spec.scenes.forEach((scene, i) => {
    if (i === 0) return;
    const [v, a] = [label(), label()];
    if (scene.crossfadeS > 0) {
      // In whole frames: the picture so far ends at frame `until`; this scene starts at `from`.
      const until = toFrame(spec.scenes[i - 1].startS + spec.scenes[i - 1].durationS);
      const from = toFrame(scene.startS);
      parts.push(`[${video}][${videos[i]}]xfade=transition=fade:duration=${sec((until - from) / spec.fps)}:offset=${sec(from / spec.fps)}[${v}]`);
      parts.push(`[${audio}][${sceneAudio[i]}]acrossfade=d=${sec(scene.crossfadeS)}:c1=tri:c2=tri[${a}]`);
    } else {
      // concat answers in microseconds; xfade wants both sides on the same time base.
      parts.push(`[${video}][${videos[i]}]concat=n=2:v=1:a=0,settb=1/${fps}[${v}]`);
      parts.push(`[${audio}][${sceneAudio[i]}]concat=n=2:v=0:a=1[${a}]`);
    }
    video = v;
    audio = a;
  });

  // Half-open spans: a caption ending at 1.4 s and the next starting there never share a frame
  // (redactions, by contrast, are inclusive: a box errs on covering one frame more).
  for (const c of spec.captions) {
    const at = input(['-i', c.file]);
    const v = label();
    parts.push(`[${video}][${at}:v]overlay=${Math.round(c.x)}:${Math.round(c.y)}:eof_action=repeat:format=yuv420:enable='gte(t,${sec(c.startS)})*lt(t,${sec(c.endS)})'[${v}]`);
    video = v;
  }
  parts.push(`[${video}]format=yuv420p[vout]`);

  const track = (t: AudioTrackIn) => {
    const at = input(['-i', t.file]);
    const out = label();
    parts.push(`[${at}:a]asetpts=PTS-STARTPTS,${AUDIO_FORMAT},volume=${num(t.volume)},adelay=delays=${Math.round(t.offsetS * 1000)}:all=1[${out}]`);
    return out;
  };
  const mix: string[] = [];
  const voice = spec.voiceOver ? track(spec.voiceOver) : null;
  if (voice) speech = true;
  if (spec.music) {
    let music = track(spec.music);
    if (spec.music.duck && speech) {
      // The music is lowered while anything speaks: the scenes' sound and the voice-over, mixed, key the compressor.
      const [keep, key] = [label(), label()];
      parts.push(`[${audio}]asplit=2[${keep}][${key}]`);
      audio = keep;
      let sidechain = key;
      if (voice) {
        const [vKeep, vKey, both] = [label(), label(), label()];
        parts.push(`[${voice}]asplit=2[${vKeep}][${vKey}]`, `[${key}][${vKey}]amix=inputs=2:duration=first:normalize=0[${both}]`);
        mix.push(vKeep);
        sidechain = both;
      }
      const ducked = label();
      parts.push(`[${music}][${sidechain}]sidechaincompress=threshold=0.02:ratio=8:attack=20:release=400[${ducked}]`);
      music = ducked;
    } else if (voice) mix.push(voice);
    mix.push(music);
  } else if (voice) mix.push(voice);
  const finish = [...(spec.normalize ? [LOUDNORM, AUDIO_FORMAT] : []), `atrim=duration=${sec(durationS)}`];
  if (mix.length) parts.push(`[${audio}]${mix.map((m) => `[${m}]`).join('')}amix=inputs=${mix.length + 1}:duration=first:normalize=0,${finish.join(',')}[aout]`);
  else parts.push(`[${audio}]${finish.join(',')}[aout]`);
  return { inputs, graph: parts.join(';\n'), durationS };
}
