import type { Worker } from 'tesseract.js';
import { StudioFailure } from '../../../shared/api/errors';
import type { Box } from '../../../shared/phi/types';
import { greyFromEncoded, greyFromRaw, type GreyImage } from './greyPixels';
import { groupIntoLines, type PassWord } from './groupWords';
import { dedupeLines, dropCrossDirectionMisreads } from './mergeLines';
import type { OcrLine, OcrPassKind, RawImage, RecognizeOptions } from './ocrTypes';
import { unionBox, unrotateBox, type Rotation } from './passGeometry';
import { PASS_PLANS, renderPass, type PassPlan } from './passImages';
import { withOcrWorker } from './tesseractPool';

export const ALL_PASSES: readonly OcrPassKind[] = ['upright', 'inverted', 'rotated90', 'rotated270'];

// Above this many pixels the OCR works on a reduced copy: a 48-megapixel photo would take
// gigabytes of wasm memory, and text in such a photo is large anyway.
const MAX_OCR_PIXELS = 16_000_000;

/**
 * Small images are enlarged before recognition: tesseract reads poorly below ~10 px letters,
 * and burned-in labels on a 512-pixel CT or ultrasound frame are often that small. Very large
 * ones are reduced.
 */
export function chooseScale(width: number, height: number): number {
  if (width * height > MAX_OCR_PIXELS) return Math.sqrt(MAX_OCR_PIXELS / (width * height));
  const long = Math.max(width, height);
  if (long <= 700) return 2;
  if (long <= 1100) return 1.5;
  return 1;
}

// Below this a "word" is a speck; above a fifth of the image it is anatomy read as a letter.
const MIN_WORD_PX = 4;
const MAX_WORD_FRACTION = 0.2;
const MIN_CONFIDENCE = 15;

type TessWord = { text: string; confidence: number; bbox: { x0: number; y0: number; x1: number; y1: number } };

function wordsOf(data: Awaited<ReturnType<Worker['recognize']>>['data']): TessWord[] {
  const out: TessWord[] = [];
  for (const block of data.blocks ?? []) for (const para of block.paragraphs) for (const line of para.lines) out.push(...line.words);
  return out;
}

async function readPass(grey: GreyImage, plan: PassPlan, scale: number, options: RecognizeOptions, report: (f: number) => void): Promise<PassWord[]> {
  const rendered = await renderPass(grey, plan, scale);
  // Parameters given with the job apply to it alone; tesseract.js restores them afterwards.
  const params = { thresholding_method: plan.threshold === 'sauvola' ? '2' : '0' } as Record<string, string>;
  const result = await withOcrWorker((worker) => worker.recognize(rendered.png, params, { blocks: true, text: false }), {
    signal: options.signal,
    onProgress: report,
  });
  report(1);
  const limit = MAX_WORD_FRACTION * Math.min(grey.width, grey.height);
  const words: PassWord[] = [];
  for (const w of wordsOf(result.data)) {
    const text = w.text.trim();
    // Marks with no letter or digit are texture read as ink (bone edges, arrows), not text.
    if (!/[\p{L}\p{N}]/u.test(text) || w.confidence < MIN_CONFIDENCE) continue;
    const box: Box = [w.bbox.x0 / scale, w.bbox.y0 / scale, (w.bbox.x1 - w.bbox.x0) / scale, (w.bbox.y1 - w.bbox.y0) / scale];
    if (box[3] < MIN_WORD_PX || box[2] < MIN_WORD_PX / 2 || box[3] > limit) continue;
    words.push({ text, box, confidence: w.confidence, inverted: rendered.inverted });
  }
  return words;
}

function toLine(words: PassWord[], rotation: Rotation, width: number, height: number): OcrLine {
  const chars = words.reduce((n, w) => n + w.text.length, 0);
  const confidence = words.reduce((s, w) => s + w.confidence * w.text.length, 0) / Math.max(1, chars);
  const mapped = words.map((w) => ({ text: w.text, box: unrotateBox(w.box, rotation, width, height), confidence: w.confidence }));
  return {
    text: mapped.map((w) => w.text).join(' '),
    box: unionBox(mapped.map((w) => w.box)),
    words: mapped,
    confidence,
    rotation,
    inverted: words[0].inverted,
  };
}

/**
 * Reads every line of text in an image: upright, on its negative, and turned 90° and 270° for
 * vertical text. Boxes come back in the original image's pixels (after EXIF orientation for an
 * encoded file).
 */
export async function recognizeLines(image: RawImage | Buffer, options: RecognizeOptions = {}): Promise<OcrLine[]> {
  if (options.signal?.aborted) throw new StudioFailure('cancelled', 'Text recognition cancelled.');
  const grey = Buffer.isBuffer(image) ? await greyFromEncoded(image) : greyFromRaw(image);
  const plans = (options.passes ?? ALL_PASSES).map((k) => PASS_PLANS[k]);
  const scale = chooseScale(grey.width, grey.height);
  const progress = plans.map(() => 0);
  const report = (i: number) => (fraction: number) => {
    progress[i] = Math.max(progress[i], fraction);
    options.onProgress?.(progress.reduce((a, b) => a + b, 0) / plans.length);
  };
  const perPass = await Promise.all(plans.map((plan, i) => readPass(grey, plan, scale, options, report(i))));
  const lines = perPass.flatMap((words, i) =>
    groupIntoLines(words).map((group) => toLine(group, plans[i].rotation, grey.width, grey.height)),
  );
  return dropCrossDirectionMisreads(dedupeLines(lines)).sort((a, b) => a.box[1] - b.box[1] || a.box[0] - b.box[0]);
}
