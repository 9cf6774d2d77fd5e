import { sceneFindings, timedGaps, type TimedGap } from '../../reel/timedCoverage';
import { formatClock, placeScenes, type PlacedScene } from '../../reel/timeline';
import { occurrenceKeys } from '../textSources';
import type { ComplianceContext, ComplianceFinding, CompliancePost } from '../types';
import { DATE_KINDS, describeKind } from './identifiers';

// Rules 1 and 2 over a reel's media: whatever the scan found in a scene's photo, clip or cine loop
// must be destroyed by the scene's timed redactions for as long as the reel shows it. The test is
// shared/reel/timedCoverage.ts, the same one the reel editor shows.

const nouns = { image: 'photo', clip: 'clip', cine: 'cine loop' } as const;

/** The gaps of every scene whose asset the scan says holds identifiers. */
export function reelGaps(post: CompliancePost, context: Pick<ComplianceContext, 'assets' | 'analyses' | 'videoScans'>): { placed: PlacedScene; gaps: TimedGap[] }[] {
  if (post.format !== 'reel') return [];
  const out: { placed: PlacedScene; gaps: TimedGap[] }[] = [];
  for (const placed of placeScenes(post.document.scenes)) {
    const { scene } = placed;
    if (scene.kind === 'slide') continue;
    // A clean scan or a redacted copy has nothing left to cover; an unscanned asset is reported by rule 1 as such.
    if (context.assets.get(scene.assetId)?.phiStatus !== 'holds-phi') continue;
    const findings = sceneFindings(scene, context.analyses.get(scene.assetId) ?? null, context.videoScans?.get(scene.assetId) ?? null);
    out.push({ placed, gaps: timedGaps(placed, findings) });
  }
  return out;
}

function message(gap: TimedGap, n: number, noun: string, what: string): string {
  const at = `Scene ${n}: ${what} in the ${noun} at ${formatClock(gap.reelMs)}`;
  if (gap.problem === 'undecided') return `${at} is covered only by a proposed box: accept it or reject it.`;
  if (gap.problem === 'not-solid') return `${at} is covered by a pixelated or blurred box; text needs a solid box (blurred text can be read back).`;
  return `${at} is not covered by an accepted redaction for as long as it shows.`;
}

/** Rule 1 (identifiers, faces) or rule 2 (dates) findings over a reel's scenes. */
export function reelMediaFindings(post: CompliancePost, context: ComplianceContext, rule: 'identifiers' | 'dates'): ComplianceFinding[] {
  const out: ComplianceFinding[] = [];
  const waiting = new Set<string>();
  for (const { placed, gaps } of reelGaps(post, context)) {
    const { scene, index } = placed;
    if (scene.kind === 'slide') continue;
    const n = index + 1;
    const noun = nouns[scene.kind];
    const key = occurrenceKeys();
    for (const gap of gaps) {
      if (gap.problem === 'undecided') waiting.add(scene.id);
      const isDate = DATE_KINDS.has(gap.finding.kind);
      if (isDate !== (rule === 'dates')) continue;
      const [x, y, width, height] = gap.box;
      out.push({
        rule,
        severity: 'error',
        where: {
          // The scan's finding id when it gave one, so the key stays put across passes.
          key: key(`scene:${scene.id}/asset:${scene.assetId}/${gap.finding.id ?? gap.finding.kind}/${gap.problem}`),
          label: `Scene ${n}, ${noun}`,
          sceneId: scene.id,
          sceneNumber: n,
          assetId: scene.assetId,
          field: 'scene',
          atMs: gap.reelMs,
          box: { x, y, width, height },
        },
        message: message(gap, n, noun, isDate ? 'a date' : describeKind(gap.finding.kind)),
      });
    }
  }
  if (rule !== 'identifiers' || post.format !== 'reel') return out;
  // Proposals waiting for a decision block the export like a slide's, even over nothing the scan
  // still reports (said once per scene; a scene with an undecided finding already says it).
  for (const placed of placeScenes(post.document.scenes)) {
    const { scene, index } = placed;
    const proposed = scene.redactions.filter((r) => r.status === 'proposed').length;
    if (proposed === 0 || waiting.has(scene.id)) continue;
    const n = index + 1;
    out.push({
      rule,
      severity: 'error',
      where: { key: `scene:${scene.id}/proposed`, label: `Scene ${n}`, sceneId: scene.id, sceneNumber: n, field: 'scene', atMs: placed.startMs },
      message: `Scene ${n} has ${proposed === 1 ? 'a proposed redaction' : `${proposed} proposed redactions`} to accept or reject.`,
    });
  }
  return out;
}
