import { drawStrokes, inkBounds, type Stroke } from './signatureStrokes';

/** How many PNG pixels per CSS pixel of the pad: sharp when the form is printed. */
const EXPORT_SCALE = 3;
const PADDING = 6;

/** The signature as a PNG cropped to its ink on a transparent ground, ready for the form's signature line. */
export async function signaturePng(strokes: readonly Stroke[]): Promise<Uint8Array> {
  const bounds = inkBounds(strokes);
  if (!bounds) throw new Error('Sign on the pad first.');
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil((bounds.width + 2 * PADDING) * EXPORT_SCALE);
  canvas.height = Math.ceil((bounds.height + 2 * PADDING) * EXPORT_SCALE);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw the signature.');
  ctx.scale(EXPORT_SCALE, EXPORT_SCALE);
  drawStrokes(ctx, strokes, '#0b1f3a', { x: bounds.x - PADDING, y: bounds.y - PADDING });
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The signature could not be saved as an image.');
  return new Uint8Array(await blob.arrayBuffer());
}
