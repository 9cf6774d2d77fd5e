import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { loadImage } from 'canvas';
import * as fab from 'fabric/node';
import sharp from 'sharp';
import { expect, test } from '@playwright/test';
import { drawSlide } from '../../draw/drawObject';
import { Slide } from '../../shared/model/postDocument';
import { registerExportFonts } from '../../electron/services/export/exportFonts';
import { bundledFontFiles } from '../../electron/services/templates/bundledFonts';
import { repoRoot, samples } from './webHostFixture';

// One render path, two rasterisers: Chromium draws the editor's canvas with Skia, the export
// draws with node-canvas (Cairo). The same slide through draw/ must come out nearly the same.

const SIZE = { width: 1080, height: 1350 };
const style = (fontFamily: string, fontSize: number, extra: object = {}) => ({ fontFamily, fontSize, fontWeight: 400, italic: false, fill: '#1d2433', ...extra });

const slide = Slide.parse({
  id: 'parity',
  background: '#f4f1ea',
  altText: 'Parity test slide',
  objects: [
    { type: 'shape', id: 'band', shape: 'roundRect', x: 60, y: 50, width: 960, height: 170, fill: '#0f4c81', radius: 28 },
    { type: 'text', id: 'title', x: 90, y: 80, width: 900, height: 120, text: 'Scaphoid fracture: the snuffbox sign', style: style('Inter', 56, { fontWeight: 700, fill: '#ffffff' }), ranges: [{ start: 18, end: 36, style: { italic: true, fill: '#ffd166' } }] },
    { type: 'image', id: 'xray', assetId: 'xray', x: 90, y: 260, width: 620, height: 620, crop: { x: 0.1, y: 0.05, width: 0.85, height: 0.85 }, flipX: true, window: { level: 110, width: 180 } },
    { type: 'redaction', id: 'solid', x: 90, y: 800, width: 300, height: 60, fill: '#000000', imageId: 'xray' },
    { type: 'redaction', id: 'mosaic', x: 480, y: 300, width: 200, height: 120, mode: 'pixelate', imageId: 'xray' },
    { type: 'line', id: 'arrow', x1: 900, y1: 430, x2: 600, y2: 560, stroke: '#e4572e', strokeWidth: 10, startEnd: 'dot' },
    { type: 'line', id: 'dashed', x1: 760, y1: 700, x2: 1000, y2: 700, stroke: '#2a9d8f', strokeWidth: 6, dashed: true, endEnd: 'none' },
    { type: 'shape', id: 'ring', shape: 'ellipse', x: 760, y: 760, width: 220, height: 160, fill: null, stroke: '#e4572e', strokeWidth: 8 },
    { type: 'shape', id: 'tri', shape: 'triangle', x: 800, y: 260, width: 160, height: 120, fill: '#2a9d8f', rotation: 15 },
    { type: 'marker', id: 'm1', number: 7, x: 620, y: 600, width: 70, height: 70, fill: '#e4572e' },
    { type: 'icon', id: 'heart', icon: 'heart', x: 90, y: 1180, width: 96, height: 96, fill: '#c1121f' },
    { type: 'icon', id: 'bone', icon: 'bone', x: 210, y: 1180, width: 96, height: 96, fill: '#6c757d', rotation: 30 },
    { type: 'text', id: 'body', x: 330, y: 920, width: 660, height: 360, text: 'Tenderness in the anatomical snuffbox after a fall on an outstretched hand. The first films can look normal: treat the clinical picture, immobilise, and repeat imaging in 10–14 days.', style: style('Source Sans 3', 60), align: 'justify', lineHeight: 1.3 },
  ],
});

async function rgb(png: Buffer) {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

test('a slide drawn by draw/ in Chromium (Skia) matches the export (node-canvas, Cairo)', async ({ page }, testInfo) => {
  const xrayPng = fs.readFileSync(path.join(samples, 'images', 'xray-7-00.png'));

  // Node: exactly what the export does.
  registerExportFonts();
  const nodeCanvas = new fab.StaticCanvas(undefined, { ...SIZE, enableRetinaScaling: false });
  const xray = await loadImage(xrayPng);
  drawSlide(fab, nodeCanvas as never, slide, { mode: 'export', image: (id) => (id === 'xray' ? (xray as never) : null) });
  const cairo = await rgb(nodeCanvas.getNodeCanvas().toBuffer('image/png'));

  // Chromium: the browser build of fabric and the same draw/ code, with the same font files.
  const bundle = await build({ entryPoints: [path.join(repoRoot, 'test/e2e/drawParityPage.ts')], bundle: true, write: false, format: 'iife', platform: 'browser', logLevel: 'silent' });
  await page.setContent('<!doctype html><html><body></body></html>');
  await page.addScriptTag({ content: bundle.outputFiles[0].text });
  const fonts = bundledFontFiles()
    .filter((f) => f.family === 'Inter' || f.family === 'Source Sans 3')
    .map((f) => ({ family: f.family, weight: f.weight, style: f.style, base64: fs.readFileSync(f.path).toString('base64') }));
  const dataUrl = await page.evaluate(
    ([s, size, images, faces]) => (window as unknown as { drawParity: (...a: unknown[]) => Promise<string> }).drawParity(s, size, images, faces),
    [slide, SIZE, { xray: `data:image/png;base64,${xrayPng.toString('base64')}` }, fonts] as const,
  );
  const skia = await rgb(Buffer.from(dataUrl.split(',')[1], 'base64'));
  expect([skia.width, skia.height]).toEqual([SIZE.width, SIZE.height]);

  // Differences, overall and by region, and a picture of where they are.
  const diff = Buffer.alloc(cairo.data.length);
  let sum = 0;
  let far = 0;
  for (let i = 0; i < cairo.data.length; i += 3) {
    const d = Math.max(...[0, 1, 2].map((c) => Math.abs(cairo.data[i + c] - skia.data[i + c])));
    sum += [0, 1, 2].reduce((s, c) => s + Math.abs(cairo.data[i + c] - skia.data[i + c]), 0) / 3;
    if (d > 32) far++;
    diff[i] = diff[i + 1] = diff[i + 2] = 255 - Math.min(255, d * 4);
  }
  const pixels = cairo.data.length / 3;
  const region = (x: number, y: number, w: number, h: number) => {
    let s = 0;
    for (let yy = y; yy < y + h; yy++) for (let xx = x; xx < x + w; xx++) for (let c = 0; c < 3; c++) s += Math.abs(cairo.data[(yy * SIZE.width + xx) * 3 + c] - skia.data[(yy * SIZE.width + xx) * 3 + c]);
    return s / (w * h * 3);
  };
  const figures = {
    meanAbsDiff: sum / pixels,
    pixelsOff32: far / pixels,
    image: region(100, 270, 370, 500),
    mosaic: region(485, 305, 190, 110),
    solidRedaction: region(95, 805, 290, 50),
    title: region(90, 80, 900, 120),
    body: region(330, 920, 660, 360),
    shapes: region(760, 760, 220, 160),
  };
  const dir = path.join(repoRoot, 'artifacts', 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  await sharp(cairo.data, { raw: { ...SIZE, channels: 3 } }).png().toFile(path.join(dir, 'draw-parity-cairo.png'));
  await sharp(skia.data, { raw: { ...SIZE, channels: 3 } }).png().toFile(path.join(dir, 'draw-parity-skia.png'));
  await sharp(diff, { raw: { ...SIZE, channels: 3 } }).png().toFile(path.join(dir, 'draw-parity-diff.png'));
  await testInfo.attach('figures', { body: JSON.stringify(figures, null, 2), contentType: 'application/json' });
  console.log('Skia vs Cairo:', JSON.stringify(figures, (_k, v) => (typeof v === 'number' ? Number(v.toFixed(4)) : v)));

  // Redactions: identical in both (a solid box is one colour; the mosaic is the same cells).
  expect(figures.solidRedaction).toBe(0);
  expect(figures.mosaic).toBeLessThan(4);
  // Everything else: anti-aliasing and glyph rasterising differ a little, layout does not.
  expect(figures.meanAbsDiff).toBeLessThan(2);
  expect(figures.pixelsOff32).toBeLessThan(0.01);
  expect(figures.image).toBeLessThan(3);
  expect(figures.title).toBeLessThan(8);
  expect(figures.body).toBeLessThan(8);
});
