import sharp from 'sharp';
import type { Box } from '../../../shared/phi/types';
import { faceRegion } from '../faces/destroyFace';
import { shrinkRaw } from '../faces/rawImage';
import type { RawImage } from '../ocr/ocrTypes';
import { findFaces } from '../redact/findFaces';
import { greyFromRaw } from '../ocr/greyPixels';
import { ALL_PASSES, recognizeLines } from '../ocr/recognizeLines';
import { findPhiInLines } from '../redact/findImagePhi';
import { inEdgeBand, isGreyscaleImage, padTextBox } from '../redact/imageRegions';
import { intersectionArea, unionBox } from '../ocr/passGeometry';
import type { OcrLine } from '../ocr/ocrTypes';
import type { VideoFrame } from './frameStream';

export type FrameFindings = {
  /** Burned-in PHI, padded past the glyphs: fill these solid. */
  text: { box: Box; kind: string; text: string }[];
  /** Face regions (head square with margin): pixelate or fill these. */
  faces: Box[];
};

/**
 * Overlay text in a video is small against the frame and softened by compression; the OCR reads
 * it far more reliably enlarged (a "NAME^FIRST" line at 25 px read as nothing at 1.5×, in full
 * at 2×). Frames are enlarged to about these factors before reading.
 */
export function ocrFactor(width: number, height: number): number {
  const long = Math.max(width, height);
  if (long <= 1100) return 2;
  if (long <= 2000) return 1.4;
  return 1;
}

// Faces in a clip fill a good part of the frame; looking at a reduced copy is several times
// faster and loses nothing a viewer could recognise.
const FACE_LONG_SIDE = 960;

async function enlarged(frame: VideoFrame, factor: number): Promise<RawImage> {
  const asRaw: RawImage = { width: frame.width, height: frame.height, channels: 3, data: frame.data };
  if (factor === 1) return asRaw;
  const width = Math.round(frame.width * factor);
  const height = Math.round(frame.height * factor);
  const data = await sharp(frame.data, { raw: { width: frame.width, height: frame.height, channels: 3 } })
    .resize(width, height, { fit: 'fill', kernel: 'lanczos3' })
    .raw()
    .toBuffer();
  return { width, height, channels: 3, data: new Uint8Array(data.buffer, data.byteOffset, data.length) };
}

// Frames after the first of a picture hold the text already read in every direction; reading
// them upright and on the negative keeps each text's span continuous at half the cost.
const QUICK_PASSES = ['upright', 'inverted'] as const;

/**
 * On a grey medical frame a finding along the edges takes its whole OCR line with it: a header
 * line holding one identifier is the header ("SMITH^JOHN" read as "SMITH” JOHN" at low confidence
 * flags only JOHN, and SMITH would stay). Where the line's confidence was too low for the strict
 * reading, this is what still makes the header strict.
 */
function wholeHeaderLine(box: Box, lines: readonly OcrLine[], size: { width: number; height: number }): Box {
  const boxes = lines
    .filter((l) => inEdgeBand(l.box, size.width, size.height) && intersectionArea(l.box, box) >= 0.5 * Math.min(box[2] * box[3], l.box[2] * l.box[3]))
    .map((l) => l.box);
  return boxes.length ? unionBox([box, ...boxes]) : box;
}

const scaleBox = (b: Box, f: number): Box => [b[0] / f, b[1] / f, b[2] / f, b[3] / f];

export type AnalyseOptions = { signal?: AbortSignal; faces?: 'auto' | 'always' | 'never' };

/**
 * Burned-in PHI and faces in one frame. A grey frame (radiograph, ultrasound, fluoroscopy, with
 * perhaps a coloured overlay) is read like a radiograph: strictly along its edges, where scanners
 * burn names, dates and numbers. Faces are looked for on colour frames, as for stills, unless told.
 */
export async function analyseFrame(frame: VideoFrame, options: AnalyseOptions = {}): Promise<FrameFindings> {
  const raw: RawImage = { width: frame.width, height: frame.height, channels: 3, data: frame.data };
  const grey = isGreyscaleImage(raw);
  const factor = ocrFactor(frame.width, frame.height);
  const big = greyFromRaw(await enlarged(frame, factor));
  const passes = frame.changed ? ALL_PASSES : QUICK_PASSES;
  const lines = await recognizeLines({ ...big, channels: 1 }, { signal: options.signal, passes });
  const found = findPhiInLines(lines, big, grey).map((f) => (grey ? { ...f, box: wholeHeaderLine(f.box, lines, big) } : f));
  const text = found.map((f) => ({ box: padTextBox(scaleBox(f.box, factor), frame.width, frame.height), kind: f.kind, text: f.text }));
  const wantFaces = options.faces === 'always' || (options.faces !== 'never' && !grey);
  const faces: Box[] = [];
  if (wantFaces) {
    const colour = { width: frame.width, height: frame.height, channels: 3 as const, data: frame.data };
    const { image, scale } = await shrinkRaw(colour, FACE_LONG_SIDE);
    for (const f of await findFaces(image)) {
      const box = scaleBox(f.box, scale);
      faces.push(faceRegion(colour, box));
    }
  }
  return { text, faces };
}
