import { PDFDocument, PDFName } from 'pdf-lib';

/**
 * One page per slide, each page nothing but the slide's image at 1 pixel = 1 point: no text layer
 * to copy hidden words from, no Info dictionary (producer, dates), no XMP.
 */
export async function writePdf(pages: readonly { png: Buffer; width: number; height: number }[]): Promise<Buffer> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  for (const p of pages) {
    const image = await pdf.embedPng(p.png);
    const page = pdf.addPage([p.width, p.height]);
    page.drawImage(image, { x: 0, y: 0, width: p.width, height: p.height });
    // pdf-lib opens empty Font and ExtGState dictionaries on every page; a page of one image needs neither.
    page.node.Resources()?.delete(PDFName.of('Font'));
    page.node.Resources()?.delete(PDFName.of('ExtGState'));
  }
  // pdf-lib links an empty Info dictionary from the trailer even without metadata: drop it.
  const info = pdf.context.trailerInfo.Info;
  if (info) {
    pdf.context.delete(info as never);
    pdf.context.trailerInfo.Info = undefined;
  }
  pdf.catalog.delete(PDFName.of('Metadata'));
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}
