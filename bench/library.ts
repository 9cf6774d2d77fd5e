// `npm run bench` (first of several): the library figures. Targets: list 10,000 projects < 50 ms,
// browser host cold start to first API answer < 1 s; image import reported in images/s.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { openLibrary } from '../electron/services/library/library';
import { listProjects } from '../electron/services/projects/projectStore';
import { openStudio } from '../electron/services/studio';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const samples = path.resolve(root, '..', 'shared', 'samples');
process.env.FFMPEG_BIN ??= '/usr/bin/ffmpeg';

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'medpost-bench-'));
}

function benchProjectList(): void {
  const dir = tempDir();
  const lib = openLibrary(dir);
  const insert = lib.db.prepare('INSERT INTO projects (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)');
  const insertAsset = lib.db.prepare(
    `INSERT INTO assets (id, project_id, kind, mime, bytes, hash, original_name, has_thumbnail, imported_at)
     VALUES (?, ?, 'image', 'image/png', 1, ?, 'x.png', 1, ?)`,
  );
  lib.db.transaction(() => {
    for (let i = 0; i < 10_000; i++) {
      const id = randomUUID();
      const at = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
      insert.run(id, `Teaching case ${i}`, at, at);
      if (i % 2 === 0) insertAsset.run(randomUUID(), id, randomUUID().replace(/-/g, '').padEnd(64, '0'), at);
    }
  })();
  lib.close();
  const t0 = performance.now();
  const reopened = openLibrary(dir);
  const openMs = performance.now() - t0;
  const runs: number[] = [];
  let count = 0;
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    count = listProjects(reopened.db).length;
    runs.push(performance.now() - t);
  }
  const searchRuns: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    listProjects(reopened.db, { query: 'case 99' });
    searchRuns.push(performance.now() - t);
  }
  reopened.close();
  fs.rmSync(dir, { recursive: true, force: true });
  console.log(`library of ${count} projects: open ${openMs.toFixed(1)} ms, list ${median(runs).toFixed(1)} ms (median of 7; target < 50 ms), search ${median(searchRuns).toFixed(1)} ms`);
}

async function benchImport(): Promise<void> {
  const sources = fs.readdirSync(path.join(samples, 'images')).filter((f) => /\.(png|jpe?g)$/.test(f));
  const inputDir = tempDir();
  const files: string[] = [];
  // 100 distinct images (a small mark each), so content addressing does not skip any.
  for (let i = 0; i < 100; i++) {
    const src = path.join(samples, 'images', sources[i % sources.length]);
    const mark = await sharp({ create: { width: 8, height: 8, channels: 3, background: { r: i, g: 255 - i, b: (i * 7) % 255 } } }).png().toBuffer();
    const out = path.join(inputDir, `img-${i}${path.extname(src)}`);
    await sharp(src).composite([{ input: mark, left: i, top: i }]).toFile(out);
    files.push(out);
  }
  const bytes = files.reduce((n, f) => n + fs.statSync(f).size, 0);
  const libDir = tempDir();
  const studio = openStudio(libDir);
  const project = await studio.dispatch('projects.create', { name: 'Bench' });
  if (!project.ok) throw new Error(project.error.message);
  const projectId = (project.value as { id: string }).id;
  const t0 = performance.now();
  for (const file of files) {
    const r = await studio.dispatch('assets.import', { projectId, name: path.basename(file) }, { upload: { kind: 'path', path: file } });
    if (!r.ok) throw new Error(r.error.message);
  }
  const seconds = (performance.now() - t0) / 1000;
  studio.close();
  fs.rmSync(libDir, { recursive: true, force: true });
  fs.rmSync(inputDir, { recursive: true, force: true });
  console.log(
    `import of 100 sample images with thumbnails (${(bytes / 1e6).toFixed(1)} MB): ${seconds.toFixed(2)} s, ${(100 / seconds).toFixed(1)} images/s`,
  );
}

async function coldStartOnce(): Promise<number> {
  const library = tempDir();
  const t0 = performance.now();
  const child = spawn(process.execPath, [path.join(root, 'dist', 'node', 'web.mjs'), '--port', '0', '--library', library, '--no-open'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /running at (\S+)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`web host exited ${code}`)));
  });
  const u = new URL(url);
  const response = await fetch(`${u.origin}/api/library.info`, {
    method: 'POST',
    headers: { authorization: `Bearer ${u.searchParams.get('token')}`, 'content-type': 'application/json' },
    body: '{}',
  });
  if (!response.ok) throw new Error(`library.info answered ${response.status}`);
  await response.json();
  const ms = performance.now() - t0;
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  fs.rmSync(library, { recursive: true, force: true });
  return ms;
}

async function benchColdStart(): Promise<void> {
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) runs.push(await coldStartOnce());
  console.log(`browser host cold start to first API answer: ${median(runs).toFixed(0)} ms (median of 5; target < 1000 ms)`);
}

benchProjectList();
await benchImport();
await benchColdStart();
