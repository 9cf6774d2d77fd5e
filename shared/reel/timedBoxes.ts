import { TimedRedaction, type BoxKey } from '../model/reel';
import type { Box } from '../phi/types';
import type { PlacedScene } from './timeline';
import type { TimedFinding } from './timedFindings';

// Timed boxes (redactions, and the scan's tracked findings) in time: where a box is at a moment,
// the still pieces that cover its motion (what ffmpeg's drawbox/boxblur with enable='between'
// can draw, since their size cannot change per frame), and the mapping between a scene's
// source clock and the reel's timeline. The UI preview and the export both use these, so a box
// the user sees over a face is the box that is burned in.

type Keyed = { keys: readonly BoxKey[] };
type TimedKeyed = Keyed & { startMs: number; endMs: number };

/** Where a box is at a time: linear between keys, held before the first and after the last. */
export function boxAt(timed: Keyed, tMs: number): Box {
  const { keys } = timed;
  if (tMs <= keys[0].tMs) return keys[0].box;
  for (let i = 1; i < keys.length; i++) {
    const a = keys[i - 1];
    const b = keys[i];
    if (tMs <= b.tMs) {
      const f = b.tMs === a.tMs ? 1 : (tMs - a.tMs) / (b.tMs - a.tMs);
      return a.box.map((v, k) => v + (b.box[k] - v) * f) as Box;
    }
  }
  return keys[keys.length - 1].box;
}

/** The smallest box holding both. */
export function unionBox(a: Box, b: Box): Box {
  const x = Math.min(a[0], b[0]);
  const y = Math.min(a[1], b[1]);
  return [x, y, Math.max(a[0] + a[2], b[0] + b[2]) - x, Math.max(a[1] + a[3], b[1] + b[3]) - y];
}

/** A still box over a span of time (same clock as the boxes' keys). */
export type BoxSegment = { startMs: number; endMs: number; box: Box };

const sameBox = (a: Box, b: Box) => a.every((v, i) => v === b[i]);

/**
 * A timed box as still pieces over its span, each at most `stepMs` long and never across a key,
 * so each piece's box (the union of its positions at both ends) holds the linear motion inside it.
 * Neighbouring pieces with the same box merge: a box that stays put is one piece. Shorter steps
 * keep a fast-moving box's pieces small.
 */
export function segments(timed: TimedKeyed, stepMs: number): BoxSegment[] {
  if (timed.endMs <= timed.startMs) return [];
  const step = Math.max(1, stepMs);
  const cuts = new Set<number>([timed.startMs, timed.endMs]);
  for (const k of timed.keys) if (k.tMs > timed.startMs && k.tMs < timed.endMs) cuts.add(k.tMs);
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: BoxSegment[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const from = sorted[i - 1];
    const to = sorted[i];
    const pieces = Math.ceil((to - from) / step);
    for (let p = 0; p < pieces; p++) {
      const startMs = from + ((to - from) * p) / pieces;
      const endMs = p === pieces - 1 ? to : from + ((to - from) * (p + 1)) / pieces;
      const box = unionBox(boxAt(timed, startMs), boxAt(timed, endMs));
      const last = out.at(-1);
      if (last && sameBox(last.box, box)) last.endMs = endMs;
      else out.push({ startMs, endMs, box });
    }
  }
  return out;
}

/** The union of every position a timed box takes over its span. */
export function sweptBox(timed: TimedKeyed): Box {
  return segments(timed, Number.MAX_SAFE_INTEGER).reduce((acc, s) => unionBox(acc, s.box), boxAt(timed, timed.startMs));
}

/**
 * Where a moment of a scene's source (a clip's own clock; scene time for stills, slides and cine
 * loops) falls on the reel's timeline. Not clamped: a time before the clip's in point maps before
 * the scene starts.
 */
export function mapSourceToReel(placed: PlacedScene, sourceMs: number): number {
  const s = placed.scene;
  return s.kind === 'clip' ? placed.startMs + (sourceMs - s.inMs) / s.speed : placed.startMs + sourceMs;
}

/** The source moment shown at a reel time (the inverse of mapSourceToReel, not clamped). */
export function mapReelToSource(placed: PlacedScene, reelMs: number): number {
  const s = placed.scene;
  return s.kind === 'clip' ? s.inMs + (reelMs - placed.startMs) * s.speed : reelMs - placed.startMs;
}

/**
 * The part of a source span (ms, source clock) the reel shows, on the reel's timeline, or null when
 * the trim leaves none of it on screen.
 */
export function sourceSpanInReel(placed: PlacedScene, startMs: number, endMs: number): { startMs: number; endMs: number } | null {
  const from = Math.max(placed.startMs, mapSourceToReel(placed, startMs));
  const to = Math.min(placed.endMs, mapSourceToReel(placed, endMs));
  return to > from ? { startMs: from, endMs: to } : null;
}

/**
 * A redaction's pieces on the reel's timeline, boxes still in source pixels: only what the scene
 * shows of it (a clip's trim cuts pieces off), times mapped through trim and speed.
 */
export function segmentsInReel(placed: PlacedScene, redaction: Pick<TimedRedaction, 'keys' | 'startMs' | 'endMs'>, stepMs: number): BoxSegment[] {
  const out: BoxSegment[] = [];
  for (const seg of segments(redaction, stepMs)) {
    const span = sourceSpanInReel(placed, seg.startMs, seg.endMs);
    if (span) out.push({ ...span, box: seg.box });
  }
  return out;
}

/** What a proposal needs of a scan's finding; `keys` (tracked positions) default to `box` held still. */
export type FindingForProposal = Pick<TimedFinding, 'kind' | 'box' | 'startMs' | 'endMs' | 'text'> & {
  id?: string;
  keys?: readonly BoxKey[];
};

/** A box grown by `pad` pixels on every side (never past the source's top-left). */
export function padBox(box: Box, pad: number): Box {
  const x = Math.max(0, box[0] - pad);
  const y = Math.max(0, box[1] - pad);
  return [x, y, box[0] + box[2] + pad - x, box[1] + box[3] + pad - y];
}

/**
 * A scan's findings as redactions waiting for the user: over each finding's whole span, following
 * its tracked positions, a couple of pixels wider (OCR and face boxes hug their subject). Faces are
 * pixelated; text is filled solid, since pixelated or blurred text can be read back. A finding with
 * an id gives a proposal id derived from it, so scanning again proposes the same ids.
 */
export function proposalsFromFindings(findings: readonly FindingForProposal[], makeId: () => string, pad = 2): TimedRedaction[] {
  return findings.map((f) => {
    const keys = (f.keys?.length ? f.keys : [{ tMs: f.startMs, box: f.box }]).map((k) => ({ tMs: k.tMs, box: padBox(k.box, pad) }));
    return TimedRedaction.parse({
      id: f.id ? `p-${f.id}`.slice(0, 64) : makeId(),
      mode: f.kind === 'face' ? 'pixelate' : 'solid',
      status: 'proposed',
      finding: f.kind,
      text: f.text.slice(0, 500),
      startMs: f.startMs,
      // Seen on one sampled frame only: it still needs a span to be covered over.
      endMs: Math.max(f.endMs, f.startMs + 1),
      keys,
    });
  });
}
