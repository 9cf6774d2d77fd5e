import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir, repoRoot, samplesDir } from '../fixtures/tempLibrary';

const bin = path.join(repoRoot, 'bin', 'medpost.mjs');
const built = fs.existsSync(path.join(repoRoot, 'dist', 'node', 'cli.mjs'));

const temps: { cleanup(): void }[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) t.cleanup();
});

function medpost(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    // A clean environment: no library from the developer's shell leaks in.
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: repoRoot,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, FFMPEG_BIN: process.env.FFMPEG_BIN, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe.skipIf(!built)(`medpost as a real process (bin/medpost.mjs${built ? '' : ' — SKIPPED: run `npm run build` first'})`, () => {
  it('prints help and exits 0', async () => {
    const run = await medpost(['--help']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^medpost \d+\.\d+\.\d+/);
    expect(run.stdout).toContain('library info');
    expect(run.stdout).toContain('asset import FILE...');
  });

  it('prints the version the build stamped in', async () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    const run = await medpost(['--version']);
    expect(run).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('prints library info as JSON only, for the library named by MEDPOST_LIBRARY', async () => {
    const temp = makeTempDir('medpost-bin-');
    temps.push(temp);
    const library = path.join(temp.dir, 'My Library');
    const run = await medpost(['library', 'info', '--json'], { MEDPOST_LIBRARY: library });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const info = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(info).sort()).toEqual(['assets', 'path', 'projects', 'schemaVersion']);
    expect(info).toMatchObject({ path: library, projects: 0, assets: 0 });
    expect(fs.existsSync(path.join(library, 'library.sqlite'))).toBe(true);
  });

  it('exits 2 with one line on stderr for an unknown command', async () => {
    const run = await medpost(['conjure', 'projects']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('imports over separate processes into one library and keeps stdout pure JSON', async () => {
    const temp = makeTempDir('medpost-bin-');
    temps.push(temp);
    const env = { MEDPOST_LIBRARY: temp.dir };
    const created = await medpost(['project', 'create', 'Shared', '--json'], env);
    expect(created.code).toBe(0);
    const { id } = JSON.parse(created.stdout) as { id: string };
    const png = path.join(samplesDir, 'images', 'xray-7-00.png');
    const video = path.join(samplesDir, 'video', 'clip-7-00.mp4');
    const imported = await medpost(['asset', 'import', png, video, '--project', id, '--json'], env);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    const result = JSON.parse(imported.stdout) as { imported: { asset: { kind: string; hasThumbnail: boolean } }[]; failed: unknown[] };
    expect(result.failed).toEqual([]);
    expect(result.imported.map((r) => [r.asset.kind, r.asset.hasThumbnail])).toEqual([
      ['image', true],
      ['video', true],
    ]);
    const info = await medpost(['library', 'info', '--json'], env);
    expect(JSON.parse(info.stdout)).toMatchObject({ projects: 1, assets: 2 });
  });
});
