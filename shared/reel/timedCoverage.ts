import { isCovered, type Rect } from '../editor/redactionCoverage';
import type { AssetAnalysis } from '../model/assetAnalysis';
import type { BoxKey, TimedRedaction } from '../model/reel';
import type { Box } from '../phi/types';
import { boxAt, mapSourceToReel } from './timedBoxes';
import type { TimedFinding } from './timedFindings';
import type { PlacedScene } from './timeline';

// Whether a scene's redactions destroy everything the scan found in its media, at every moment
// the reel shows it: the one test the compliance pass (and any export guard) applies to reels.
// A finding counts as covered only by accepted redactions (solid ones for text: pixelated or
// blurred text can be read back) or by a rejected proposal (the user judged it not identifying);
// a proposal nobody decided on covers nothing yet.

/** What was found in a scene's media, in its source pixels and source clock. */
export type SceneFinding = { id: string | null; kind: string; text: string; startMs: number; endMs: number; keys: readonly BoxKey[] };

export type GapProblem = 'uncovered' | 'undecided' | 'not-solid';

export type TimedGap = {
  sceneId: string;
  sceneIndex: number;
  finding: SceneFinding;
  /** The worst problem seen: nothing covers it, only an undecided proposal does, or only a non-solid box covers text. */
  problem: GapProblem;
  /** First and last moment (source clock) with that problem. */
  fromMs: number;
  toMs: number;
  /** The reel time of fromMs, for "at 0:12.3". */
  reelMs: number;
  /** Where the finding is at fromMs (source pixels). */
  box: Box;
};

const FRAME_MS = 1000 / 60;
const MAX_SAMPLES = 20_000;

/**
 * A scene's findings: a clip's timed scan (or, scanned before timing was kept, each still finding
 * held over the whole clip); a photo's or cine loop's still findings over the whole scene.
 */
export function sceneFindings(scene: PlacedScene['scene'], analysis: Pick<AssetAnalysis, 'findings'> | null, scan: { findings: readonly TimedFinding[] } | null): SceneFinding[] {
  if (scene.kind === 'slide') return [];
  if (scene.kind === 'clip' && scan) {
    return scan.findings.map((f) => ({ id: f.id, kind: f.kind, text: f.text, startMs: f.startMs, endMs: f.endMs, keys: f.keys }));
  }
  const span = scene.kind === 'clip' ? { startMs: 0, endMs: Math.max(scene.outMs, 1) } : { startMs: 0, endMs: scene.durationMs };
  return (analysis?.findings ?? []).map((f) => ({ id: null, kind: f.kind, text: f.text, ...span, keys: [{ tMs: 0, box: f.box }] }));
}

/** The part of a finding's span the reel shows (source clock), or null when the trim hides it. */
export function shownSpan(scene: PlacedScene['scene'], finding: Pick<SceneFinding, 'startMs' | 'endMs'>): { startMs: number; endMs: number } | null {
  const [from, to] = scene.kind === 'clip' ? [scene.inMs, scene.outMs] : [0, scene.durationMs];
  const startMs = Math.max(from, finding.startMs);
  // A finding seen on one frame has no length: it still shows for that frame.
  const endMs = Math.min(to, Math.max(finding.endMs, finding.startMs));
  return endMs >= startMs && startMs < to ? { startMs, endMs } : null;
}

const rectOf = (b: Box): Rect => ({ x: b[0], y: b[1], width: b[2], height: b[3] });

function covers(redactions: readonly TimedRedaction[], tMs: number, statuses: ReadonlySet<string>, needSolid: boolean): Rect[] {
  return redactions
    .filter((r) => statuses.has(r.status) && r.startMs <= tMs && tMs <= r.endMs)
    .filter((r) => !needSolid || r.status === 'rejected' || r.mode === 'solid')
    .map((r) => rectOf(boxAt(r, tMs)));
}

/** Moments to test: every frame-length step, every key, and both sides of every redaction's ends. */
function sampleTimes(span: { startMs: number; endMs: number }, finding: SceneFinding, redactions: readonly TimedRedaction[]): number[] {
  const { startMs: a, endMs: b } = span;
  const step = Math.max(FRAME_MS, (b - a) / MAX_SAMPLES);
  const times = new Set<number>([a, b]);
  for (let t = a + step; t < b; t += step) times.add(t);
  const edges = [...finding.keys.map((k) => k.tMs), ...redactions.flatMap((r) => [r.startMs - 0.5, r.startMs, r.endMs, r.endMs + 0.5, ...r.keys.map((k) => k.tMs)])];
  for (const t of edges) if (t >= a && t <= b) times.add(t);
  return [...times].sort((x, y) => x - y);
}

const DECIDED = new Set(['accepted', 'rejected']);
const WITH_PROPOSED = new Set(['accepted', 'rejected', 'proposed']);
const severity: Record<GapProblem, number> = { undecided: 0, 'not-solid': 1, uncovered: 2 };

/** Every finding of a placed scene that its redactions do not cover whenever the reel shows it. */
export function timedGaps(placed: PlacedScene, findings: readonly SceneFinding[]): TimedGap[] {
  const { scene } = placed;
  const out: TimedGap[] = [];
  for (const finding of findings) {
    const span = shownSpan(scene, finding);
    if (!span) continue;
    const needSolid = finding.kind !== 'face';
    let worst: { problem: GapProblem; fromMs: number; toMs: number } | null = null;
    for (const t of sampleTimes(span, finding, scene.redactions)) {
      const target = rectOf(boxAt(finding, t));
      if (isCovered(target, covers(scene.redactions, t, DECIDED, needSolid))) continue;
      let problem: GapProblem = 'uncovered';
      if (needSolid && isCovered(target, covers(scene.redactions, t, DECIDED, false))) problem = 'not-solid';
      else if (isCovered(target, covers(scene.redactions, t, WITH_PROPOSED, false))) problem = 'undecided';
      if (!worst || severity[problem] > severity[worst.problem]) worst = { problem, fromMs: t, toMs: t };
      else if (problem === worst.problem) worst.toMs = t;
    }
    if (worst) {
      const reelMs = Math.min(placed.endMs, Math.max(placed.startMs, mapSourceToReel(placed, worst.fromMs)));
      out.push({ sceneId: scene.id, sceneIndex: placed.index, finding, ...worst, reelMs, box: boxAt(finding, worst.fromMs) });
    }
  }
  return out;
}
