import { StudioFailure } from '../../../shared/api/errors';
import type { CineInfo } from '../../../shared/reel/reelAssetApi';
import type { DicomDataset } from './dicomCodec';
import { readDicom } from './dicomCodec';
import { firstNumber, firstText } from './dicomValues';
import { readPixelLayout } from './pixelLayout';

/** What a scanner that records no rate usually plays at (ultrasound, fluoroscopy). */
export const DEFAULT_CINE_FPS = 15;
// A rate outside this is a damaged or misread value, not a real loop: the next source is tried.
const MIN_FPS = 1;
const MAX_FPS = 120;

const usable = (fps: number | undefined): fps is number => fps !== undefined && Number.isFinite(fps) && fps >= MIN_FPS && fps <= MAX_FPS;

/**
 * The rate a cine loop was recorded to play at: Frame Time (0018,1063, milliseconds between
 * frames) is the most exact; then Cine Rate (0018,0040) and Recommended Display Frame Rate
 * (0008,2144), whole frames a second; 15 when none holds a sensible value.
 */
export function cineRateOf(dict: DicomDataset): Pick<CineInfo, 'fps' | 'fpsSource'> {
  const frameTime = firstNumber(dict, '00181063');
  const fromFrameTime = frameTime && frameTime > 0 ? 1000 / frameTime : undefined;
  if (usable(fromFrameTime)) return { fps: Math.round(fromFrameTime * 1000) / 1000, fpsSource: 'frame-time' };
  const cineRate = firstNumber(dict, '00180040');
  if (usable(cineRate)) return { fps: cineRate, fpsSource: 'cine-rate' };
  const recommended = firstNumber(dict, '00082144');
  if (usable(recommended)) return { fps: recommended, fpsSource: 'recommended-rate' };
  return { fps: DEFAULT_CINE_FPS, fpsSource: 'default' };
}

/** Cine facts from a parsed file; refuses a file that is not a loop (no image, or one frame). */
export function cineInfoOf(dict: DicomDataset, transferSyntax: string): CineInfo {
  const layout = readPixelLayout(dict, transferSyntax);
  if (!layout) throw new StudioFailure('unsupported', 'This DICOM file holds no image (no pixel data), so it cannot play as a cine loop.');
  if (layout.frames < 2) {
    throw new StudioFailure('invalid_input', 'This DICOM image has a single frame, so it is not a cine loop: place it as an image scene instead.');
  }
  const rate = cineRateOf(dict);
  return {
    frames: layout.frames,
    ...rate,
    width: layout.columns,
    height: layout.rows,
    modality: firstText(dict, '00080060') || null,
    durationMs: Math.round((layout.frames * 1000) / rate.fps),
  };
}

/** Frames, rate, size and modality of a multi-frame DICOM file's bytes. */
export function cineInfo(bytes: Uint8Array): CineInfo {
  const { dict, transferSyntax } = readDicom(bytes);
  return cineInfoOf(dict, transferSyntax);
}
