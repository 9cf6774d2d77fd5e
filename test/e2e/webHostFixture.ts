import { test as base } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const samples = path.resolve(repoRoot, '..', 'shared', 'samples');
export const artifacts = path.join(repoRoot, 'artifacts', 'screenshots');

export type Host = { url: string; origin: string; library: string; process: ChildProcess };

/** Starts the real browser host (built bundle, real services) on a fresh library. */
export async function startHost(library: string): Promise<Host> {
  const child = spawn(process.execPath, [path.join(repoRoot, 'dist', 'node', 'web.mjs'), '--port', '0', '--library', library, '--no-open'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FFMPEG_BIN: process.env.FFMPEG_BIN ?? '/usr/bin/ffmpeg' },
  });
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`web host did not start: ${stderr}`)), 15_000);
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /running at (\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`web host exited ${code}: ${stderr}`)));
  });
  return { url, origin: new URL(url).origin, library, process: child };
}

export const test = base.extend<{ host: Host }>({
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const library = fs.mkdtempSync(path.join(os.tmpdir(), 'medpost-e2e-'));
    const host = await startHost(library);
    await use(host);
    host.process.kill('SIGTERM');
    await new Promise((r) => host.process.once('exit', r));
    fs.rmSync(library, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
