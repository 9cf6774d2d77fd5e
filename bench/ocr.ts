// `npx tsx bench/ocr.ts`: OCR time on a 2048×2048 radiograph, ours against the native tesseract
// CLI on the same image in the same run. Target: one pass within 1.5× native; the full
// four-pass read (upright, inverted, 90°, 270°) is reported too.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { ALL_PASSES, recognizeLines } from '../electron/services/ocr/recognizeLines';
import { shutdownOcr } from '../electron/services/ocr/tesseractPool';

const run = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const samples = path.resolve(root, '..', 'shared', 'samples', 'images');
const ROUNDS = 3;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** A sample radiograph enlarged to 2048 px tall and padded with black to a 2048 square. */
async function makeRadiograph(file: string): Promise<Buffer> {
  const enlarged = await sharp(path.join(samples, 'xray-7-01.png')).resize({ height: 2048, kernel: 'lanczos3' }).greyscale().png().toBuffer();
  const { width = 0 } = await sharp(enlarged).metadata();
  const left = Math.floor((2048 - width) / 2);
  const square = await sharp(enlarged)
    .extend({ left, right: 2048 - width - left, top: 0, bottom: 0, background: '#000000' })
    .png()
    .toBuffer();
  fs.writeFileSync(file, square);
  return square;
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'medpost-ocr-bench-'));
  try {
    const file = path.join(dir, 'radiograph-2048.png');
    const image = await makeRadiograph(file);
    const native = (threads?: string) => () =>
      run('/usr/bin/tesseract', [file, 'stdout', '--psm', '11'], { env: { ...process.env, ...(threads ? { OMP_THREAD_LIMIT: threads } : {}) } });

    const cold = await timed(() => recognizeLines(image, { passes: ['upright'] }));
    const ours: number[] = [];
    const full: number[] = [];
    const nativeDefault: number[] = [];
    const nativeOne: number[] = [];
    let lines = 0;
    for (let i = 0; i < ROUNDS; i++) {
      nativeDefault.push(await timed(native()));
      nativeOne.push(await timed(native('1')));
      ours.push(await timed(() => recognizeLines(image, { passes: ['upright'] })));
      full.push(await timed(async () => (lines = (await recognizeLines(image, { passes: ALL_PASSES })).length)));
    }
    const n = median(nativeDefault);
    const one = median(ours);
    const all = median(full);
    const ms = (v: number) => `${Math.round(v)} ms`;
    console.log(`OCR bench, 2048×2048 radiograph (${os.availableParallelism()} cores), median of ${ROUNDS}:`);
    console.log(`  native tesseract --psm 11:            ${ms(n)} (one thread: ${ms(median(nativeOne))})`);
    console.log(`  ours, one pass (upright):             ${ms(one)}  ratio ${(one / n).toFixed(2)}× native (target ≤ 1.5×)`);
    console.log(`  ours, all four passes (${lines} lines):   ${ms(all)}  ratio ${(all / n).toFixed(2)}× native`);
    console.log(`  first call, workers starting:          ${ms(cold)}`);
  } finally {
    await shutdownOcr();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
