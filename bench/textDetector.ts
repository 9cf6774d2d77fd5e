// `npx tsx bench/textDetector.ts`: throughput of the free-text PHI detector on one core, over a
// few MB of mixed posts (PHI and hard negatives from the detector's own test corpus, plus filler prose).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectPhi } from '../shared/phi/detectPhi';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = path.join(root, 'shared', 'phi', 'testCorpus');
const posts = fs
  .readdirSync(corpusDir)
  .filter((f) => f.endsWith('.jsonl'))
  .flatMap((f) => fs.readFileSync(path.join(corpusDir, f), 'utf8').split('\n').filter(Boolean))
  .map((l) => (JSON.parse(l) as { text: string }).text);

const TARGET_BYTES = 4 * 1024 * 1024;
const texts: string[] = [];
let bytes = 0;
for (let i = 0; bytes < TARGET_BYTES; i++) {
  // Posts of varied length: single posts and threads of several joined by blank lines.
  const n = 1 + (i % 5);
  const t = Array.from({ length: n }, (_, k) => posts[(i * 7 + k * 13) % posts.length]).join('\n\n');
  texts.push(t);
  bytes += Buffer.byteLength(t);
}

detectPhi(texts[0]); // lists load once, outside the timing
let findings = 0;
const t0 = performance.now();
for (const t of texts) findings += detectPhi(t).length;
const seconds = (performance.now() - t0) / 1000;
const mb = bytes / (1024 * 1024);
console.log(`text detector: ${(mb / seconds).toFixed(1)} MB/s over ${mb.toFixed(1)} MB (${texts.length} texts, ${findings} findings)`);
