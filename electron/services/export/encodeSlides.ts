import sharp from 'sharp';
import type { RenderedSlide } from './renderSlides';

export const JPEG_QUALITY = 92;

function pixels(slide: RenderedSlide) {
  // Slides are opaque (every slide has a background): alpha is dropped, not flattened.
  return sharp(slide.rgba, { raw: { width: slide.width, height: slide.height, channels: 4 } }).removeAlpha();
}

const PNG_KEEP = new Set(['IHDR', 'IDAT', 'IEND']);

/**
 * Keeps only the chunks that hold the pixels. sharp writes no text, time or EXIF chunks unless
 * asked, but it does write pHYs (a pixel density): harmless, yet not ours to say either.
 */
export function onlyPixelChunks(png: Buffer): Buffer {
  const parts: Buffer[] = [png.subarray(0, 8)];
  for (let at = 8; at + 12 <= png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    if (PNG_KEEP.has(type)) parts.push(png.subarray(at, at + 12 + length));
    at += 12 + length;
  }
  return Buffer.concat(parts);
}

export async function encodePng(slide: RenderedSlide): Promise<Buffer> {
  return onlyPixelChunks(await pixels(slide).png({ compressionLevel: 6, adaptiveFiltering: false }).toBuffer());
}

/** Baseline JPEG, full chroma (coloured text and thin arrows stay sharp), no EXIF, XMP or ICC. */
export async function encodeJpeg(slide: RenderedSlide): Promise<Buffer> {
  return pixels(slide).jpeg({ quality: JPEG_QUALITY, chromaSubsampling: '4:4:4' }).toBuffer();
}
