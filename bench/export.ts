// `npm run bench` (export figures). Targets: a 10-slide 1080×1350 carousel exported (drawn, encoded,
// read back and checked, OCR of the redacted areas included) in < 2 s; and model → canvas load of
// a 20-slide post through draw/ on fabric/node, reported per post and per slide.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as fab from 'fabric/node';
import type { ExportResult } from '../shared/api/contract';
import { proposeRedactions } from '../shared/editor/redactionCoverage';
import { newArrow, newImage, newMarker, newShape, newSlide, newText } from '../shared/editor/objectFactory';
import type { Asset } from '../shared/model/asset';
import type { AssetAnalysis } from '../shared/model/assetAnalysis';
import { PostDocument, type Slide } from '../shared/model/postDocument';
import type { SlideObject } from '../shared/model/slideObjects';
import { drawSlide } from '../draw/drawObject';
import { getAsset } from '../electron/services/assets/assetStore';
import { registerExportFonts } from '../electron/services/export/exportFonts';
import { loadAssetImage } from '../electron/services/export/loadSlideImages';
import { shutdownOcr } from '../electron/services/ocr/tesseractPool';
import { openStudio, type Studio } from '../electron/services/studio';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const samples = path.resolve(root, '..', 'shared', 'samples');
const CANVAS = { formatId: 'instagram-portrait', width: 1080, height: 1350 };

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
const ms = (v: number) => `${v.toFixed(0)} ms`;

async function call<T>(studio: Studio, name: string, input: unknown, upload?: string): Promise<T> {
  const r = await studio.dispatch(name, input, upload ? { upload: { kind: 'path', path: upload } } : {});
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.value as T;
}

/** A teaching carousel: every slide has a title, body, shape, arrow and marker; every third shows the X-ray, its findings covered. */
function carousel(count: number, xray: Asset, analysis: AssetAnalysis): PostDocument {
  const slides: Slide[] = [];
  for (let i = 0; i < count; i++) {
    const objects: SlideObject[] = [
      newShape(CANVAS, 'roundRect', { x: 540, y: 120 }),
      newText(CANVAS, `Case ${i + 1}: a fall on an outstretched hand`, { x: 540, y: 140 }),
      newText(CANVAS, 'Tenderness in the anatomical snuffbox; the first films can look normal, so treat the clinical picture and repeat imaging.', { x: 540, y: 1180 }),
      newArrow(CANVAS, { x: 700, y: 900 }, { x: 560, y: 760 }),
      newMarker(CANVAS, i + 1, { x: 980, y: 1280 }),
    ];
    if (i % 3 === 1) {
      const image = newImage(xray, CANVAS, { box: { x: 90, y: 260, width: 900, height: 860 } });
      const boxes = proposeRedactions(image, analysis, () => `r${Math.random().toString(36).slice(2, 10)}`).map((r) => ({ ...r, status: 'accepted' as const }));
      objects.splice(1, 0, image, ...boxes);
    }
    slides.push({ ...newSlide(undefined, objects), altText: `Slide ${i + 1} of a wrist teaching case.` });
  }
  return PostDocument.parse({ schemaVersion: 3, canvas: CANVAS, slides, scenes: [], parts: [] });
}

async function benchExport(studio: Studio, postId: string): Promise<void> {
  const phases: Record<string, number[]> = {};
  for (const kind of ['zip', 'pdf', 'jpeg'] as const) {
    const runs: number[] = [];
    for (let i = 0; i < 4; i++) {
      const marks: [string, number][] = [];
      const jobId = `bench-${kind}-${i}-xxxx`;
      const stop = studio.subscribe((e) => e.type === 'job.progress' && e.jobId === jobId && marks.push([e.message, performance.now()]));
      const t0 = performance.now();
      const result = await call<ExportResult>(studio, 'posts.export', { id: postId, kind, jobId });
      const total = performance.now() - t0;
      stop();
      if (i === 0) {
        console.log(`  ${kind}: first run ${ms(total)}, ${(result.bytes / 1e6).toFixed(1)} MB, checks: ${result.verified.length}`);
        continue;
      }
      runs.push(total);
      if (kind === 'zip') {
        const at = (prefix: string) => marks.find(([m]) => m.startsWith(prefix))?.[1] ?? t0;
        const add = (name: string, from: number, to: number) => (phases[name] ??= []).push(to - from);
        add('load images', t0, at('Drawing slide 1'));
        add('draw 10 slides', at('Drawing slide 1'), at('Encoding slide 1'));
        add('encode PNG', at('Encoding slide 1'), at('Checking'));
        add('read back + checks (incl. OCR, exiftool)', at('Checking'), t0 + total);
      }
    }
    console.log(`  ${kind}: median ${ms(median(runs))} of ${runs.length} warm runs (target < 2000 ms) ${median(runs) < 2000 ? 'OK' : 'OVER'}`);
  }
  console.log(`  zip phases (median): ${Object.entries(phases).map(([k, v]) => `${k} ${ms(median(v))}`).join(', ')}`);
}

async function benchLoad(studio: Studio, doc: PostDocument): Promise<void> {
  registerExportFonts();
  const images = new Map<string, unknown>();
  for (const slide of doc.slides) {
    for (const o of slide.objects) {
      if (o.type === 'image' && !images.has(o.assetId)) images.set(o.assetId, await loadAssetImage(studio.library, getAsset(studio.library.db, o.assetId), 1));
    }
  }
  const canvas = new fab.StaticCanvas(undefined, { width: CANVAS.width, height: CANVAS.height, enableRetinaScaling: false });
  const ctx = { mode: 'editor' as const, image: (id: string) => (images.get(id) as never) ?? null };
  const runs: number[] = [];
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    for (const slide of doc.slides) drawSlide(fab, canvas as never, slide, ctx);
    runs.push(performance.now() - t0);
  }
  const objects = doc.slides.reduce((n, s) => n + s.objects.length, 0);
  console.log(`  model → canvas, ${doc.slides.length} slides (${objects} objects, images preloaded): median ${ms(median(runs))} for the post, ${(median(runs) / doc.slides.length).toFixed(1)} ms per slide (draw + render at 1080×1350)`);
  await canvas.dispose();
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'medpost-bench-export-'));
const studio = openStudio(dir, { log: (m) => console.error(m) });
try {
  const project = await call<{ id: string }>(studio, 'projects.create', { name: 'Bench' });
  const { asset: xray } = await call<{ asset: Asset }>(studio, 'assets.import', { projectId: project.id, name: 'xray.png' }, path.join(samples, 'images', 'xray-7-00.png'));
  const analysis = await call<AssetAnalysis>(studio, 'assets.analyze', { id: xray.id });
  console.log('export bench');
  const ten = carousel(10, xray, analysis);
  const post = await call<{ id: string }>(studio, 'posts.create', { projectId: project.id, title: 'Bench', format: 'carousel', document: ten });
  await benchExport(studio, post.id);
  await benchLoad(studio, carousel(20, xray, analysis));
} finally {
  studio.close();
  await shutdownOcr();
  fs.rmSync(dir, { recursive: true, force: true });
}
