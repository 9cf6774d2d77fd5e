import sharp from 'sharp';
import type { GreyImage } from './greyPixels';
import type { OcrPassKind } from './ocrTypes';
import type { Rotation } from './passGeometry';

/**
 * How one pass looks at the image. `inverted: 'dark'` takes the negative only when the image is
 * mostly dark, so the pass always sees a light page.
 */
export type PassPlan = { kind: OcrPassKind; rotation: Rotation; inverted: boolean | 'dark'; threshold: 'otsu' | 'sauvola' };

export const PASS_PLANS: Record<OcrPassKind, PassPlan> = {
  // Global (Otsu) threshold on the image as it is: reads clean text on a flat background.
  upright: { kind: 'upright', rotation: 0, inverted: false, threshold: 'otsu' },
  // White text on a dark radiograph, often over bone: the negative, stretched, with a local
  // (Sauvola) threshold, reads text over the mid-grey body that a global threshold loses.
  inverted: { kind: 'inverted', rotation: 0, inverted: true, threshold: 'sauvola' },
  // Vertical text along a film's edge reads bottom-to-top (turn 90° clockwise to read it) or
  // top-to-bottom (turn 270°).
  rotated90: { kind: 'rotated90', rotation: 90, inverted: 'dark', threshold: 'sauvola' },
  rotated270: { kind: 'rotated270', rotation: 270, inverted: 'dark', threshold: 'sauvola' },
};

export function isMostlyDark(image: GreyImage): boolean {
  const { data } = image;
  const step = Math.max(1, Math.floor(data.length / 100_000));
  let sum = 0;
  let n = 0;
  for (let i = 0; i < data.length; i += step, n++) sum += data[i];
  return sum / Math.max(1, n) < 110;
}

/** Turns a grey image clockwise by 90° or 270°. */
export function rotateGrey(image: GreyImage, rotation: Rotation): GreyImage {
  if (rotation === 0) return image;
  const { width: W, height: H, data } = image;
  const out = new Uint8Array(W * H);
  // Rotated image is H wide and W tall.
  if (rotation === 90) {
    for (let y = 0; y < H; y++) {
      const row = y * W;
      const u = H - 1 - y;
      for (let x = 0; x < W; x++) out[x * H + u] = data[row + x];
    }
  } else {
    for (let y = 0; y < H; y++) {
      const row = y * W;
      for (let x = 0; x < W; x++) out[(W - 1 - x) * H + y] = data[row + x];
    }
  }
  return { width: H, height: W, data: out };
}

/** The negative with its 0.5th–99.5th percentiles stretched to full range. */
export function invertStretched(image: GreyImage): GreyImage {
  const { data } = image;
  const histogram = new Uint32Array(256);
  for (let i = 0; i < data.length; i++) histogram[data[i]]++;
  const clip = data.length * 0.005;
  let lo = 0;
  for (let seen = 0; lo < 255 && seen + histogram[lo] <= clip; lo++) seen += histogram[lo];
  let hi = 255;
  for (let seen = 0; hi > 0 && seen + histogram[hi] <= clip; hi--) seen += histogram[hi];
  if (hi <= lo) {
    lo = 0;
    hi = 255;
  }
  const lut = new Uint8Array(256);
  for (let v = 0; v < 256; v++) lut[v] = 255 - Math.max(0, Math.min(255, Math.round(((v - lo) * 255) / (hi - lo))));
  const out = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i++) out[i] = lut[data[i]];
  return { width: image.width, height: image.height, data: out };
}

/** The pass's image, scaled by `scale`, as a PNG tesseract can read (fast, uncompressed). */
export async function renderPass(
  image: GreyImage,
  plan: PassPlan,
  scale: number,
): Promise<{ png: Buffer; width: number; height: number; inverted: boolean }> {
  let pass = rotateGrey(image, plan.rotation);
  const inverted = plan.inverted === 'dark' ? isMostlyDark(image) : plan.inverted;
  if (inverted) pass = invertStretched(pass);
  let pipeline = sharp(pass.data, { raw: { width: pass.width, height: pass.height, channels: 1 } });
  const width = Math.round(pass.width * scale);
  const height = Math.round(pass.height * scale);
  if (scale !== 1) pipeline = pipeline.resize(width, height, { fit: 'fill', kernel: 'lanczos3' });
  const png = await pipeline.png({ compressionLevel: 0, adaptiveFiltering: false }).toBuffer();
  return { png, width, height, inverted };
}
