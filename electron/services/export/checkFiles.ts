import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, PDFRef, type PDFArray } from 'pdf-lib';
import sharp from 'sharp';
import { StudioFailure } from '../../../shared/api/errors';
import { jpegSegments } from '../metadata/jpegSegments';
import { pngChunks } from '../metadata/pngChunks';
import { readMetadata } from '../metadata/readMetadata';
import type { SlidePixels } from './verifyRedactions';

const inflate = promisify(zlib.inflate);
const fail = (message: string) => new StudioFailure('internal', `${message}; nothing was saved.`);

// Only what a PNG needs to hold its pixels: no tEXt/iTXt/zTXt, eXIf, tIME, iCCP or unknown chunks.
const PNG_CHUNKS = new Set(['IHDR', 'IDAT', 'IEND']);
// SOI/EOI aside: JFIF header, quantisation and Huffman tables, frame and scan headers, restart interval.
const JPEG_MARKERS = new Set([0xe0, 0xdb, 0xc4, 0xc0, 0xc2, 0xda, 0xdd]);

const PAGE_OPERATORS = new Set(['q', 'Q', 'cm', 'Do']);

async function decode(bytes: Buffer, number: number): Promise<SlidePixels> {
  const { data, info } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
  if (info.channels !== 3 && info.channels !== 4) throw fail(`Slide ${number} came out with ${info.channels} colour channels`);
  return { number, width: info.width, height: info.height, channels: info.channels, data };
}

export async function checkPngFile(bytes: Buffer, number: number, label: string): Promise<SlidePixels> {
  const extra = pngChunks(bytes).map((c) => c.type).filter((t) => !PNG_CHUNKS.has(t));
  if (extra.length) throw fail(`${label} holds ${extra.join(', ')} chunks`);
  const meta = await readMetadata(bytes);
  if (meta.length) throw fail(`${label} carries metadata (${meta.map((m) => m.label).join(', ')})`);
  return decode(bytes, number);
}

export async function checkJpegFile(bytes: Buffer, number: number, label: string): Promise<SlidePixels> {
  const extra = jpegSegments(bytes).filter((s) => !JPEG_MARKERS.has(s.marker));
  if (extra.length) throw fail(`${label} holds segments ${extra.map((s) => `0x${s.marker.toString(16)}`).join(', ')}`);
  const meta = await readMetadata(bytes);
  if (meta.length) throw fail(`${label} carries metadata (${meta.map((m) => m.label).join(', ')})`);
  return decode(bytes, number);
}

function streamText(stream: unknown): string {
  if (!(stream instanceof PDFRawStream)) throw fail('A PDF page has contents of an unexpected kind');
  const filter = stream.dict.get(PDFName.of('Filter'));
  const raw = Buffer.from(stream.contents);
  return (filter ? zlib.inflateSync(raw) : raw).toString('latin1');
}

/**
 * Reads the PDF back: no Info dictionary, no XMP, and on every page one image drawn and nothing
 * else (no text operators, no fonts); returns each page's size and its image's pixels.
 */
export async function checkPdfFile(bytes: Buffer, firstNumber: (page: number) => number): Promise<{ pages: { width: number; height: number }[]; pixels: SlidePixels[] }> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  if (pdf.context.trailerInfo.Info) throw fail('The PDF carries an Info dictionary');
  if (pdf.catalog.get(PDFName.of('Metadata'))) throw fail('The PDF carries an XMP metadata stream');
  if (/\/(Producer|Creator|Author|Title|CreationDate|ModDate)\b/.test(bytes.toString('latin1'))) throw fail('The PDF names its producer or dates');
  const pages: { width: number; height: number }[] = [];
  const pixels: Promise<SlidePixels>[] = [];
  for (const [index, page] of pdf.getPages().entries()) {
    const { width, height } = page.getSize();
    pages.push({ width, height });
    const contents = page.node.Contents();
    const streams = contents === undefined ? [] : 'asArray' in contents ? (contents as PDFArray).asArray().map((r) => pdf.context.lookup(r)) : [contents];
    const ops = streams.map(streamText).join('\n');
    // Only numbers, names and the operators that place one image: any other token (BT, Tj, a string) is text.
    const stray = ops.split(/\s+/).filter((t) => t && !/^-?\d*\.?\d+$/.test(t) && !/^\/[\w.-]+$/.test(t) && !PAGE_OPERATORS.has(t));
    if (stray.length) throw fail(`Page ${index + 1} of the PDF holds more than its image (${stray.slice(0, 3).join(' ')})`);
    const fonts = page.node.Resources()?.lookupMaybe(PDFName.of('Font'), PDFDict);
    if (fonts && fonts.keys().length) throw fail(`Page ${index + 1} of the PDF carries fonts`);
    const xobjects = page.node.Resources()?.lookupMaybe(PDFName.of('XObject'), PDFDict);
    const images = xobjects ? xobjects.values().map((v) => (v instanceof PDFRef ? pdf.context.lookup(v) : v)) : [];
    if (images.length !== 1 || !(images[0] instanceof PDFRawStream)) throw fail(`Page ${index + 1} of the PDF is not one image`);
    const image = images[0];
    const num = (key: string) => (image.dict.get(PDFName.of(key)) as PDFNumber | undefined)?.asNumber() ?? 0;
    if (image.dict.get(PDFName.of('SMask')) || num('BitsPerComponent') !== 8) throw fail(`Page ${index + 1}'s image is not plain 8-bit colour`);
    const w = num('Width');
    const h = num('Height');
    pixels.push(
      inflate(Buffer.from(image.contents)).then((data) => {
        if (data.length !== w * h * 3) throw fail(`Page ${index + 1}'s image does not decode to its size`);
        return { number: firstNumber(index), width: w, height: h, channels: 3 as const, data };
      }),
    );
  }
  return { pages, pixels: await Promise.all(pixels) };
}
