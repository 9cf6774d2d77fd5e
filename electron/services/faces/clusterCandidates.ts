import type { Box } from '../../../shared/phi/types';
import { boxArea, containment, iou } from './boxGeometry';
import type { FaceCandidate } from './runDetector';

/** Candidates that point at the same spot, strongest first. */
export type CandidateCluster = { best: FaceCandidate; members: FaceCandidate[] };

// Boxes from turned views are the box around a turned rectangle, up to twice the face's area,
// so plain IoU under-counts their agreement: containment of the smaller box counts too, as long
// as the larger is not so large that it could hold a second face beside the first.
function samePlace(a: Box, b: Box): boolean {
  const [small, large] = boxArea(a) <= boxArea(b) ? [a, b] : [b, a];
  return iou(a, b) >= 0.3 || (containment(small, large) >= 0.7 && boxArea(large) <= 2.5 * boxArea(small));
}

/** Greedy grouping by score, as in non-maximum suppression, but keeping what was suppressed. */
export function clusterCandidates(candidates: FaceCandidate[]): CandidateCluster[] {
  const sorted = [...candidates].sort((a, b) => b.score - a.score);
  const clusters: CandidateCluster[] = [];
  for (const candidate of sorted) {
    const home = clusters.find((c) => samePlace(c.best.box, candidate.box));
    if (home) home.members.push(candidate);
    else clusters.push({ best: candidate, members: [candidate] });
  }
  return clusters;
}
