import { StudioFailure } from '../../../shared/api/errors';
import { applyWindow } from '../../../shared/dicom/windowing';
import type { DicomDataset } from './dicomCodec';
import { firstWindowOf, rescaleOf, type Window } from './frameTransforms';
import { sampleOffset, sampleReader, type PixelLayout } from './pixelLayout';

export type WindowChoice = 'default' | 'bone' | 'lung' | 'soft-tissue' | Window;

/** An 8-bit rendering, row by row: what a viewer shows, and what the burned-in text finder reads. */
export type RenderedFrame = { width: number; height: number; channels: 1 | 3; data: Uint8Array };

export const WINDOW_PRESETS: Record<'bone' | 'lung' | 'soft-tissue', Window> = {
  bone: { center: 300, width: 1500 },
  lung: { center: -600, width: 1500 },
  'soft-tissue': { center: 40, width: 400 },
};

export function isMonochrome(layout: PixelLayout): boolean {
  return layout.samplesPerPixel === 1 && layout.photometric.startsWith('MONOCHROME');
}

/** Refuses colour models we cannot yet draw or clean sample by sample. */
export function assertRenderable(layout: PixelLayout): void {
  if (isMonochrome(layout)) return;
  if (layout.samplesPerPixel === 3 && (layout.photometric === 'RGB' || layout.photometric === 'YBR_FULL')) return;
  throw new StudioFailure('unsupported', `DICOM images in the ${layout.photometric} colour model are not supported yet.`);
}

/** The stored values of one monochrome frame, sign and bit depth applied. */
export function monochromeValues(layout: PixelLayout, frame: number): Int32Array | Float64Array {
  const read = sampleReader(layout);
  const n = layout.rows * layout.columns;
  const out = layout.bitsAllocated === 32 && !layout.signed ? new Float64Array(n) : new Int32Array(n);
  const step = layout.bitsAllocated / 8;
  const start = frame * layout.frameBytes;
  for (let i = 0; i < n; i++) out[i] = read(start + i * step);
  return out;
}

function colourFrame(layout: PixelLayout, frame: number): Uint8Array {
  const read = sampleReader(layout);
  const { rows, columns } = layout;
  const out = new Uint8Array(rows * columns * 3);
  // More than 8 bits a sample: keep the top 8 of the stored bits.
  const shift = Math.max(0, layout.bitsStored - 8);
  const ybr = layout.photometric === 'YBR_FULL';
  for (let y = 0, i = 0; y < rows; y++) {
    for (let x = 0; x < columns; x++, i += 3) {
      const a = read(sampleOffset(layout, frame, x, y, 0)) >> shift;
      const b = read(sampleOffset(layout, frame, x, y, 1)) >> shift;
      const c = read(sampleOffset(layout, frame, x, y, 2)) >> shift;
      if (ybr) {
        // PS3.3 C.7.6.3.1.2: YBR_FULL to RGB.
        out[i] = clamp(a + 1.402 * (c - 128));
        out[i + 1] = clamp(a - 0.344136 * (b - 128) - 0.714136 * (c - 128));
        out[i + 2] = clamp(a + 1.772 * (b - 128));
      } else {
        out[i] = a;
        out[i + 1] = b;
        out[i + 2] = c;
      }
    }
  }
  return out;
}

function clamp(v: number): number {
  return v < 0 ? 0 : v > 255 ? 255 : Math.round(v);
}

/**
 * Renders one frame the way a viewer shows it: rescale slope and intercept, then the chosen
 * window (by default the file's first one, else the frame's full range), MONOCHROME1 inverted;
 * colour frames as RGB.
 */
export function renderFrame(dicom: { dict: DicomDataset; layout: PixelLayout }, options: { window?: WindowChoice; frame?: number } = {}): RenderedFrame {
  const { dict, layout } = dicom;
  assertRenderable(layout);
  const frame = options.frame ?? 0;
  if (!Number.isInteger(frame) || frame < 0 || frame >= layout.frames) {
    throw new StudioFailure('invalid_input', `This DICOM image has ${layout.frames} frame${layout.frames > 1 ? 's' : ''}; frame ${frame + 1} does not exist.`);
  }
  const base = { width: layout.columns, height: layout.rows };
  if (!isMonochrome(layout)) return { ...base, channels: 3, data: colourFrame(layout, frame) };
  const choice = options.window ?? 'default';
  const window = typeof choice === 'object' ? choice : choice === 'default' ? firstWindowOf(dict, frame) : WINDOW_PRESETS[choice];
  const { slope, intercept } = rescaleOf(dict, frame);
  const data = applyWindow({
    values: monochromeValues(layout, frame),
    slope,
    intercept,
    invert: layout.photometric === 'MONOCHROME1',
    window,
  });
  return { ...base, channels: 1, data };
}
