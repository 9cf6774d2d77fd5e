import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, samplesDir } from '../../../test/fixtures/tempLibrary';
import { runCli } from './main';

type Run = { code: number; out: string; err: string; errLines: string[] };

let temp: { dir: string; cleanup(): void };
let lib: string;
beforeEach(() => {
  temp = makeTempDir('medpost-cli-');
  lib = path.join(temp.dir, 'library');
});
afterEach(() => temp.cleanup());

async function cli(argv: string[], env: NodeJS.ProcessEnv = {}, isTTY = false): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { stdout: (s) => out.push(s), stderr: (s) => err.push(s), isTTY }, env);
  const errText = err.join('\n');
  return { code, out: out.join('\n'), err: errText, errLines: errText === '' ? [] : errText.split('\n') };
}

/** Runs with --json against the temp library and parses stdout, which must hold JSON only. */
async function cliJson(argv: string[]): Promise<{ code: number; value: unknown; run: Run }> {
  const run = await cli([...argv, '--library', lib, '--json']);
  return { code: run.code, value: run.out === '' ? undefined : JSON.parse(run.out), run };
}

async function createProject(name: string): Promise<{ id: string; name: string }> {
  const { code, value } = await cliJson(['project', 'create', name]);
  expect(code).toBe(0);
  return value as { id: string; name: string };
}

describe('medpost CLI: help and version', () => {
  it('prints help listing every command on stdout with --help and exits 0', async () => {
    const run = await cli(['--help']);
    expect(run.code).toBe(0);
    expect(run.err).toBe('');
    for (const command of ['library info', 'project list', 'project create', 'project rename', 'project delete', 'asset import']) {
      expect(run.out).toContain(command);
    }
    expect(run.out).toMatch(/--library DIR/);
    expect((await cli(['-h'])).out).toBe(run.out);
  });

  it('prints the help on stderr and exits 2 when no command is given', async () => {
    const run = await cli([]);
    expect(run.code).toBe(2);
    expect(run.out).toBe('');
    expect(run.err).toContain('Usage: medpost');
  });

  it('prints just the version with --version', async () => {
    const run = await cli(['--version']);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^\d+\.\d+\.\d+(-[\w.]+)?$/);
    expect((await cli(['-v'])).out).toBe(run.out);
  });
});

describe('medpost CLI: usage errors', () => {
  it('exits 2 with one stderr line for an unknown command, and creates no library', async () => {
    const run = await cli(['frobnicate', 'everything', '--library', lib]);
    expect(run.code).toBe(2);
    expect(run.out).toBe('');
    expect(run.errLines).toHaveLength(1);
    expect(run.err).toMatch(/unknown command "frobnicate everything"/);
    expect(fs.existsSync(lib)).toBe(false);
  });

  it('exits 2 with one stderr line for an unknown flag', async () => {
    const run = await cli(['project', 'list', '--frobnicate']);
    expect(run.code).toBe(2);
    expect(run.out).toBe('');
    expect(run.errLines).toHaveLength(1);
  });

  it('exits 2 with one stderr line when a command misses its argument', async () => {
    const run = await cli(['project', 'rename', 'only-an-id', '--library', lib]);
    expect(run.code).toBe(2);
    expect(run.out).toBe('');
    expect(run.errLines).toEqual([expect.stringMatching(/^medpost: missing argument: usage: medpost project rename ID NAME/)]);
  });

  it('exits 2 when asset import names no project', async () => {
    const run = await cli(['asset', 'import', 'a.png', '--library', lib]);
    expect(run.code).toBe(2);
    expect(run.errLines).toHaveLength(1);
  });
});

describe('medpost CLI: library and projects', () => {
  it('prints library info as JSON with exactly path, schemaVersion, projects and assets', async () => {
    const { code, value, run } = await cliJson(['library', 'info']);
    expect(code).toBe(0);
    expect(run.err).toBe('');
    expect(Object.keys(value as object).sort()).toEqual(['assets', 'path', 'projects', 'schemaVersion']);
    expect(value).toMatchObject({ path: lib, projects: 0, assets: 0 });
    expect((value as { schemaVersion: number }).schemaVersion).toBeGreaterThan(0);
  });

  it('takes the library from MEDPOST_LIBRARY when --library is not given', async () => {
    const run = await cli(['library', 'info', '--json'], { MEDPOST_LIBRARY: lib });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out)).toMatchObject({ path: lib });
  });

  it('prints library info as readable text without --json', async () => {
    const run = await cli(['library', 'info', '--library', lib]);
    expect(run.code).toBe(0);
    expect(run.out.split('\n')).toEqual([`Library: ${lib}`, expect.stringMatching(/^Schema version: \d+$/), 'Projects: 0', 'Assets: 0']);
  });

  it('creates, lists, renames, trashes and permanently deletes a project', async () => {
    const created = await createProject('Knee MRI teaching');
    expect(created).toMatchObject({ name: 'Knee MRI teaching', trashedAt: null, assetCount: 0 });

    const listed = (await cliJson(['project', 'list'])).value as { projects: { id: string }[] };
    expect(listed.projects.map((p) => p.id)).toEqual([created.id]);

    const renamed = await cliJson(['project', 'rename', created.id, 'Knee', 'MRI', 'basics']);
    expect(renamed.code).toBe(0);
    expect(renamed.value).toMatchObject({ id: created.id, name: 'Knee MRI basics' });

    const trashed = await cliJson(['project', 'delete', created.id]);
    expect(trashed.code).toBe(0);
    expect((trashed.value as { trashedAt: string | null }).trashedAt).toEqual(expect.any(String));
    expect(((await cliJson(['project', 'list'])).value as { projects: unknown[] }).projects).toEqual([]);
    const inTrash = (await cliJson(['project', 'list', '--trashed'])).value as { projects: { id: string }[] };
    expect(inTrash.projects.map((p) => p.id)).toEqual([created.id]);

    const gone = await cliJson(['project', 'delete', created.id, '--permanent']);
    expect(gone.code).toBe(0);
    expect(gone.value).toEqual({ deleted: created.id });
    expect(((await cliJson(['project', 'list', '--trashed'])).value as { projects: unknown[] }).projects).toEqual([]);
    expect(((await cliJson(['library', 'info'])).value as { projects: number }).projects).toBe(0);
  });

  it('refuses to delete for good a project that is not in the trash', async () => {
    const p = await createProject('Keep me');
    const { code, run } = await cliJson(['project', 'delete', p.id, '--permanent']);
    expect(code).toBe(1);
    expect(run.out).toBe('');
    expect(run.errLines).toEqual([expect.stringMatching(/^medpost: .*trash/)]);
  });

  it('filters the project list with --search', async () => {
    await createProject('Chest X-ray');
    await createProject('Ankle sprain');
    const { value } = await cliJson(['project', 'list', '--search', 'chest']);
    expect((value as { projects: { name: string }[] }).projects.map((p) => p.name)).toEqual(['Chest X-ray']);
  });

  it('exits 1 with one stderr line and empty stdout when renaming a project that does not exist', async () => {
    const { code, run } = await cliJson(['project', 'rename', 'no-such-id', 'New name']);
    expect(code).toBe(1);
    expect(run.out).toBe('');
    expect(run.errLines).toEqual(['medpost: That project does not exist (it may have been deleted).']);
  });

  it('exits 1 with one stderr line when the library folder cannot be created', async () => {
    const blocker = path.join(temp.dir, 'a-file');
    fs.writeFileSync(blocker, 'not a folder');
    const run = await cli(['library', 'info', '--library', path.join(blocker, 'library')]);
    expect(run.code).toBe(1);
    expect(run.out).toBe('');
    expect(run.errLines).toHaveLength(1);
    expect(run.err).toMatch(/^medpost: Cannot create the library folder/);
  });
});

describe('medpost CLI: asset import', () => {
  function stageInputs(): { good: string[]; bad: string } {
    const inputs = path.join(temp.dir, 'inputs');
    fs.mkdirSync(inputs);
    const a = path.join(inputs, 'a.png');
    const b = path.join(inputs, 'b.dcm');
    const bad = path.join(inputs, 'bad.jpg');
    fs.copyFileSync(path.join(samplesDir, 'images', 'xray-7-00.png'), a);
    fs.copyFileSync(path.join(samplesDir, 'dicom', 'cr-7-00.dcm'), b);
    // The first 4 KB of a real JPEG: a valid signature, then nothing.
    fs.writeFileSync(bad, fs.readFileSync(path.join(samplesDir, 'images', 'photo-7-00.jpg')).subarray(0, 4096));
    return { good: [a, b], bad };
  }

  it('imports the good files, reports the bad one on one stderr line, and exits 1', async () => {
    const project = await createProject('Imports');
    const { good, bad } = stageInputs();
    const { code, value, run } = await cliJson(['asset', 'import', good[0], bad, good[1], '--project', project.id]);
    expect(code).toBe(1);
    const result = value as { imported: { asset: { kind: string; originalName: string } }[]; failed: { file: string; code: string; error: string }[] };
    expect(Object.keys(result).sort()).toEqual(['failed', 'imported']);
    expect(result.imported.map((r) => [r.asset.originalName, r.asset.kind])).toEqual([
      ['a.png', 'image'],
      ['b.dcm', 'dicom'],
    ]);
    expect(result.failed).toEqual([{ file: bad, code: 'corrupt', error: expect.any(String) }]);
    expect(run.errLines).toHaveLength(1);
    expect(run.errLines[0]).toMatch(new RegExp(`^medpost: ${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));

    const assets = await cliJson(['library', 'info']);
    expect((assets.value as { assets: number }).assets).toBe(2);
    expect(fs.readdirSync(path.join(lib, 'tmp'))).toEqual([]);
  });

  it('writes one stderr line per failed file, and none for progress when not on a terminal', async () => {
    const project = await createProject('Failures');
    const { bad } = stageInputs();
    const missing = path.join(temp.dir, 'missing.png');
    const truncatedDicom = path.join(samplesDir, 'dicom', 'cr-7-03.dcm');
    const { code, value, run } = await cliJson(['asset', 'import', bad, missing, truncatedDicom, '--project', project.id]);
    expect(code).toBe(1);
    expect((value as { imported: unknown[] }).imported).toEqual([]);
    expect((value as { failed: { code: string }[] }).failed.map((f) => f.code)).toEqual(['corrupt', 'not_found', 'corrupt']);
    expect(run.errLines).toHaveLength(3);
    for (const line of run.errLines) expect(line).toMatch(/^medpost: /);
  });

  it('exits 0 and summarises in text when every file imports', async () => {
    const project = await createProject('All good');
    const { good } = stageInputs();
    const run = await cli(['asset', 'import', ...good, '--project', project.id, '--library', lib]);
    expect(run.code).toBe(0);
    expect(run.out).toBe('Imported 2 of 2 files.');
    expect(run.err).toBe('');
  });

  it('shows progress on stderr only on a terminal and never mixes it into --json output', async () => {
    const project = await createProject('Progress');
    const { good } = stageInputs();
    const text = await cli(['asset', 'import', good[0], '--project', project.id, '--library', lib], {}, true);
    expect(text.errLines).toEqual(['[1/1] a.png']);
    const asJson = await cli(['asset', 'import', good[1], '--project', project.id, '--library', lib, '--json'], {}, true);
    expect(asJson.err).toBe('');
    expect(JSON.parse(asJson.out)).toMatchObject({ failed: [] });
  });
});
