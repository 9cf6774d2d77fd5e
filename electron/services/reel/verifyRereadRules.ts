import type { Box } from '../../../shared/phi/types';
import { DATE_KINDS, describeKind } from '../../../shared/compliance/rules/identifiers';
import { formatClock } from '../../../shared/reel/timeline';
import { intersectionArea } from '../ocr/passGeometry';
import { mapThroughMotion, mapToCanvas, type CoverRect } from './checkRedactions';
import type { BoxSpan } from './redactionSpans';
import type { GraphScene } from './reelGraph';

// What the whole-frame re-read of an exported reel may find and still let the file leave: the
// post's own words where the post itself draws them, anything inside a box the user decided on,
// and faces in scenes whose consent covers a full face. Everything else is a leak. Pure, so the
// rules are tested without video.

type Canvas = { width: number; height: number };

/** A box the user decided on (accepted or rejected), in the source's pixels and clock. */
export type JudgedBox = { spans: BoxSpan[]; status: 'accepted' | 'rejected'; mode: 'solid' | 'pixelate' | 'blur' };

export type RereadScene = {
  index: number;
  startS: number;
  durationS: number;
  crossfadeS: number;
  source: GraphScene['source'];
  /** A slide of the post drawn by the app: its words are the post's own, wherever they sit. */
  slide: boolean;
  /** Consent covers a full face of what this scene shows (the compliance pass judged it). */
  facesAllowed: boolean;
  judged: JudgedBox[];
  /** Decided redaction objects of the scene's slide and overlay, in canvas pixels, for the whole scene. */
  slideJudged: { box: Box; status: JudgedBox['status']; mode: JudgedBox['mode'] }[];
};

export type RereadPlan = {
  canvas: Canvas;
  fps: number;
  durationS: number;
  scenes: RereadScene[];
  /** Every visible text of the post (slide text, captions), normalised. */
  ownWords: string[];
  /** The painted parts of captions and overlays while shown: where the post's words lie over media. */
  covers: CoverRect[];
};

/** Letters and digits only, upper case, accents dropped: OCR's spacing and punctuation are noise. */
export function normaliseText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toUpperCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Whether `needle` appears in `hay` with at most `maxEdits` letters wrong, missing or extra (the
 * best-matching stretch of `hay`, Sellers' approximate substring search).
 */
export function fuzzyContains(hay: string, needle: string, maxEdits: number): boolean {
  if (needle.length === 0) return true;
  if (hay.includes(needle)) return true;
  let prev = new Uint16Array(needle.length + 1).map((_, i) => i);
  let cur = new Uint16Array(needle.length + 1);
  for (let j = 1; j <= hay.length; j++) {
    cur[0] = 0;
    for (let i = 1; i <= needle.length; i++) {
      cur[i] = Math.min(prev[i] + 1, cur[i - 1] + 1, prev[i - 1] + (hay[j - 1] === needle[i - 1] ? 0 : 1));
    }
    if (cur[needle.length] <= maxEdits) return true;
    [prev, cur] = [cur, prev];
  }
  return false;
}

// OCR of rendered text through H.264 misreads a letter in ten or so; a fifth leaves room for that
// and still tells "SMITH" from "SMALL".
const EDIT_SHARE = 0.2;

/** OCR'd text found (fuzzily) in the post's own words. */
export function isOwnWords(read: string, ownWords: readonly string[]): boolean {
  const needle = normaliseText(read);
  if (needle.length === 0) return false;
  const edits = Math.floor(needle.length * EDIT_SHARE);
  return ownWords.some((hay) => fuzzyContains(hay, needle, edits));
}

export type SampleTime = { t: number; sceneStart: boolean };

// A cut or crossfade settles within a frame or two; a tenth of a second later the new scene shows alone.
const AFTER_START_S = 0.1;
const MAX_GAP_S = 1;

/** When to look: a little after each scene starts showing alone, and at least every second to the end. */
export function sampleTimes(plan: Pick<RereadPlan, 'scenes' | 'durationS'>): SampleTime[] {
  const end = Math.max(0, plan.durationS - 0.05);
  const starts = plan.scenes.map((s) => Math.min(s.startS + s.crossfadeS + AFTER_START_S, s.startS + s.durationS / 2, end));
  const out: SampleTime[] = [];
  const marks = [0, ...starts, end].sort((a, b) => a - b);
  for (let k = 1; k < marks.length; k++) {
    const gap = marks[k] - marks[k - 1];
    const extra = Math.ceil(gap / MAX_GAP_S - 1e-9) - 1;
    for (let n = 1; n <= extra; n++) out.push({ t: marks[k - 1] + (gap * n) / (extra + 1), sceneStart: false });
  }
  // The first scene's start stands for the very first frame (the same picture, a tenth later).
  for (const t of starts) out.push({ t, sceneStart: true });
  out.push({ t: end, sceneStart: false });
  out.sort((a, b) => a.t - b.t || Number(b.sceneStart) - Number(a.sceneStart));
  // Two looks closer than a frame are one look (a scene start wins).
  return out.filter((s, i) => i === 0 || s.t - out[i - 1].t > 0.02);
}

/** The scenes on screen at `t` (two during a crossfade). */
export function scenesAt(plan: Pick<RereadPlan, 'scenes'>, t: number): RereadScene[] {
  return plan.scenes.filter((s) => s.startS <= t + 1e-6 && t < s.startS + s.durationS);
}

/** The user's decided boxes of a scene where the output shows them at reel time `t`. */
export function judgedAt(scene: RereadScene, t: number, canvas: Canvas, fps: number): { box: Box; status: JudgedBox['status']; mode: JudgedBox['mode'] }[] {
  const src = scene.source;
  const srcT = src.kind === 'clip' ? src.inS + (t - scene.startS) * src.speed : t - scene.startS;
  const frames = Math.max(1, Math.round(scene.durationS * fps));
  const out: ReturnType<typeof judgedAt> = [...scene.slideJudged];
  for (const r of scene.judged) {
    for (const span of r.spans) {
      // A frame's worth of slack: the sample's time is a frame's, the span's is the user's.
      if (srcT < span.t0 - 1 / fps || srcT > span.t1 + 1 / fps) continue;
      const fitted = mapToCanvas(span.box, src, src.fit, { width: canvas.width, height: canvas.height });
      const box = src.kind === 'still' && src.motion !== 'none' ? mapThroughMotion(fitted, src.motion, Math.round((t - scene.startS) * fps) / Math.max(1, frames - 1), canvas) : fitted;
      out.push({ box, status: r.status, mode: r.mode });
    }
  }
  return out;
}

const area = (b: Box) => Math.max(0, b[2]) * Math.max(0, b[3]);
/** Overlap as a share of the smaller box: OCR pads its boxes, face regions take the head and some. */
const overlapShare = (a: Box, b: Box) => intersectionArea(a, b) / Math.max(1, Math.min(area(a), area(b)));

export type FrameRead = { text: { box: Box; kind: string; text: string }[]; faces: Box[] };
export type Leak = { t: number; scene: number; kind: 'text' | 'face'; box: Box; what: string };

/** "a name (“J…”)": what was read, its first letter only (the message reaches logs and screens). */
export function leakWords(kind: string, text: string): string {
  const first = normaliseText(text).charAt(0);
  const words = DATE_KINDS.has(kind) ? 'a date' : describeKind(kind) === kind ? `an identifier (${kind})` : describeKind(kind);
  return `${words}${first ? ` (“${first}…”)` : ''}`;
}

/**
 * What of one frame's findings the export may not carry. Text passes when it is the post's own
 * words drawn by the post (a slide scene, or a caption's or overlay's painted part over media), or
 * lies in a box the user accepted solid or rejected (judged not identifying); a face passes in a
 * scene whose consent covers a full face, or in a box the user decided on (a pixelated face is
 * checked by checkRedactionsHeld). During a crossfade either scene may account for it.
 */
export function leaksInFrame(plan: RereadPlan, t: number, read: FrameRead): Leak[] {
  const visible = scenesAt(plan, t);
  if (visible.length === 0) return [];
  const decided = visible.map((s) => judgedAt(s, t, plan.canvas, plan.fps));
  const covers = plan.covers.filter((c) => c.startS <= t && t < c.endS).map((c) => c.box);
  const scene = visible[visible.length - 1].index + 1;
  const leaks: Leak[] = [];
  for (const f of read.text) {
    const own = isOwnWords(f.text, plan.ownWords);
    const drawnByPost = own && (visible.some((s) => s.slide) || covers.some((c) => intersectionArea(c, f.box) >= 0.5 * area(f.box)));
    const inDecided = decided.some((boxes) => boxes.some((d) => (d.status === 'rejected' || d.mode === 'solid') && overlapShare(d.box, f.box) >= 0.5));
    if (!drawnByPost && !inDecided) leaks.push({ t, scene, kind: 'text', box: f.box, what: leakWords(f.kind, f.text) });
  }
  for (const face of read.faces) {
    const consented = visible.some((s) => s.facesAllowed);
    const inDecided = decided.some((boxes) => boxes.some((d) => overlapShare(d.box, face) >= 0.3));
    if (!consented && !inDecided) leaks.push({ t, scene, kind: 'face', box: face, what: 'a face' });
  }
  return leaks;
}

/** "a name (“J…”) at 0:04.2 in scene 2". */
export function describeLeak(l: Leak): string {
  return `${l.what} at ${formatClock(l.t * 1000)} in scene ${l.scene}`;
}
