import type { Box } from '../../../shared/phi/types';
import { boxArea, clampBox, containment, iou, unionBox } from './boxGeometry';
import { clusterCandidates } from './clusterCandidates';
import { loadFaceModels } from './faceModels';
import { findFaceCandidates } from './faceProposals';
import type { RawImage } from './rawImage';
import { verifyFace } from './verifyFace';

export type { RawImage } from './rawImage';

/** A face found in a photo: its box in the photo's own pixels and the verifier's confidence. */
export type FaceBox = { box: Box; score: number };

// On real faces (upright, turned, cut by the frame, dark, blurred, looking down) the verifier
// scores about 0.6 and up; on face-like lesions and objects it stays under about 0.3.
const ACCEPT = 0.4;

/**
 * Finds faces in a photo, recall first: many views propose (whole, turned, tiled; two
 * detectors), an independent check disposes. Returns [] for a photo without a face.
 */
export async function detectFaces(image: RawImage): Promise<FaceBox[]> {
  const faceapi = await loadFaceModels();
  const faces: FaceBox[] = [];
  for (const cluster of clusterCandidates(await findFaceCandidates(faceapi, image))) {
    const score = await verifyFace(faceapi, image, cluster.best.box);
    if (score >= ACCEPT) addFace(faces, { box: clampBox(cluster.best.box, image.width, image.height), score });
  }
  return faces;
}

// Two accepted boxes on one face (say, from an upright and a turned view, or a box around the
// mouth and one around the whole face) become one box around both: for destruction a box too
// large costs little, one too small leaks.
function addFace(faces: FaceBox[], face: FaceBox): void {
  const same = faces.find((f) => iou(f.box, face.box) >= 0.3 || containment(smaller(f.box, face.box), larger(f.box, face.box)) >= 0.6);
  if (!same) {
    faces.push(face);
    return;
  }
  same.box = unionBox(same.box, face.box);
  same.score = Math.max(same.score, face.score);
}

function smaller(a: Box, b: Box): Box {
  return boxArea(a) <= boxArea(b) ? a : b;
}

function larger(a: Box, b: Box): Box {
  return boxArea(a) <= boxArea(b) ? b : a;
}
