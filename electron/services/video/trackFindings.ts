import type { Box } from '../../../shared/phi/types';
import { containment, iou } from '../faces/boxGeometry';
import { unionBox } from '../ocr/passGeometry';

export type RegionKind = 'text' | 'face';
/** What one analysed frame showed: boxes in frame pixels. */
export type SampleFindings = { t: number; text: Box[]; faces: Box[] };
/** A box to destroy over [t0, t1] seconds. */
export type TimedBox = { kind: RegionKind; box: Box; t0: number; t1: number };

type Key = { sample: number; t: number; box: Box };
type Track = { kind: RegionKind; keys: Key[] };

// Two boxes in samples one or two apart are the same thing when they overlap this much.
const SAME_IOU = 0.3;
const SAME_CONTAINED = 0.6;
// A track missed in one sample (an OCR or detector miss) still continues through it.
const MAX_GAP = 2;
// A moving box is destroyed in pieces this long, each covering where it was at both ends.
export const SEGMENT_S = 0.25;
// A track whose keyframes all overlap their union this much is drawn as one still box.
const STILL_IOU = 0.6;

// Or when they are alike in size and the centre moved less than one box across: a face or a
// caption moving fast overlaps little between samples a second apart.
const SAME_SIZE = 1.6;

function sameThing(a: Box, b: Box): number {
  const small = a[2] * a[3] <= b[2] * b[3] ? a : b;
  const large = small === a ? b : a;
  const alike = large[2] <= SAME_SIZE * small[2] && large[3] <= SAME_SIZE * small[3];
  const moved = Math.hypot(a[0] + a[2] / 2 - b[0] - b[2] / 2, a[1] + a[3] / 2 - b[1] - b[3] / 2);
  const near = alike && moved <= Math.max(large[2], large[3]);
  return Math.max(iou(a, b), containment(small, large) >= SAME_CONTAINED || near ? SAME_IOU : 0);
}

/** Matches boxes across samples by overlap into tracks, one kind at a time. */
export function buildTracks(samples: readonly SampleFindings[], kind: RegionKind): Track[] {
  const tracks: Track[] = [];
  samples.forEach((s, i) => {
    const taken = new Set<Track>();
    for (const box of kind === 'text' ? s.text : s.faces) {
      let best: Track | null = null;
      let bestScore = SAME_IOU;
      for (const track of tracks) {
        const last = track.keys[track.keys.length - 1];
        if (taken.has(track) || i - last.sample > MAX_GAP || last.sample === i) continue;
        const score = sameThing(last.box, box);
        if (score >= bestScore) [best, bestScore] = [track, score];
      }
      if (best) best.keys.push({ sample: i, t: s.t, box });
      else tracks.push({ kind, keys: [{ sample: i, t: s.t, box }] });
      taken.add(best ?? tracks[tracks.length - 1]);
    }
  });
  return tracks;
}

const lerp = (a: Box, b: Box, f: number): Box => [0, 1, 2, 3].map((k) => a[k] + (b[k] - a[k]) * f) as unknown as Box;

function boxAt(keys: readonly Key[], t: number): Box {
  if (keys.length === 1) return keys[0].box;
  // Before the first or after the last keyframe the motion carries on as between the nearest two.
  let j = keys.findIndex((k) => k.t >= t);
  if (j <= 0) j = j === 0 ? 1 : keys.length - 1;
  const [a, b] = [keys[j - 1], keys[j]];
  return lerp(a.box, b.box, b.t === a.t ? 0 : (t - a.t) / (b.t - a.t));
}

/**
 * Tracks to timed boxes. Each track is destroyed from the sample before it was first seen to the
 * sample after it was last seen (nothing it showed between samples escapes), the clip's start
 * and end where there is none. A still track is one box; a moving one is cut into short pieces,
 * each covering the interpolated box at both of its ends.
 */
export function timedBoxes(samples: readonly SampleFindings[], durationS: number): TimedBox[] {
  const out: TimedBox[] = [];
  const end = durationS + 1;
  for (const kind of ['face', 'text'] as const) {
    for (const track of buildTracks(samples, kind)) {
      const first = track.keys[0];
      const last = track.keys[track.keys.length - 1];
      const t0 = first.sample > 0 ? samples[first.sample - 1].t : 0;
      const t1 = last.sample < samples.length - 1 ? samples[last.sample + 1].t : end;
      const all = unionBox(track.keys.map((k) => k.box));
      if (track.keys.every((k) => iou(k.box, all) >= STILL_IOU)) {
        out.push({ kind, box: all, t0, t1 });
        continue;
      }
      const pieces = Math.max(1, Math.ceil((t1 - t0) / SEGMENT_S));
      for (let p = 0; p < pieces; p++) {
        const a = t0 + ((t1 - t0) * p) / pieces;
        const b = t0 + ((t1 - t0) * (p + 1)) / pieces;
        // Key boxes inside the piece count too, so a turn at a keyframe is not cut short.
        const inside = track.keys.filter((k) => k.t > a && k.t < b).map((k) => k.box);
        out.push({ kind, box: unionBox([boxAt(track.keys, a), boxAt(track.keys, b), ...inside]), t0: a, t1: b });
      }
    }
  }
  return out;
}
