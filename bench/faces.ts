// `npx tsx bench/faces.ts`: face model load time and per-photo times on ../shared/samples/faces.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { destroyFaces } from '../electron/services/faces/destroyFace';
import { detectFaces } from '../electron/services/faces/detectFaces';
import { loadFaceModels } from '../electron/services/faces/faceModels';
import { decodeForFaces, type RawImage } from '../electron/services/faces/rawImage';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const facesDir = path.resolve(root, '..', 'shared', 'samples', 'faces');
const ROUNDS = 3;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const names = fs.readdirSync(facesDir).filter((n) => /\.jpe?g$/i.test(n)).sort();
const photos: RawImage[] = [];
for (const name of names) photos.push(await decodeForFaces(path.join(facesDir, name)));

let started = performance.now();
await loadFaceModels();
const loadMs = performance.now() - started;
console.log(`faces: model load ${loadMs.toFixed(0)} ms (tfjs wasm backend, SSD MobileNet v1 and tiny face detector)`);

const detectMs: number[] = [];
const destroyMs: number[] = [];
let first = 0;
for (let round = 0; round < ROUNDS; round++) {
  for (const photo of photos) {
    started = performance.now();
    const faces = await detectFaces(photo);
    const ms = performance.now() - started;
    if (round === 0 && first === 0) first = ms;
    detectMs.push(ms);
    const copy = { ...photo, data: photo.data.slice() };
    started = performance.now();
    await destroyFaces(copy, faces, 'pixelate');
    destroyMs.push(performance.now() - started);
  }
}
const size = `${photos[0].width}×${photos[0].height}`;
console.log(
  `faces: detection ${median(detectMs).toFixed(0)} ms per photo (median of ${photos.length} photos × ${ROUNDS} rounds, ${size} and similar; first call ${first.toFixed(0)} ms)`,
);
console.log(`faces: pixelate and re-check ${median(destroyMs).toFixed(0)} ms per photo (median)`);
