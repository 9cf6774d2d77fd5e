import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir, repoRoot } from '../fixtures/tempLibrary';
import { json, rawRequest } from '../fixtures/webHostHarness';

const webBundle = path.join(repoRoot, 'dist', 'node', 'web.mjs');
const built = fs.existsSync(webBundle);
const READY_LINE = /^MedPost Studio is running at http:\/\/127\.0\.0\.1:(\d+)\/\?token=([A-Za-z0-9_-]{43,})$/;

type Running = {
  child: ChildProcess;
  port: number;
  token: string;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
};

const started: Running[] = [];
const temps: { cleanup(): void }[] = [];
afterEach(() => {
  for (const r of started.splice(0)) if (r.child.exitCode === null && r.child.signalCode === null) r.child.kill('SIGKILL');
  for (const t of temps.splice(0)) t.cleanup();
});

function startWebProcess(library: string): Promise<Running> {
  const child = spawn(process.execPath, [webBundle, '--port', '0', '--library', library, '--no-open'], {
    cwd: repoRoot,
    env: { ...process.env, MEDPOST_LIBRARY: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.setEncoding('utf8').on('data', (c: string) => (out += c));
  child.stderr!.setEncoding('utf8').on('data', (c: string) => (err += c));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web host did not start; stderr: ${err}`)), 15_000);
    const check = () => {
      const newline = out.indexOf('\n');
      if (newline === -1) return;
      clearTimeout(timer);
      const m = READY_LINE.exec(out.slice(0, newline));
      if (!m) return reject(new Error(`unexpected first line: ${JSON.stringify(out)}`));
      const running: Running = { child, port: Number(m[1]), token: m[2], stdout: () => out, stderr: () => err, exited };
      started.push(running);
      resolve(running);
    };
    child.stdout!.on('data', check);
    void exited.then(({ code }) => {
      clearTimeout(timer);
      reject(new Error(`web host exited with ${code} before it was ready; stderr: ${err}`));
    });
  });
}

/** Opens the event stream and resolves once the server has said hello, so a connection is held open. */
function openEvents(port: number, token: string): Promise<http.ClientRequest> {
  return new Promise((resolve, reject) => {
    const req = http.get(
      { host: '127.0.0.1', port, path: '/api/events', headers: { Host: `127.0.0.1:${port}`, Authorization: `Bearer ${token}` }, agent: false },
      (res) => {
        res.once('data', () => resolve(req));
        res.on('error', () => undefined);
      },
    );
    req.on('error', (e) => (req.destroyed ? undefined : reject(e)));
  });
}

function checkDatabase(library: string): { integrity: string; projects: number } {
  const db = new Database(path.join(library, 'library.sqlite'), { readonly: true });
  try {
    return {
      integrity: db.pragma('integrity_check', { simple: true }) as string,
      projects: db.prepare('SELECT count(*) FROM projects').pluck().get() as number,
    };
  } finally {
    db.close();
  }
}

describe.skipIf(!built)(`web host process (node dist/node/web.mjs${built ? '' : ' — SKIPPED: run `npm run build` first'})`, () => {
  it('prints exactly one line, the address with its token, and serves the API', async () => {
    const temp = makeTempDir('medpost-webproc-');
    temps.push(temp);
    const running = await startWebProcess(temp.dir);
    const info = await rawRequest(running.port, {
      method: 'POST',
      path: '/api/library.info',
      headers: { Authorization: `Bearer ${running.token}` },
      body: '{}',
    });
    expect(info.status).toBe(200);
    expect(json(info)).toMatchObject({ ok: true, value: { path: temp.dir, projects: 0, assets: 0 } });
    const page = await rawRequest(running.port, { path: `/?token=${running.token}` });
    expect(page.status).toBe(303);
    const anonymous = await rawRequest(running.port, { method: 'POST', path: '/api/library.info', body: '{}' });
    expect(anonymous.status).toBe(401);

    running.child.kill('SIGTERM');
    expect(await running.exited).toEqual({ code: 0, signal: null });
    const lines = running.stdout().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(READY_LINE);
    expect(lines[1]).toBe('');
  });

  it.each(['SIGTERM', 'SIGINT'] as const)('closes the library cleanly on %s, even with an event stream open', async (signal) => {
    const temp = makeTempDir('medpost-webproc-');
    temps.push(temp);
    const running = await startWebProcess(temp.dir);
    const events = await openEvents(running.port, running.token);
    for (const name of ['First', 'Second', 'Third']) {
      const res = await rawRequest(running.port, {
        method: 'POST',
        path: '/api/projects.create',
        headers: { Authorization: `Bearer ${running.token}` },
        body: JSON.stringify({ name }),
      });
      expect(res.status).toBe(200);
    }
    running.child.kill(signal);
    const exit = await Promise.race([
      running.exited,
      new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), 10_000)),
    ]);
    events.destroy();
    expect(exit).toEqual({ code: 0, signal: null });
    expect(running.stderr()).toBe('');

    // A clean close checkpoints the WAL and removes it: nothing is left for the next open to recover.
    const wal = path.join(temp.dir, 'library.sqlite-wal');
    expect(fs.existsSync(wal) ? fs.statSync(wal).size : 0).toBe(0);
    expect(checkDatabase(temp.dir)).toEqual({ integrity: 'ok', projects: 3 });
  });

  it('exits 1 with one stderr line and nothing on stdout when the port is taken', async () => {
    const temp = makeTempDir('medpost-webproc-');
    temps.push(temp);
    const first = await startWebProcess(path.join(temp.dir, 'a'));
    const child = spawn(process.execPath, [webBundle, '--port', String(first.port), '--library', path.join(temp.dir, 'b'), '--no-open'], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (err += c));
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err.trimEnd().split('\n')).toEqual([expect.stringMatching(/^medpost web: .*EADDRINUSE/)]);
    first.child.kill('SIGTERM');
    expect((await first.exited).code).toBe(0);
  });
});
