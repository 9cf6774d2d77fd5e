import { StudioFailure } from '../../../shared/api/errors';
import type { RawImage } from '../ocr/ocrTypes';
import { recognizeLines } from '../ocr/recognizeLines';
import type { BurnedRedaction, Rect } from './renderSlides';

/** Decoded pixels of one exported slide, 3 (RGB) or 4 (RGBA) channels. */
export type SlidePixels = { number: number; width: number; height: number; channels: 3 | 4; data: Buffer };

export type AreaCheck = { number: number; redaction: BurnedRedaction; crop: RawImage; checkedPixels: number };

const inside = (r: Rect, x: number, y: number, pad: number) =>
  x >= r.x - pad && x <= r.x + r.width + pad && y >= r.y - pad && y <= r.y + r.height + pad;

/**
 * Checks one redaction in the pixels read back from the file. Pixels within `margin` of the box's
 * edge (anti-aliasing, JPEG blocks) and under objects the user drew above it are left out.
 * A solid box must be its fill, within `tolerance`, in every other pixel. Returns the box's area
 * with everything left out painted in the fill, for the OCR re-read.
 */
export function checkRedactedArea(pixels: SlidePixels, r: BurnedRedaction, margin: number, tolerance: number): AreaCheck {
  const { box } = r;
  const theta = (-box.rotation * Math.PI) / 180;
  const cos = Math.cos(theta);
  const sin = Math.sin(theta);
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  // The rotated box's bounds on the page.
  const ex = (Math.abs(box.width * cos) + Math.abs(box.height * sin)) / 2;
  const ey = (Math.abs(box.width * sin) + Math.abs(box.height * cos)) / 2;
  const x0 = Math.max(0, Math.floor(cx - ex));
  const y0 = Math.max(0, Math.floor(cy - ey));
  const x1 = Math.min(pixels.width, Math.ceil(cx + ex));
  const y1 = Math.min(pixels.height, Math.ceil(cy + ey));
  const w = Math.max(0, x1 - x0);
  const h = Math.max(0, y1 - y0);
  const crop = Buffer.alloc(w * h * 3);
  let checked = 0;
  let worst = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const px = x + 0.5 - cx;
      const py = y + 0.5 - cy;
      const u = px * cos - py * sin + box.width / 2;
      const v = px * sin + py * cos + box.height / 2;
      const o = ((y - y0) * w + (x - x0)) * 3;
      const within = u >= margin && u <= box.width - margin && v >= margin && v <= box.height - margin;
      if (!within || r.coveredBy.some((c) => inside(c, x + 0.5, y + 0.5, 1))) {
        crop[o] = r.fill[0];
        crop[o + 1] = r.fill[1];
        crop[o + 2] = r.fill[2];
        continue;
      }
      const i = (y * pixels.width + x) * pixels.channels;
      for (let c = 0; c < 3; c++) {
        crop[o + c] = pixels.data[i + c];
        if (r.mode === 'solid') worst = Math.max(worst, Math.abs(pixels.data[i + c] - r.fill[c]));
      }
      checked++;
    }
  }
  if (r.mode === 'solid' && worst > tolerance) {
    throw new StudioFailure('internal', `Slide ${pixels.number}: a redaction box is not solid in the exported file (a pixel differs from its fill by ${worst}); nothing was saved.`);
  }
  return { number: pixels.number, redaction: r, crop: { width: w, height: h, channels: 3, data: crop }, checkedPixels: checked };
}

const PAD = 16;

/** True when every pixel of the area is one colour: there is nothing in it for OCR to read. */
function uniform(crop: RawImage): boolean {
  const d = crop.data;
  for (let i = 3; i < d.length; i += 3) if (d[i] !== d[0] || d[i + 1] !== d[1] || d[i + 2] !== d[2]) return false;
  return true;
}

/** The area with a border of its fill: tesseract reads text touching an image's edge poorly, and we want it read. */
function padded(a: AreaCheck): RawImage {
  const width = a.crop.width + 2 * PAD;
  const height = a.crop.height + 2 * PAD;
  const data = Buffer.alloc(width * height * 3);
  for (let i = 0; i < width * height; i++) data.set(a.redaction.fill, i * 3);
  for (let y = 0; y < a.crop.height; y++) {
    const src = y * a.crop.width * 3;
    data.set(a.crop.data.subarray(src, src + a.crop.width * 3), ((y + PAD) * width + PAD) * 3);
  }
  return { width, height, channels: 3, data };
}

/**
 * Re-reads each redacted area with OCR, one recognition per area (areas stacked into one image
 * read as letters: a column of dark bars looks like an E). An area of one exact colour is
 * skipped: it holds nothing to read, and the pixel check has already proved it. Any word of two
 * or more letters or digits read with confidence fails the export, naming the slide.
 */
export async function ocrRedactedAreas(areas: readonly AreaCheck[], signal: AbortSignal): Promise<{ read: number; uniform: number }> {
  const usable = areas.filter((a) => a.crop.width > 0 && a.crop.height > 0);
  const toRead = usable.filter((a) => !uniform(a.crop));
  const results = await Promise.all(toRead.map((a) => recognizeLines(padded(a), { signal })));
  results.forEach((lines, i) => {
    const readable = lines.flatMap((l) => l.words).find((w) => (w.text.match(/[\p{L}\p{N}]/gu) ?? []).length >= 2 && w.confidence >= 50);
    if (readable) throw new StudioFailure('internal', `Slide ${toRead[i].number}: text can still be read in a redacted area of the exported file; nothing was saved.`);
  });
  return { read: toRead.length, uniform: usable.length - toRead.length };
}
