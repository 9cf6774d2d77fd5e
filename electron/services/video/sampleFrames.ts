import { decodeFrames, type VideoFrame } from './frameStream';

export type SamplingOptions = {
  /** At least one frame this often, in seconds. */
  interval?: number;
  /** How often frames are looked at for a change (text appearing, a cut), per second. */
  checkRate?: number;
  signal?: AbortSignal;
};

// A tile whose mean brightness moves this much between two looks (a quarter second apart) has
// changed visibly: text appeared or went, a cut. Slow motion and sensor noise stay well under.
const TILE = 16;
const CHANGE_LEVEL = 30;
// A busy clip (a pan, a hand-held phone) changes all the time; change-driven samples are capped
// at this many a second over the clip, on top of the regular ones.
const MAX_EXTRA_PER_S = 1;

type Thumb = { cols: number; rows: number; means: Float32Array };

/** Mean brightness of each TILE×TILE square of a frame. */
export function tileMeans(frame: Pick<VideoFrame, 'width' | 'height' | 'data'>): Thumb {
  const cols = Math.ceil(frame.width / TILE);
  const rows = Math.ceil(frame.height / TILE);
  const sums = new Float32Array(cols * rows);
  const counts = new Uint32Array(cols * rows);
  const { width, height, data } = frame;
  // Every other pixel of every other row is plenty for a mean over 256 pixels.
  for (let y = 0; y < height; y += 2) {
    const row = Math.floor(y / TILE) * cols;
    for (let x = 0; x < width; x += 2) {
      const p = (y * width + x) * 3;
      const k = row + Math.floor(x / TILE);
      sums[k] += data[p] + data[p + 1] + data[p + 2];
      counts[k] += 3;
    }
  }
  for (let k = 0; k < sums.length; k++) sums[k] /= Math.max(1, counts[k]);
  return { cols, rows, means: sums };
}

/** The largest change of any tile between two thumbs, and the share of tiles that changed visibly. */
export function changeBetween(a: Thumb, b: Thumb): { largest: number; share: number } {
  let largest = 0;
  let changed = 0;
  for (let k = 0; k < a.means.length; k++) {
    const d = Math.abs(a.means[k] - b.means[k]);
    largest = Math.max(largest, d);
    if (d >= CHANGE_LEVEL) changed++;
  }
  return { largest, share: changed / Math.max(1, a.means.length) };
}

// A change over this share of the frame is a cut to another picture.
const CUT_SHARE = 0.3;

/**
 * The frames to analyse: the first, then one at least every `interval` seconds, and the first
 * frame after every visible change (a cut, text appearing), found by comparing frames a quarter
 * second apart. The last frame decoded is always analysed too, so the end of the clip is seen.
 */
export async function* sampleFrames(file: string, size: { width: number; height: number }, options: SamplingOptions = {}): AsyncGenerator<VideoFrame> {
  const interval = options.interval ?? 1;
  const checkRate = options.checkRate ?? 4;
  let lastSampled = -Infinity;
  let previous: Thumb | null = null;
  let extras = 0;
  let held: VideoFrame | null = null;
  for await (const frame of decodeFrames(file, size, checkRate, options.signal)) {
    const thumb = tileMeans(frame);
    const change = previous ? changeBetween(previous, thumb) : { largest: 0, share: 1 };
    const changed = change.largest >= CHANGE_LEVEL;
    previous = thumb;
    const due = frame.t - lastSampled >= interval - 1e-6;
    const extraAllowed = extras < 2 + MAX_EXTRA_PER_S * frame.t;
    if (due || (changed && extraAllowed)) {
      if (!due) extras++;
      lastSampled = frame.t;
      held = null;
      // The first frame and the first after a cut are read in every direction (a new picture may
      // carry vertical text); the others upright and on the negative, where texture misread as
      // words is far rarer.
      yield { ...frame, changed: change.share >= CUT_SHARE };
    } else {
      held = frame;
    }
  }
  if (held) yield held;
}
