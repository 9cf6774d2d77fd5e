import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { StudioFailure } from '../../../shared/api/errors';
import type { Box } from '../../../shared/phi/types';
import { makeTempDir, samplesDir } from '../../../test/fixtures/tempLibrary';
import { ocrEnginePaths } from './ocrEnginePaths';
import type { OcrLine } from './ocrTypes';
import { overlapOfSmaller } from './passGeometry';
import { recognizeLines } from './recognizeLines';
import { shutdownOcr } from './tesseractPool';

type Gold = Record<string, { phi: { text: string; box: Box }[]; keep: { text: string; box: Box }[] }>;
const imagesDir = path.join(samplesDir, 'images');
const gold = JSON.parse(fs.readFileSync(path.join(imagesDir, 'gold.json'), 'utf8')) as Gold;
const letters = (s: string) => s.toUpperCase().replace(/[^A-Z0-9]/g, '');

afterAll(() => shutdownOcr());

/** The lines over a gold box, and whether one of them reads its text (the visible part of it). */
function readsAt(lines: OcrLine[], text: string, box: Box): boolean {
  const want = letters(text).slice(0, 12);
  return lines.some((l) => overlapOfSmaller(l.box, box) > 0.5 && letters(l.text).includes(want));
}

describe('the OCR engine', () => {
  it('loads everything from local files: no URL anywhere', () => {
    const paths = ocrEnginePaths();
    for (const p of Object.values(paths)) {
      expect(p).not.toMatch(/^[a-z]+:\/\//i);
      expect(fs.existsSync(p)).toBe(true);
    }
    expect(fs.existsSync(path.join(paths.langPath, 'eng.traineddata.gz'))).toBe(true);
  });
});

// Loaded into every thread of a child process: any TCP connection, DNS lookup or fetch throws
// and says so on stderr (local IPC sockets, which tsx uses, stay allowed).
const NETWORK_GUARD = `
const net = require('node:net');
const dns = require('node:dns');
const { isMainThread } = require('node:worker_threads');
const fail = (what) => { process.stderr.write('NETWORK ATTEMPT (' + (isMainThread ? 'main' : 'worker') + '): ' + what + '\\n'); throw new Error('network'); };
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  const ipc = (typeof first === 'object' && first && first.path) || (typeof first === 'string' && isNaN(Number(first)));
  if (!ipc) fail('connect ' + JSON.stringify(first));
  return connect.apply(this, args);
};
dns.lookup = (host) => fail('dns ' + host);
globalThis.fetch = async (url) => fail('fetch ' + url);
if (!isMainThread) process.stderr.write('guard in worker\\n');
`;

describe('working offline', () => {
  it('reads an image with every network call made to fail, in the main thread and the OCR workers', async () => {
    const temp = makeTempDir('medpost-offline-');
    try {
      const guard = path.join(temp.dir, 'guard.cjs');
      const script = path.join(temp.dir, 'read.mts');
      fs.writeFileSync(guard, NETWORK_GUARD);
      const engine = path.join(path.dirname(fileURLToPath(import.meta.url)), 'recognizeLines.ts');
      fs.writeFileSync(
        script,
        `import fs from 'node:fs';\nimport { recognizeLines } from ${JSON.stringify(engine)};\n` +
          `const lines = await recognizeLines(fs.readFileSync(${JSON.stringify(path.join(imagesDir, 'xray-7-01.png'))}));\n` +
          `console.log(JSON.stringify(lines.map((l) => l.text)));\n`,
      );
      const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', script], {
        cwd: path.resolve(path.dirname(engine), '..', '..', '..'),
        env: { ...process.env, NODE_OPTIONS: `--require ${guard}` },
        timeout: 60_000,
      });
      expect(stderr).not.toContain('NETWORK ATTEMPT');
      expect(stderr).toContain('guard in worker');
      expect((JSON.parse(stdout) as string[]).some((t) => letters(t).includes('MRN'))).toBe(true);
    } finally {
      temp.cleanup();
    }
  });
});

describe('recognizeLines on the radiograph samples', () => {
  it('reads the burned-in lines in a corner, with boxes in the image pixels', async () => {
    const fractions: number[] = [];
    const lines = await recognizeLines(fs.readFileSync(path.join(imagesDir, 'xray-7-00.png')), { onProgress: (f) => fractions.push(f) });
    for (const { text, box } of gold['xray-7-00.png'].phi) expect(readsAt(lines, text, box), text).toBe(true);
    // Progress rises to 1 and never goes back.
    expect(fractions.at(-1)).toBe(1);
    expect(fractions.every((f, i) => i === 0 || f >= fractions[i - 1])).toBe(true);
    const line = lines.find((l) => letters(l.text).includes('ACC'))!;
    expect(line.rotation).toBe(0);
    expect(line.words.length).toBeGreaterThanOrEqual(2);
    expect(line.confidence).toBeGreaterThan(60);
  });

  it('reads text written vertically along the edge, mapped back to tall boxes', async () => {
    const lines = await recognizeLines(fs.readFileSync(path.join(imagesDir, 'xray-7-04.png')));
    for (const { text, box } of gold['xray-7-04.png'].phi) {
      expect(readsAt(lines, text, box), text).toBe(true);
      const line = lines.find((l) => overlapOfSmaller(l.box, box) > 0.5 && l.rotation !== 0)!;
      expect(line.box[3]).toBeGreaterThan(line.box[2] * 3);
    }
  });

  it('reads raw pixels as well as a file, with the same boxes', async () => {
    // A crop around the corner text keeps this test quick.
    const crop = { left: 1100, top: 1350, width: 436, height: 186 };
    const file = await sharp(path.join(imagesDir, 'xray-7-00.png')).extract(crop).png().toBuffer();
    const { data, info } = await sharp(file).toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
    expect(info.channels).toBe(3);
    const fromRaw = await recognizeLines({ width: info.width, height: info.height, channels: 3, data }, { passes: ['upright'] });
    const fromFile = await recognizeLines(file, { passes: ['upright'] });
    expect(fromRaw.map((l) => l.text)).toEqual(fromFile.map((l) => l.text));
    const name = gold['xray-7-00.png'].phi[1];
    const shifted: Box = [name.box[0] - crop.left, name.box[1] - crop.top, name.box[2], name.box[3]];
    expect(readsAt(fromRaw, name.text, shifted)).toBe(true);
  });
});

describe('recognizeLines refusals and cancellation', () => {
  it('refuses bytes that are not an image', async () => {
    const err = await recognizeLines(Buffer.from('not an image at all')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StudioFailure);
    expect((err as StudioFailure).code).toBe('corrupt');
  });

  it('refuses a pixel buffer shorter than its size says', async () => {
    const err = await recognizeLines({ width: 100, height: 100, channels: 3, data: new Uint8Array(10) }).catch((e: unknown) => e);
    expect((err as StudioFailure).code).toBe('invalid_input');
  });

  it('stops at once when cancelled, and the engine still works afterwards', async () => {
    const file = fs.readFileSync(path.join(imagesDir, 'xray-7-01.png'));
    const controller = new AbortController();
    const started = Date.now();
    const run = recognizeLines(file, { signal: controller.signal, onProgress: () => controller.abort() });
    const err = await run.catch((e: unknown) => e);
    expect((err as StudioFailure).code).toBe('cancelled');
    expect(Date.now() - started).toBeLessThan(5000);
    const again = await recognizeLines(file, { passes: ['upright'] });
    expect(again.some((l) => letters(l.text).includes('MRN'))).toBe(true);
  });

  it('refuses at once when already cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    const err = await recognizeLines(Buffer.alloc(10), { signal: controller.signal }).catch((e: unknown) => e);
    expect((err as StudioFailure).code).toBe('cancelled');
  });
});
