import type { Box } from '../../../shared/phi/types';
import type { FaceApi } from './faceModels';
import type { FaceView } from './faceViews';

export type Detector = 'ssd' | 'tiny';

/** One detector's answer on one view, already in the photo's coordinates. */
export type FaceCandidate = { box: Box; score: number; detector: Detector; view: string };

type Tensor3D = Parameters<FaceApi['detectAllFaces']>[0];
type Tf = { tensor3d(values: Uint8Array | Int32Array, shape: [number, number, number], dtype: 'int32'): Tensor3D & { dispose(): void } };

// SSD answers most pictures with a weak box around nearly all of it; a real face that fills the
// picture scores far higher than these.
const GIANT_AREA = 0.35;
const GIANT_SCORE = 0.8;

/** Runs one detector on one view; boxes come back in the photo's coordinates. */
export async function runDetector(
  faceapi: FaceApi,
  detector: Detector,
  view: FaceView,
  threshold: number,
  tinyInputSize = 416,
): Promise<FaceCandidate[]> {
  const tf = faceapi.tf as unknown as Tf;
  const input = tf.tensor3d(Int32Array.from(view.rgb), [view.height, view.width, 3], 'int32');
  try {
    const options =
      detector === 'ssd'
        ? new faceapi.SsdMobilenetv1Options({ minConfidence: threshold, maxResults: 50 })
        : new faceapi.TinyFaceDetectorOptions({ inputSize: tinyInputSize, scoreThreshold: threshold });
    const found = await faceapi.detectAllFaces(input, options);
    return found
      .filter((d) => d.score >= GIANT_SCORE || d.box.width * d.box.height <= GIANT_AREA * view.width * view.height)
      .map((d) => ({
        box: view.toImage([d.box.x, d.box.y, d.box.width, d.box.height]),
        score: d.score,
        detector,
        view: view.name,
      }));
  } finally {
    input.dispose();
  }
}
