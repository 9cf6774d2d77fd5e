import fs from 'node:fs';
import path from 'node:path';
import { StudioFailure } from '../../../shared/api/errors';
import { newStagingPath } from '../library/staging';
import type { Library } from '../library/library';
import { checkJpegFile, checkPdfFile, checkPngFile } from './checkFiles';
import { exiftoolFindsNothing } from './exiftoolCheck';
import type { RenderedSlide } from './renderSlides';
import { checkRedactedArea, ocrRedactedAreas, type AreaCheck, type SlidePixels } from './verifyRedactions';
import { readZip } from './zipArchive';

export type ExportKind = 'png' | 'jpeg' | 'pdf' | 'zip';
export type PlannedFile = { name: string; slide: RenderedSlide };

const fail = (message: string) => new StudioFailure('internal', `${message}; nothing was saved.`);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function samePixels(file: SlidePixels, slide: RenderedSlide): boolean {
  for (let i = 0, j = 0; i < slide.width * slide.height * 4; i += 4, j += file.channels) {
    if (file.data[j] !== slide.rgba[i] || file.data[j + 1] !== slide.rgba[i + 1] || file.data[j + 2] !== slide.rgba[i + 2]) return false;
  }
  return true;
}

/**
 * Reads the written file back from disk as a stranger would and checks every promise the export
 * makes: pixel size, no metadata (own reader, and exiftool when installed), PDF pages that are
 * only images, redactions solid in the pixels and unreadable by OCR. Throws on the first broken
 * promise; returns what was checked, in words, for the export result.
 */
export async function verifyExport(lib: Library, kind: ExportKind, file: string, planned: readonly PlannedFile[], signal: AbortSignal): Promise<string[]> {
  const bytes = await fs.promises.readFile(file);
  const verified: string[] = [];
  let pixels: SlidePixels[];
  const jpeg = kind === 'jpeg';
  if (kind === 'pdf') {
    const pdf = await checkPdfFile(bytes, (page) => planned[page]?.slide.number ?? page + 1);
    if (pdf.pages.length !== planned.length) throw fail(`The PDF has ${pdf.pages.length} pages for ${planned.length} slides`);
    pdf.pages.forEach((p, i) => {
      if (p.width !== planned[i].slide.width || p.height !== planned[i].slide.height) throw fail(`Page ${i + 1} of the PDF is ${p.width}×${p.height} points`);
    });
    verified.push(`PDF: ${plural(planned.length, 'page')}, one slide image each at 1 px = 1 pt, with no text, fonts, Info dictionary or XMP`);
    pixels = pdf.pixels;
  } else if (planned.length === 1 && kind !== 'zip') {
    const label = planned[0].name;
    pixels = [jpeg ? await checkJpegFile(bytes, planned[0].slide.number, label) : await checkPngFile(bytes, planned[0].slide.number, label)];
  } else {
    const entries = readZip(bytes);
    const names = entries.map((e) => e.name).join(', ');
    if (names !== planned.map((p) => p.name).join(', ')) throw fail(`The ZIP holds ${names}`);
    verified.push(`ZIP: ${plural(entries.length, 'stored entry', 'stored entries')} with neutral names, a fixed date, no extra fields, CRCs match`);
    pixels = [];
    for (const [i, e] of entries.entries()) {
      const n = planned[i].slide.number;
      pixels.push(jpeg ? await checkJpegFile(e.data, n, e.name) : await checkPngFile(e.data, n, e.name));
    }
  }
  pixels.forEach((p, i) => {
    const s = planned[i].slide;
    if (p.width !== s.width || p.height !== s.height) throw fail(`Slide ${s.number} came out ${p.width}×${p.height} instead of ${s.width}×${s.height}`);
  });
  const { width, height } = planned[0].slide;
  verified.push(`pixel size: ${plural(pixels.length, 'image')} of ${width}×${height}, the canvas size`);
  if (kind === 'jpeg') verified.push('metadata: JPEG segments are only JFIF, tables, frame and scan; the metadata reader finds nothing');
  else if (kind !== 'pdf') verified.push('metadata: PNG chunks are only IHDR, IDAT and IEND; the metadata reader finds nothing');
  if (!jpeg) {
    pixels.forEach((p, i) => {
      if (!samePixels(p, planned[i].slide)) throw fail(`Slide ${planned[i].slide.number} does not read back as drawn`);
    });
    verified.push('pixels read back equal the drawn slides');
  }
  verified.push(...(await checkRedactions(pixels, planned, jpeg, signal)));
  verified.push(await runExiftool(lib, kind, file, bytes));
  return verified;
}

async function checkRedactions(pixels: SlidePixels[], planned: readonly PlannedFile[], jpeg: boolean, signal: AbortSignal): Promise<string[]> {
  // JPEG blurs edges over its 8-pixel blocks and shifts flat colours by a few levels.
  const [margin, tolerance] = jpeg ? [8, 12] : [1, 0];
  const areas: AreaCheck[] = [];
  pixels.forEach((p, i) => {
    for (const r of planned[i].slide.redactions) areas.push(checkRedactedArea(p, r, margin, tolerance));
  });
  if (areas.length === 0) return ['redactions: none on these slides'];
  const solid = areas.filter((a) => a.redaction.mode === 'solid');
  const checked = solid.reduce((sum, a) => sum + a.checkedPixels, 0);
  const out: string[] = [];
  if (solid.length) {
    const how = jpeg ? `within ${tolerance} levels (JPEG)` : 'exactly';
    out.push(`redactions: ${plural(solid.length, 'solid box', 'solid boxes')} are their fill colour ${how} in all ${checked.toLocaleString('en')} pixels checked`);
  }
  const { read, uniform } = await ocrRedactedAreas(areas, signal);
  const skipped = uniform ? ` (${plural(uniform, 'area is', 'areas are')} one exact colour: nothing to read)` : '';
  out.push(`OCR re-read of ${plural(read, 'redacted area')}: no text${skipped}`);
  return out;
}

async function runExiftool(lib: Library, kind: ExportKind, file: string, bytes: Buffer): Promise<string> {
  const files = [file];
  // A ZIP's images are checked one by one too: exiftool reads the archive's directory, not its entries.
  const temp = kind === 'zip' ? newStagingPath(lib, '-check') : null;
  try {
    if (temp) {
      await fs.promises.mkdir(temp);
      for (const e of readZip(bytes)) {
        const target = path.join(temp, e.name);
        await fs.promises.writeFile(target, e.data);
        files.push(target);
      }
    }
    const ran = await exiftoolFindsNothing(files, (f) => path.basename(f) === path.basename(file) ? 'The exported file' : path.basename(f));
    return ran ? `exiftool: no metadata tags in ${plural(files.length, 'file')}` : 'exiftool is not installed: the built-in metadata reader checked the files';
  } finally {
    if (temp) await fs.promises.rm(temp, { recursive: true, force: true });
  }
}
