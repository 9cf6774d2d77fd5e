import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkAsset } from '../../electron/services/consent/assetLinks';
import { attachForm } from '../../electron/services/consent/attachForm';
import { addConsent } from '../../electron/services/consent/consentStore';
import { addTestAsset } from '../fixtures/consentRegistry';
import { openLibrary } from '../../electron/services/library/library';
import { makeTempDir, repoRoot } from '../fixtures/tempLibrary';

// Crash safety: a real `medpost consent import` / `medpost library backup` process is killed
// with SIGKILL mid-write; the library must read exactly as before, and the next run succeed.

const entry = path.join(repoRoot, 'electron', 'hosts', 'cli', 'entry.ts');
let temp: { dir: string; cleanup(): void };
let library: string;

type Exit = { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string };

/** Runs the CLI from source; kills it once stderr shows `killAt` (the slowed write has begun). */
function medpost(args: string[], options: { killAt?: string; killAfterMs?: number; delayMs?: number } = {}): Promise<Exit> {
  const child = spawn(process.execPath, ['--import', 'tsx', entry, ...args, '--library', library], {
    cwd: repoRoot,
    env: { ...process.env, MEDPOST_TEST_DELAY_MS: String(options.delayMs ?? 0) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => {
    stderr += c;
    if (options.killAt && stderr.includes(`medpost-test: ${options.killAt}`)) setTimeout(() => child.kill('SIGKILL'), options.killAfterMs ?? 0);
  });
  const guard = setTimeout(() => child.kill('SIGKILL'), 60_000);
  return new Promise((resolve) => child.on('close', (code, signal) => (clearTimeout(guard), resolve({ code, signal, stdout, stderr }))));
}

/** Everything the library holds, as one hash: every row of every table, and every stored file. */
function fingerprint(): string {
  const db = new Database(path.join(library, 'library.sqlite'));
  const hash = createHash('sha256');
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
    for (const t of tables) hash.update(t).update(JSON.stringify(db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all()));
  } finally {
    db.close();
  }
  for (const folder of ['assets', 'forms', 'thumbs']) {
    const root = path.join(library, folder);
    if (!fs.existsSync(root)) continue;
    for (const f of (fs.readdirSync(root, { recursive: true }) as string[]).sort()) {
      const full = path.join(root, f);
      if (fs.statSync(full).isFile()) hash.update(f).update(fs.readFileSync(full));
    }
  }
  return hash.digest('hex');
}

const count = (table: string) => {
  const db = new Database(path.join(library, 'library.sqlite'));
  try {
    return db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  } finally {
    db.close();
  }
};

beforeAll(() => {
  temp = makeTempDir('medpost-consent-kill-');
  library = path.join(temp.dir, 'library');
  const lib = openLibrary(library);
  for (let i = 0; i < 40; i++) addTestAsset(lib, `asset-${i}`);
  for (let i = 0; i < 20; i++) {
    const c = addConsent(lib.db, { patientCode: `PT-${String(i).padStart(4, '0')}`, terms: { signedOn: '2026-01-10', scope: { platforms: ['instagram'], media: ['image'] } } }, '2026-06-01');
    linkAsset(lib.db, `asset-${i}`, { patientCode: c.patientCode });
    if (i < 5) attachForm(lib, c.id, Buffer.from(`%PDF-1.4 form ${i}`), '2026-06-01');
  }
  lib.close();
});
afterAll(() => temp.cleanup());

describe('SIGKILL during consent import', () => {
  it('leaves the library as before, and the next import succeeds', async () => {
    const csv = path.join(temp.dir, 'big.csv');
    const rows = Array.from({ length: 3000 }, (_, i) => `PT-9${String(i).padStart(4, '0')},2026-02-01,instagram;x,image,`);
    fs.writeFileSync(csv, ['patient,signed,platforms,media,features', ...rows].join('\n'));
    const before = fingerprint();
    for (const killAfterMs of [0, 150, 600]) {
      const run = await medpost(['consent', 'import', csv], { killAt: 'import transaction open', killAfterMs, delayMs: 2 });
      expect(run.signal, run.stderr).toBe('SIGKILL');
      expect(run.stdout).toBe('');
      expect(fingerprint()).toBe(before);
    }
    const done = await medpost(['consent', 'import', csv, '--json']);
    expect(done.code, done.stderr).toBe(0);
    expect(JSON.parse(done.stdout)).toEqual({ imported: 3000, patients: 3000 });
    expect(count('consents')).toBe(3020);
  }, 120_000);
});

describe('SIGKILL during library backup', () => {
  it('leaves the library as before and no backup folder; the next backup succeeds and verifies', async () => {
    const before = fingerprint();
    const dest = path.join(temp.dir, 'backup');
    for (const stage of ['backup copying database', 'backup copying files']) {
      const run = await medpost(['library', 'backup', dest], { killAt: stage, killAfterMs: 100, delayMs: 20 });
      expect(run.signal, run.stderr).toBe('SIGKILL');
      expect(fs.existsSync(dest)).toBe(false);
      expect(fingerprint()).toBe(before);
    }
    // The killed runs left their hidden partial folders; the next backup clears them.
    expect(fs.readdirSync(temp.dir).some((n) => n.startsWith('.backup.partial-'))).toBe(true);
    const done = await medpost(['library', 'backup', dest, '--json']);
    expect(done.code, done.stderr).toBe(0);
    expect(JSON.parse(done.stdout)).toMatchObject({ assets: 40, forms: 5, verified: { ok: true, integrity: 'ok' } });
    expect(fs.readdirSync(temp.dir).filter((n) => n.startsWith('.backup.partial-'))).toEqual([]);
    expect(fingerprint()).toBe(before);
  }, 120_000);
});
