import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../../test/fixtures/tempLibrary';
import { runCli } from '../main';

const temps: { cleanup(): void }[] = [];
afterEach(() => temps.splice(0).forEach((t) => t.cleanup()));

async function cli(argv: string[], stdin?: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { stdout: (s) => out.push(s), stderr: (s) => err.push(s), isTTY: false, stdin: stdin === undefined ? undefined : async () => stdin }, {});
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('medpost scan-text', () => {
  it('prints only {"findings": [...]} with UTF-16 offsets into the decoded text', async () => {
    const t = makeTempDir();
    temps.push(t);
    const text = '🩻 Mrs. O’Brien, 92 y/o, seen yesterday. BP 120/80.';
    const file = path.join(t.dir, 'post.txt');
    fs.writeFileSync(file, text, 'utf8');
    const run = await cli(['scan-text', file, '--json']);
    expect(run.code).toBe(0);
    const { findings } = JSON.parse(run.out) as { findings: { start: number; end: number; text: string; kind: string }[] };
    expect(findings.map((f) => f.kind)).toEqual(expect.arrayContaining(['name', 'age-over-89', 'relative-date']));
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(findings.some((f) => f.text.includes('120/80'))).toBe(false);
  });

  it('reads stdin for "-" and lists findings with suggested replacements without --json', async () => {
    const run = await cli(['scan-text', '-'], 'Call 555-867-5309 about the 99-year-old.');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/phone .*555-867-5309/);
    expect(run.out).toMatch(/age-over-89/);
  });

  it('fails with one clear line for a missing file', async () => {
    const run = await cli(['scan-text', '/nonexistent/post.txt', '--json']);
    expect(run.code).toBe(1);
    expect(run.out).toBe('');
    expect(run.err.split('\n')).toHaveLength(1);
    expect(run.err).toMatch(/cannot read .*ENOENT/);
  });
});
