import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Asset } from '../../shared/model/asset';
import type { AssetAnalysis } from '../../shared/model/assetAnalysis';
import { PostDocument } from '../../shared/model/postDocument';
import type { ImageObject, RedactionObject } from '../../shared/model/slideObjects';
import { readZip } from '../../electron/services/export/zipArchive';
import { shutdownOcr } from '../../electron/services/ocr/tesseractPool';
import { samplesDir } from '../fixtures/tempLibrary';
import { CANVAS, REDACTION_FILL, createPost, exportAndDownload, openExportWorld, threeSlides, type ExportWorld } from './exportSetup';

let world: ExportWorld;
let doc: PostDocument;
let postId: string;

beforeAll(async () => {
  world = await openExportWorld();
  const xray = await world.importSample('images/xray-7-00.png');
  const analysis = await world.call<AssetAnalysis>('assets.analyze', { id: xray.id });
  expect((await world.call<Asset>('assets.get', { id: xray.id })).phiStatus).toBe('holds-phi');
  doc = threeSlides(xray, analysis);
  postId = await createPost(world, doc);
}, 120_000);
afterAll(async () => {
  world?.close();
  await shutdownOcr();
});

/** exiftool's own reading of a file: every tag it finds, by group. */
function exiftool(bytes: Uint8Array, ext: string): Record<string, unknown> {
  const file = path.join(world.dir, `check-${Math.random().toString(36).slice(2)}.${ext}`);
  fs.writeFileSync(file, bytes);
  try {
    return JSON.parse(execFileSync('exiftool', ['-j', '-a', '-G1', file], { encoding: 'utf8' }))[0];
  } finally {
    fs.rmSync(file);
  }
}

// What exiftool may say about a metadata-free file: the file system, the container, the pixels' shape.
const STRUCTURE = /^(SourceFile|ExifTool:.*|System:.*|File:(FileType|FileTypeExtension|MIMEType|ImageWidth|ImageHeight|EncodingProcess|BitsPerSample|ColorComponents|YCbCrSubSampling)|PNG:(ImageWidth|ImageHeight|BitDepth|ColorType|Compression|Filter|Interlace)|JFIF:(JFIFVersion|ResolutionUnit|XResolution|YResolution)|PDF:(PDFVersion|Linearized|PageCount)|Composite:(ImageSize|Megapixels))$/;
const metadataIn = (bytes: Uint8Array, ext: string) => Object.keys(exiftool(bytes, ext)).filter((k) => !STRUCTURE.test(k));

/** Every pixel well inside each accepted box of slide 2, read from the exported image. */
async function redactedPixels(image: Uint8Array | Buffer, inset: number): Promise<{ boxes: number; count: number; values: Set<string> }> {
  const { data, info } = await sharp(image).raw().toBuffer({ resolveWithObject: true });
  const boxes = doc.slides[1].objects.filter((o): o is RedactionObject => o.type === 'redaction');
  const values = new Set<string>();
  let count = 0;
  for (const b of boxes) {
    for (let y = Math.ceil(b.y) + inset; y < Math.floor(b.y + b.height) - inset; y++) {
      for (let x = Math.ceil(b.x) + inset; x < Math.floor(b.x + b.width) - inset; x++) {
        const i = (y * info.width + x) * info.channels;
        count++;
        values.add([data[i], data[i + 1], data[i + 2]].map((v) => v.toString(16).padStart(2, '0')).join(''));
      }
    }
  }
  return { boxes: boxes.length, count, values };
}

describe('posts.export', () => {
  it('exports one slide as a PNG at the canvas size, without metadata, the redactions burned in their fill', async () => {
    const progress: string[] = [];
    const stop = world.studio.subscribe((e) => e.type === 'job.progress' && e.jobId === 'export-png-0001' && progress.push(e.message));
    const { result, file } = await exportAndDownload(world, { id: postId, kind: 'png', slideIds: [doc.slides[1].id], jobId: 'export-png-0001' });
    stop();
    expect(result).toMatchObject({ name: 'post-02.png', mime: 'image/png', files: [{ name: 'post-02.png', width: 1080, height: 1350 }] });
    expect(file.mime).toBe('image/png');
    expect(file.data.length).toBe(result.bytes);
    expect(await sharp(file.data).metadata()).toMatchObject({ width: 1080, height: 1350, format: 'png' });
    expect(metadataIn(file.data, 'png')).toEqual([]);
    const { boxes, count, values } = await redactedPixels(file.data, 1);
    expect(boxes).toBeGreaterThan(0);
    expect(count).toBeGreaterThan(500);
    expect([...values]).toEqual([REDACTION_FILL.slice(1)]);
    expect(progress).toEqual(expect.arrayContaining(['Drawing slide 1 of 1', 'Checking the exported file', 'Exported']));
    expect(result.verified.join('\n')).toMatch(/OCR re-read of \d+ redacted areas?: no text/);
    expect(result.verified.join('\n')).toMatch(/exiftool: no metadata tags/);
  }, 60_000);

  it('exports every slide as JPEG (a ZIP of three) with no EXIF or XMP, the redactions within JPEG noise of their fill', async () => {
    const { result, file } = await exportAndDownload(world, { id: postId, kind: 'jpeg' });
    expect(result).toMatchObject({ name: 'post.zip', mime: 'application/zip' });
    const entries = readZip(Buffer.from(file.data));
    expect(entries.map((e) => e.name)).toEqual(['post-01.jpg', 'post-02.jpg', 'post-03.jpg']);
    for (const e of entries) {
      expect(await sharp(e.data).metadata()).toMatchObject({ width: 1080, height: 1350, format: 'jpeg' });
      expect(metadataIn(e.data, 'jpg')).toEqual([]);
    }
    expect(result.verified.join('\n')).toMatch(/OCR re-read of [1-9]\d* redacted areas?: no text/);
    const { values, count } = await redactedPixels(entries[1].data, 3);
    expect(count).toBeGreaterThan(200);
    const fill = [1, 3, 5].map((i) => parseInt(REDACTION_FILL.slice(i, i + 2), 16));
    for (const v of values) [0, 2, 4].forEach((i, c) => expect(Math.abs(parseInt(v.slice(i, i + 2), 16) - fill[c])).toBeLessThanOrEqual(16));
  }, 60_000);

  it('exports a PDF with one page per slide at the canvas size, no Info dictionary and no text', async () => {
    const { result, file } = await exportAndDownload(world, { id: postId, kind: 'pdf' });
    expect(result).toMatchObject({ name: 'post.pdf', mime: 'application/pdf' });
    const pdf = await PDFDocument.load(file.data, { updateMetadata: false });
    expect(pdf.getPageCount()).toBe(3);
    for (const page of pdf.getPages()) expect(page.getSize()).toEqual({ width: CANVAS.width, height: CANVAS.height });
    expect(pdf.context.trailerInfo.Info).toBeUndefined();
    expect(pdf.getProducer()).toBeUndefined();
    expect(metadataIn(file.data, 'pdf')).toEqual([]);
    const text = Buffer.from(file.data).toString('latin1');
    expect(['/Font', '/Metadata', '/Info', '/Producer'].filter((key) => text.includes(key))).toEqual([]);
    expect(result.verified.join('\n')).toMatch(/PDF: 3 pages/);
  }, 60_000);

  it('exports a ZIP of PNGs with neutral names and a fixed date', async () => {
    const { result, file } = await exportAndDownload(world, { id: postId, kind: 'zip' });
    expect(result.files.map((f) => f.name)).toEqual(['post-01.png', 'post-02.png', 'post-03.png']);
    const entries = readZip(Buffer.from(file.data));
    for (const e of entries) expect(await sharp(e.data).metadata()).toMatchObject({ width: 1080, height: 1350, format: 'png' });
    expect([...(await redactedPixels(entries[1].data, 1)).values]).toEqual([REDACTION_FILL.slice(1)]);
    const tags = exiftool(file.data, 'zip');
    expect(Object.entries(tags).filter(([k]) => k.endsWith('ZipModifyDate')).map(([, v]) => v)).toEqual(['1980:01:01 00:00:00']);
    expect(Object.keys(tags).filter((k) => /original|xray|Case/i.test(String(tags[k])))).toEqual([]);
  }, 60_000);

  it('mosaics labels under pixelate and blur boxes past the OCR re-read', async () => {
    const gold = JSON.parse(fs.readFileSync(path.join(samplesDir, 'images', 'gold.json'), 'utf8'))['xray-7-00.png'] as { keep: { box: number[] }[] };
    const image = doc.slides[1].objects[0] as ImageObject;
    const scale = image.width / 1536;
    for (const mode of ['pixelate', 'blur'] as const) {
      const boxes = gold.keep.map(({ box: [x, y, w, h] }, i) => ({
        type: 'redaction', id: `${mode}${i}`, mode, imageId: image.id, x: image.x + x * scale - 4, y: image.y + y * scale - 4, width: w * scale + 8, height: h * scale + 8,
      }));
      const slide = { ...doc.slides[1], objects: [...doc.slides[1].objects, ...boxes] };
      const id = await createPost(world, PostDocument.parse({ ...doc, slides: [slide] }));
      const { result } = await exportAndDownload(world, { id, kind: 'png' });
      expect(result.verified.join('\n')).toMatch(new RegExp(`OCR re-read of ${gold.keep.length} redacted areas: no text`));
    }
  }, 90_000);

  it('draws a DICOM image through the viewer’s renderer, at full resolution', async () => {
    const ct = await world.importSample('dicom/ct-7-02.dcm');
    const analysis = await world.call<AssetAnalysis>('assets.analyze', { id: ct.id });
    expect(analysis.findings.filter((f) => f.kind !== 'face')).toEqual([]);
    const slide = { ...doc.slides[0], id: 'ct-slide', objects: [{ ...doc.slides[1].objects[0], id: 'ct', assetId: ct.id, x: 0, y: 0, width: 1080, height: 1080 }] };
    const ctPost = await createPost(world, PostDocument.parse({ ...doc, slides: [slide] }));
    const { file } = await exportAndDownload(world, { id: ctPost, kind: 'png' });
    const { data, info } = await sharp(file.data).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([1080, 1350]);
    // A CT slice in its stored window: many grey levels inside the image, the slide's white below it.
    const greys = new Set<number>();
    for (let y = 100; y < 1000; y += 7) for (let x = 100; x < 1000; x += 7) greys.add(data[(y * info.width + x) * info.channels]);
    expect(greys.size).toBeGreaterThan(40);
    expect(data[(1200 * info.width + 500) * info.channels]).toBe(255);
  }, 90_000);

  it('keeps exports for download under the library and refuses ids that are not its own', async () => {
    const { result } = await exportAndDownload(world, { id: postId, kind: 'png', slideIds: [doc.slides[0].id] });
    expect(fs.readdirSync(path.join(world.dir, 'exports', result.exportId))).toEqual(['post-01.png']);
    for (const exportId of ['../library.sqlite', 'f'.repeat(32)]) {
      expect(await world.studio.dispatch('exports.download', { exportId })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    }
  }, 60_000);
});
