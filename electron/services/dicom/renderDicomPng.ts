import sharp from 'sharp';
import { StudioFailure } from '../../../shared/api/errors';
import { readDicom } from './dicomCodec';
import { readPixelLayout } from './pixelLayout';
import { renderFrame, type RenderedFrame, type WindowChoice } from './renderFrame';

export type RenderDicomPngOptions = { window?: WindowChoice; frame?: number };

/** One frame of a DICOM file as raw 8-bit pixels: what the PNG holds, for callers that want the samples. */
export function renderDicomFrame(input: Uint8Array, options: RenderDicomPngOptions = {}): RenderedFrame {
  const { dict, transferSyntax } = readDicom(input);
  const layout = readPixelLayout(dict, transferSyntax);
  if (!layout) throw new StudioFailure('unsupported', 'This DICOM file holds no image (no pixel data), so there is nothing to draw.');
  return renderFrame({ dict, layout }, { window: options.window, frame: options.frame ?? 0 });
}

/**
 * One frame of a DICOM image as an 8-bit PNG at its native size (first frame unless told; the
 * file's first window unless a preset or an explicit window is asked for). sharp writes no
 * metadata unless asked, so the PNG holds only its basic chunks: nothing from the header.
 * Give it a de-identified file: it draws what it is given.
 */
export async function renderDicomPng(input: Uint8Array, options: RenderDicomPngOptions = {}): Promise<{ png: Buffer; width: number; height: number }> {
  const frame = renderDicomFrame(input, options);
  const image = sharp(Buffer.from(frame.data.buffer, frame.data.byteOffset, frame.data.byteLength), {
    raw: { width: frame.width, height: frame.height, channels: frame.channels },
  });
  // Without this sharp widens one grey channel to sRGB: three times the bytes for the same picture.
  if (frame.channels === 1) image.toColourspace('b-w');
  const png = await image.png({ compressionLevel: 6 }).toBuffer();
  return { png, width: frame.width, height: frame.height };
}
