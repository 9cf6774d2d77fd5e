import { detectPhi } from '../../../shared/phi/detectPhi';
import type { ImageFinding } from '../../../shared/phi/types';
import { greyFromRaw, type GreyImage } from '../ocr/greyPixels';
import type { OcrLine, RawImage } from '../ocr/ocrTypes';
import { overlapOfSmaller, unionBox } from '../ocr/passGeometry';
import { recognizeLines } from '../ocr/recognizeLines';
import { decodeImage } from './decodeImage';
import { extendOverInk } from './extendOverInk';
import { inEdgeBand, isGreyscaleImage } from './imageRegions';
import { lineFindings } from './lineFindings';

export type FindImagePhiOptions = {
  /** Strict reading of the edges; decided from the pixels (a grey image) unless told. */
  isRadiograph?: boolean;
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
};

/**
 * Two passes often read the same words into overlapping findings; one box over their union is
 * what the clinician sees and what gets burned.
 */
function mergeOverlapping(findings: ImageFinding[]): ImageFinding[] {
  const out: ImageFinding[] = [];
  for (const f of [...findings].sort((a, b) => b.confidence - a.confidence)) {
    const same = out.find((o) => overlapOfSmaller(o.box, f.box) > 0.5);
    if (same) same.box = unionBox([same.box, f.box]);
    else out.push({ ...f });
  }
  return out.sort((a, b) => a.box[1] - b.box[1] || a.box[0] - b.box[0]);
}

const textHeight = (line: OcrLine) => (line.rotation === 0 ? line.box[3] : line.box[2]);
const readable = (line: OcrLine) => line.text.replace(/\s/g, '').length;

/**
 * Texture (bone, noise, an arrow) read as text comes out as short, unsure "words" ("Fo", "Ly");
 * the strict reading would black out anatomy for each. A line counts as text for it when the
 * OCR was reasonably sure, and sure indeed when it is only a few letters long.
 */
function plausibleText(line: OcrLine): boolean {
  return line.confidence >= 50 && (readable(line) > 3 || line.confidence >= 75);
}

/**
 * A scanner's burned-in overlay is set in one small font. Text in the edge band at more than
 * twice that size is a clinician's label (a big "WEIGHT BEARING" running off the edge), so it
 * gets the ordinary detector instead of the strict one.
 */
function overlayHeight(edgeLines: readonly OcrLine[]): number {
  const sure = edgeLines.filter((l) => l.confidence >= 75 && readable(l) >= 4);
  if (sure.length < 3) return Infinity;
  const heights = sure.map(textHeight).sort((a, b) => a - b);
  return heights[Math.floor(heights.length / 2)];
}

// On the edges the whole line goes (growth crosses word spaces); elsewhere only letters the OCR
// cut off a word it read.
const STRICT_REACH = { maxGap: 1, maxGrow: 8 };
const WORD_REACH = { maxGap: 0.3, maxGrow: 2 };

/** Findings in already-read OCR lines; used by findImagePhi and by the redaction re-check. */
export function findPhiInLines(lines: readonly OcrLine[], grey: GreyImage, isRadiograph: boolean): ImageFinding[] {
  const edge = new Set(isRadiograph ? lines.filter((l) => inEdgeBand(l.box, grey.width, grey.height)) : []);
  const overlay = overlayHeight([...edge]);
  const found: ImageFinding[] = [];
  for (const line of lines) {
    // On a radiograph's edges anything that could identify is PHI: any date, long number or
    // name-like word. Elsewhere, and on photos, the ordinary detector decides.
    const strict = edge.has(line) && plausibleText(line) && textHeight(line) <= 2 * overlay;
    const reach = { axis: line.rotation === 0 ? ('x' as const) : ('y' as const), ...(strict ? STRICT_REACH : WORD_REACH) };
    for (const f of lineFindings(line, detectPhi(line.text, { strict }))) found.push({ ...f, box: extendOverInk(grey, f.box, reach) });
  }
  return mergeOverlapping(found);
}

/**
 * Burned-in PHI in an image: OCR lines (all passes) run through the text detector, each
 * finding boxed over the words it covers, in the image's pixels (after EXIF orientation).
 */
export async function findImagePhi(image: RawImage | Buffer, options: FindImagePhiOptions = {}): Promise<ImageFinding[]> {
  const pixels = Buffer.isBuffer(image) ? await decodeImage(image) : image;
  const isRadiograph = options.isRadiograph ?? isGreyscaleImage(pixels);
  const grey = greyFromRaw(pixels);
  const lines = await recognizeLines({ ...grey, channels: 1 }, { signal: options.signal, onProgress: options.onProgress });
  return findPhiInLines(lines, grey, isRadiograph);
}
