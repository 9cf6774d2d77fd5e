import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { concatTransformationMatrix, drawObject, PDFDocument, PDFName, popGraphicsState, pushGraphicsState } from 'pdf-lib';

const deflate = promisify(zlib.deflate);

export type PdfPage = { width: number; height: number; /** RGB, row by row. */ rgb: Buffer };

/** Drops the alpha of straight RGBA (slides are opaque). */
export function rgbOf(rgba: Buffer): Buffer {
  const out = Buffer.alloc((rgba.length / 4) * 3);
  for (let i = 0, j = 0; i < rgba.length; i += 4, j += 3) {
    out[j] = rgba[i];
    out[j + 1] = rgba[i + 1];
    out[j + 2] = rgba[i + 2];
  }
  return out;
}

/**
 * One page per slide, each page nothing but the slide's pixels at 1 pixel = 1 point: no text
 * layer to copy hidden words from, no fonts, no Info dictionary (producer, dates), no XMP. The
 * image is written as lossless Flate-compressed RGB by node's zlib (pdf-lib's own PNG embedding
 * decodes and re-compresses in JavaScript, several times slower).
 */
export async function writePdf(pages: readonly PdfPage[]): Promise<{ pdf: Buffer; pageBytes: number[] }> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  // Compressed on libuv's thread pool, all pages at once.
  const streams = await Promise.all(pages.map((p) => deflate(p.rgb, { level: 6 })));
  const pageBytes = streams.map((c) => c.length);
  for (const [i, p] of pages.entries()) {
    const compressed = streams[i];
    const image = pdf.context.stream(compressed, {
      Type: 'XObject',
      Subtype: 'Image',
      Width: p.width,
      Height: p.height,
      ColorSpace: 'DeviceRGB',
      BitsPerComponent: 8,
      Filter: 'FlateDecode',
    });
    const page = pdf.addPage([p.width, p.height]);
    const name = page.node.newXObject('Slide', pdf.context.register(image));
    page.pushOperators(pushGraphicsState(), concatTransformationMatrix(p.width, 0, 0, p.height, 0, 0), drawObject(name), popGraphicsState());
    // pdf-lib opens empty Font and ExtGState dictionaries on every page; a page of one image needs neither.
    page.node.Resources()?.delete(PDFName.of('Font'));
    page.node.Resources()?.delete(PDFName.of('ExtGState'));
  }
  // pdf-lib links an Info dictionary from the trailer even without metadata: drop it.
  const info = pdf.context.trailerInfo.Info;
  if (info) {
    pdf.context.delete(info as never);
    pdf.context.trailerInfo.Info = undefined;
  }
  pdf.catalog.delete(PDFName.of('Metadata'));
  return { pdf: Buffer.from(await pdf.save({ useObjectStreams: false })), pageBytes };
}
