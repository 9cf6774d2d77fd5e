import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { StudioFailure } from '../../../shared/api/errors';
import type { Box } from '../../../shared/phi/types';
import { analyseFrame, type FrameFindings } from './analyseFrame';
import { checkOutput } from './checkOutput';
import { encodeRedacted } from './encodeRedacted';
import { buildRedactionGraph, type FaceMode } from './redactionGraph';
import { sampleFrames } from './sampleFrames';
import { buildTracks, timedBoxes, type RegionKind, type SampleFindings, type TimedBox } from './trackFindings';
import { intersectionArea } from '../ocr/passGeometry';
import { iou } from '../faces/boxGeometry';
import { readVideoSource, type VideoSource } from './videoSource';

/** The job context's shape (jobs/jobRegistry), all optional so a plain call works too. */
export type VideoJob = { signal?: AbortSignal; progress?(done: number, total: number, message: string): void };
export type VideoRedactOptions = { interval?: number; faces?: 'auto' | 'always' | 'never' };

export type VideoRedactionReport = {
  width: number;
  height: number;
  durationS: number;
  audio: boolean;
  samples: number;
  text: { kind: string; text: string; box: Box; firstSeenS: number }[];
  faceSamples: number;
  redactions: number;
  rounds: number;
  recheck: { samples: number; text: number; faces: number; metadata: 0; unconfirmed: number };
};

// Findings the re-read of the output turns up are burned too, then read again; still leaking
// after this many rounds, the redaction fails and nothing is saved.
const MAX_ROUNDS = 3;

const cancelled = (signal?: AbortSignal) => {
  if (signal?.aborted) throw new StudioFailure('cancelled', 'Video redaction cancelled.');
};

function progressReporter(job: VideoJob) {
  const started = Date.now();
  let last = 0;
  const reporter = (fraction: number, step: string) => {
    if (!job.progress || fraction < last) return;
    last = fraction;
    const elapsed = (Date.now() - started) / 1000;
    const left = fraction > 0.02 ? Math.round((elapsed * (1 - fraction)) / fraction) : null;
    job.progress(Math.round(fraction * 1000), 1000, left === null ? step : `${step} — about ${left} s left`);
  };
  reporter.last = () => last;
  return reporter;
}

/** Every sampled frame of a clip, analysed. */
async function readClip(file: string, source: VideoSource, options: VideoRedactOptions, signal: AbortSignal | undefined, onFrame: (t: number) => void) {
  const samples: Read[] = [];
  for await (const frame of sampleFrames(file, source, { interval: options.interval, signal })) {
    const found = await analyseFrame(frame, { signal, faces: options.faces });
    samples.push({ t: frame.t, text: found.text.map((f) => f.box), faces: found.faces, found });
    onFrame(frame.t);
  }
  return samples;
}

type Read = SampleFindings & { found: FrameFindings };

const letters = (text: string) => text.toUpperCase().replace(/[^\p{L}\p{N}]/gu, '');
const sameReading = (a: string, b: string) => {
  const [x, y] = [letters(a), letters(b)];
  return Math.min(x.length, y.length) >= 3 && (x.includes(y) || y.includes(x));
};

/**
 * What the re-read of the output counts as a leak. Text read where a box stood but outside that
 * box's time span: the span was too short. The same words read at the same place in two
 * samples: real text stays put and reads alike, while texture misread as a word ("Pegs", "Loy")
 * changes from frame to frame. A face found where one was destroyed, or in two samples at one
 * place. Inside a box while it is drawn the pixels are a solid fill: nothing there can leak.
 */
function survivors(recheck: readonly Read[], destroyed: readonly TimedBox[]): { text: string[]; faces: number } {
  const over = (box: Box, t: number, kind: RegionKind) =>
    destroyed.some((d) => d.kind === kind && !(d.t0 <= t && t <= d.t1) && intersectionArea(d.box, box) >= 0.5 * box[2] * box[3]);
  const text = new Set<string>();
  recheck.forEach((s, i) => {
    for (const f of s.found.text) {
      const again = recheck.some((o, j) => j !== i && o.found.text.some((g) => iou(g.box, f.box) >= 0.3 && sameReading(g.text, f.text)));
      if (again || over(f.box, s.t, 'text')) text.add(`${f.kind} "${f.text}" at ${s.t.toFixed(1)} s`);
    }
  });
  const faceTracks = buildTracks(recheck, 'face').filter((t) => t.keys.length >= 2).length;
  const facesOver = recheck.filter((s) => s.faces.some((b) => over(b, s.t, 'face') || destroyed.some((d) => d.kind === 'face' && intersectionArea(d.box, b) > 0))).length;
  return { text: [...text], faces: faceTracks + facesOver };
}

/**
 * Redacts a clip into a new MP4: burned-in PHI (OCR on frames sampled at every visible change and
 * at least every second, each line through the PHI detector, strict on the edges of grey medical
 * video) and faces, tracked between samples, are destroyed over their whole time span in one
 * ffmpeg pass; sound kept; no metadata. The output is then sampled and read again; anything still
 * found is burned and checked again, and if it still leaks the job fails and no file is left.
 */
export async function redactVideoFile(input: string, output: string, job: VideoJob = {}, options: VideoRedactOptions = {}): Promise<VideoRedactionReport> {
  const { signal } = job;
  const report = progressReporter(job);
  cancelled(signal);
  if (path.resolve(input) === path.resolve(output)) throw new StudioFailure('invalid_input', 'The redacted video must go to a new file, not over the original.');
  if (!/\.(mp4|m4v)$/i.test(output)) throw new StudioFailure('invalid_input', 'OUT must end in .mp4.');
  const source = await readVideoSource(input, signal);
  report(0, 'Reading frames');

  const samples = await readClip(input, source, options, signal, (t) => report(0.4 * Math.min(1, t / source.durationS), 'Reading frames'));
  // Each read (the source's, then each re-read of an output) is tracked on its own samples: a
  // re-read sample holding only its own findings must not break a track of the source's.
  const reads: SampleFindings[][] = [samples];
  const dir = path.dirname(path.resolve(output));
  await fs.promises.mkdir(dir, { recursive: true });
  // Named "<pid>-…" like the library's staging files, so crash recovery can tell whose it is.
  const temp = path.join(dir, `${process.pid}-${randomBytes(6).toString('hex')}-${path.basename(output)}.partial`);
  let faceMode: FaceMode = 'pixelate';
  let boxes: TimedBox[] = [];
  try {
    for (let round = 1; ; round++) {
      cancelled(signal);
      // Each round fills what is left of the bar: a second round is rare and its length unknown.
      const from = Math.max(0.4, report.last());
      const span = (f: number) => from + (0.99 - from) * f;
      boxes = reads.flatMap((read) => timedBoxes(read, source.durationS));
      const graph = buildRedactionGraph(boxes, { width: source.width, height: source.height, fps: source.fps, faceMode });
      await encodeRedacted(
        { input, output: temp, graph, hasAudio: source.hasAudio, durationS: source.durationS },
        { signal, onProgress: (f) => report(Math.min(0.99, span(0.3 * f)), round === 1 ? 'Writing the redacted video' : `Found more on the re-read; redacting again (round ${round})`) },
      );
      const written = await checkOutput(temp, source, signal);
      const recheck = await readClip(temp, { ...source, durationS: written.durationS }, options, signal, (t) =>
        report(Math.min(0.99, span(0.3 + 0.7 * Math.min(1, t / written.durationS))), 'Checking the result'),
      );
      const left = survivors(recheck, boxes);
      if (left.text.length + left.faces === 0) {
        await fs.promises.rename(temp, output);
        report(1, 'Done');
        return {
          width: source.width,
          height: source.height,
          durationS: written.durationS,
          audio: source.hasAudio,
          samples: samples.length,
          text: samples.flatMap((s) => s.found.text.map((f) => ({ ...f, firstSeenS: s.t }))).filter((f, i, all) => all.findIndex((o) => o.text === f.text && o.kind === f.kind) === i),
          faceSamples: samples.filter((s) => s.faces.length > 0).length,
          redactions: boxes.length,
          rounds: round,
          recheck: { samples: recheck.length, text: 0, faces: 0, metadata: 0, unconfirmed: recheck.reduce((n, s) => n + s.text.length + s.faces.length, 0) },
        };
      }
      if (round >= MAX_ROUNDS) {
        const parts = [left.text.length ? `text still readable (${left.text.slice(0, 3).join(', ')})` : '', left.faces ? `a face still found in ${left.faces} place(s)` : ''];
        throw new StudioFailure('internal', `Redaction check failed: ${parts.filter(Boolean).join('; ')}. Nothing was saved.`);
      }
      // A face still found over its own mosaic gets a solid fill next time.
      if (left.faces > 0) faceMode = 'solid';
      reads.push(recheck);
    }
  } finally {
    await fs.promises.rm(temp, { force: true });
  }
}
