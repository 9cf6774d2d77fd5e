import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLibrary } from '../../electron/services/library/library';
import { openStudio } from '../../electron/services/studio';
import { makeTempDir, repoRoot, samplesDir } from '../fixtures/tempLibrary';

// Crash safety: a real `medpost asset import` process is SIGKILLed at many different moments;
// after each kill the library, reopened (which runs recovery), must hold only complete assets.

const cliBundle = path.join(repoRoot, 'dist', 'node', 'cli.mjs');
const built = fs.existsSync(cliBundle);

type Exit = { code: number | null; signal: NodeJS.Signals | null };
type AssetRow = { id: string; project_id: string; hash: string; bytes: number; has_thumbnail: number };

let temp: { dir: string; cleanup(): void };
let library: string;
let inputs: string[];
/** sha256 of every input that is a valid, importable file. */
let goodHashes: Set<string>;

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

async function makeInputs(dir: string): Promise<{ files: string[]; good: string[] }> {
  fs.mkdirSync(dir);
  const good: string[] = [];
  // Distinct noise images, so every one is new content and really goes through probe and store.
  for (const [i, side] of [2400, 900, 700, 600, 500, 400].entries()) {
    const file = path.join(dir, `noise-${i}.png`);
    await sharp(randomBytes(side * side * 3), { raw: { width: side, height: side, channels: 3 } }).png({ compressionLevel: 1 }).toFile(file);
    good.push(file);
  }
  const samples = [
    'images/xray-7-00.png', 'images/xray-7-01.png', 'images/xray-7-02.png', 'images/xray-7-03.png',
    'images/photo-7-00.jpg', 'images/photo-7-01.jpg', 'faces/face-7-00.jpg', 'faces/face-7-01.jpg',
    'dicom/cr-7-00.dcm', 'dicom/us-7-01.dcm', 'dicom/ct-7-02.dcm', 'video/clip-7-00.mp4',
  ];
  for (const [i, rel] of samples.entries()) {
    const file = path.join(dir, `sample-${i}-${path.basename(rel)}`);
    fs.copyFileSync(path.join(samplesDir, rel), file);
    good.push(file);
  }
  // 50 MB that claims to be a PNG: slow to stage, then refused; and a truncated DICOM.
  const junk = randomBytes(50 * 1024 * 1024);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(junk);
  const bad = [path.join(dir, 'huge-fake.png'), path.join(dir, 'truncated.dcm')];
  fs.writeFileSync(bad[0], junk);
  fs.copyFileSync(path.join(samplesDir, 'dicom', 'cr-7-03.dcm'), bad[1]);
  // Interleave so the big junk file is staged between real imports.
  return { files: [good[0], bad[0], ...good.slice(1, 8), bad[1], ...good.slice(8)], good };
}

function runImport(projectId: string, files: string[], killWhen?: { afterMs: number } | { onStagedThumbnail: number }): Promise<Exit & { stdout: string }> {
  const child = spawn(process.execPath, [cliBundle, 'asset', 'import', ...files, '--project', projectId, '--library', library, '--json'], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  let timer: NodeJS.Timeout | undefined;
  let watcher: fs.FSWatcher | undefined;
  if (killWhen && 'afterMs' in killWhen) timer = setTimeout(() => child.kill('SIGKILL'), killWhen.afterMs);
  if (killWhen && 'onStagedThumbnail' in killWhen) {
    // A staged thumbnail appears just before the file moves into place and its row is written.
    let seen = 0;
    watcher = fs.watch(path.join(library, 'tmp'), (_event, name) => {
      if (name?.endsWith('.jpg') && ++seen === killWhen.onStagedThumbnail) child.kill('SIGKILL');
    });
    timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  }
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      watcher?.close();
      resolve({ code, signal, stdout });
    });
  });
}

function listFiles(root: string): string[] {
  return fs.readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => !e.isDirectory())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)));
}

/** What a killed run left behind, seen before recovery runs: staged temp files and stored files without a row. */
function leftovers(): { staged: number; orphans: number } {
  const db = new Database(path.join(library, 'library.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const hashes = new Set(db.prepare('SELECT hash FROM assets').pluck().all() as string[]);
    const orphans = listFiles(path.join(library, 'assets')).filter((f) => !hashes.has(path.basename(f))).length;
    return { staged: fs.readdirSync(path.join(library, 'tmp')).length, orphans };
  } finally {
    db.close();
  }
}

/** Reopens the library (running recovery) and checks that it holds only complete assets. */
function checkLibrary(where: string): AssetRow[] {
  const lib = openLibrary(library);
  try {
    expect(lib.db.pragma('integrity_check', { simple: true }), where).toBe('ok');
    expect(lib.db.pragma('foreign_key_check'), where).toEqual([]);
    const rows = lib.db.prepare('SELECT id, project_id, hash, bytes, has_thumbnail FROM assets').all() as AssetRow[];
    const withThumb = new Set<string>();
    for (const row of rows) {
      const file = path.join(lib.assetsDir, row.hash.slice(0, 2), row.hash);
      expect(fs.existsSync(file), `${where}: stored file for ${row.id}`).toBe(true);
      expect(fs.statSync(file).size, where).toBe(row.bytes);
      expect(sha256(file), `${where}: content of ${row.id}`).toBe(row.hash);
      expect(goodHashes.has(row.hash), `${where}: ${row.hash} is one of the inputs`).toBe(true);
      if (row.has_thumbnail === 1) {
        const thumb = path.join(lib.thumbsDir, row.hash.slice(0, 2), `${row.hash}.jpg`);
        expect(fs.existsSync(thumb), `${where}: thumbnail for ${row.id}`).toBe(true);
        expect([...fs.readFileSync(thumb).subarray(0, 3)], where).toEqual([0xff, 0xd8, 0xff]);
        withThumb.add(row.hash);
      }
    }
    const hashes = new Set(rows.map((r) => r.hash));
    expect(listFiles(lib.assetsDir).filter((f) => !hashes.has(path.basename(f))), `${where}: orphan files in assets/`).toEqual([]);
    expect(listFiles(lib.thumbsDir).filter((f) => !withThumb.has(path.basename(f, '.jpg'))), `${where}: orphan thumbnails`).toEqual([]);
    expect(fs.readdirSync(lib.tmpDir), `${where}: tmp/`).toEqual([]);
    // The audit entry is written in the same transaction as the row: one never exists without the other.
    const unaudited = lib.db
      .prepare("SELECT count(*) FROM assets WHERE id NOT IN (SELECT object_id FROM audit_log WHERE action = 'asset.import')")
      .pluck()
      .get();
    expect(unaudited, `${where}: assets without an audit entry`).toBe(0);
    return rows;
  } finally {
    lib.close();
  }
}

async function withStudio<T>(work: (dispatch: (name: string, input: unknown) => Promise<unknown>) => Promise<T>): Promise<T> {
  const studio = openStudio(library);
  try {
    return await work(async (name, input) => {
      const result = await studio.dispatch(name, input);
      if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
      return result.value;
    });
  } finally {
    studio.close();
  }
}

/** A fresh project, so every round really imports (duplicates are only detected within a project). */
const newProject = (name: string) => withStudio(async (call) => ((await call('projects.create', { name })) as { id: string }).id);

/** Deletes every project for good, so their files leave the store and the next imports place them anew. */
const deleteAllProjects = () =>
  withStudio(async (call) => {
    for (const p of ((await call('projects.list', {})) as { projects: { id: string }[] }).projects) await call('projects.trash', { id: p.id });
    await call('projects.emptyTrash', {});
  });

beforeAll(async () => {
  if (!built) return;
  temp = makeTempDir('medpost-kill-');
  library = path.join(temp.dir, 'library');
  const made = await makeInputs(path.join(temp.dir, 'inputs'));
  inputs = made.files;
  goodHashes = new Set(made.good.map(sha256));
}, 30_000);

afterAll(() => temp?.cleanup());

describe.skipIf(!built)(`killing an import process${built ? '' : ' — SKIPPED: run `npm run build` first'}`, () => {
  it('leaves a consistent library after SIGKILL at any moment, and a later import completes it', async () => {
    // Calibrate on this machine: kill moments are fractions of one uninterrupted run.
    const startedAt = Date.now();
    const calibration = await runImport(await newProject('Calibration'), inputs);
    const fullRunMs = Date.now() - startedAt;
    expect(calibration.signal).toBeNull();
    await deleteAllProjects();
    expect(checkLibrary('after calibration')).toEqual([]);
    const fractions = [0.03, 0.08, 0.14, 0.2, 0.27, 0.35, 0.43, 0.52, 0.62, 0.74, 0.88, 1.1];
    const delays = fractions.map((f) => Math.round(f * fullRunMs));
    let killed = 0;
    let staged = 0;
    const partial: number[] = [];
    for (const [round, delay] of delays.entries()) {
      if (round % 4 === 3) await deleteAllProjects();
      const projectId = await newProject(`Round ${round}`);
      // Start each round at a different file so kills land in different imports, not only the first.
      const offset = (round * 5) % inputs.length;
      const order = [...inputs.slice(offset), ...inputs.slice(0, offset)];
      const exit = await runImport(projectId, order, { afterMs: delay });
      if (exit.signal === 'SIGKILL') killed++;
      const left = leftovers();
      staged += left.staged;
      const rows = checkLibrary(`round ${round} (kill after ${delay} ms, ${exit.signal ?? `exit ${exit.code}`})`);
      const mine = rows.filter((r) => r.project_id === projectId).length;
      if (exit.signal === 'SIGKILL' && mine > 0 && mine < goodHashes.size) partial.push(round);
    }
    for (const nth of [1, 2, 4]) {
      const projectId = await newProject(`Thumbnail ${nth}`);
      const exit = await runImport(projectId, [...inputs].reverse(), { onStagedThumbnail: nth });
      if (exit.signal === 'SIGKILL') killed++;
      staged += leftovers().staged;
      checkLibrary(`kill at staged thumbnail #${nth}`);
    }
    // The test only means something if most runs really died mid-work, some after committing a few imports.
    expect(killed).toBeGreaterThanOrEqual(10);
    expect(partial.length).toBeGreaterThanOrEqual(3);
    // ...and some left half-written staging files behind for recovery to clear.
    expect(staged).toBeGreaterThan(0);

    // A full, uninterrupted run afterwards imports everything; only the bad files fail.
    const projectId = await newProject('Complete');
    const finished = await runImport(projectId, inputs);
    expect(finished.signal).toBeNull();
    expect(finished.code).toBe(1);
    const result = JSON.parse(finished.stdout) as { imported: unknown[]; failed: { file: string }[] };
    expect(result.failed.map((f) => path.basename(f.file)).sort()).toEqual(['huge-fake.png', 'truncated.dcm']);
    expect(result.imported).toHaveLength(goodHashes.size);
    const rows = checkLibrary('after the final full import').filter((r) => r.project_id === projectId);
    expect(new Set(rows.map((r) => r.hash))).toEqual(goodHashes);
  }, 60_000);
});
