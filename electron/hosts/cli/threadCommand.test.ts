import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/fixtures/tempLibrary';
import { runCli } from './main';

let temp: { dir: string; cleanup(): void };
beforeEach(() => {
  temp = makeTempDir('medpost-thread-');
});
afterEach(() => temp.cleanup());

async function cli(argv: string[], stdin?: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io = { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s), isTTY: false, ...(stdin === undefined ? {} : { stdin: async () => stdin }) };
  const code = await runCli(argv, io, { MEDPOST_LIBRARY: path.join(temp.dir, 'library') });
  return { code, out: out.join('\n'), err };
}

function file(name: string, text: string): string {
  const p = path.join(temp.dir, name);
  fs.writeFileSync(p, text);
  return p;
}

const text = `Charcot foot is easy to miss 🦶🔥. ${'Offloading is the treatment: a total contact cast for 8 to 12 weeks. '.repeat(8)}\n\nRead https://www.idsociety.org/practice-guideline/diabetic-foot-infections/ today.`;

describe('medpost thread split', () => {
  it('prints {platform, parts:[{text, length, limit}]} and nothing else on stdout', async () => {
    const run = await cli(['thread', 'split', file('t.txt', text), '--platform', 'x', '--json']);
    expect(run.code).toBe(0);
    expect(run.err).toEqual([]);
    const value = JSON.parse(run.out) as { platform: string; parts: { text: string; length: number; limit: number }[] };
    expect(Object.keys(value)).toEqual(['platform', 'parts']);
    expect(value.platform).toBe('x');
    expect(value.parts.length).toBeGreaterThan(1);
    for (const p of value.parts) {
      expect(Object.keys(p)).toEqual(['text', 'length', 'limit']);
      expect(p.length).toBeLessThanOrEqual(280);
      expect(p.limit).toBe(280);
    }
    expect(value.parts[0].text).toMatch(/ 1\/\d+$/);
  });

  it('reads stdin for -, and takes --numbering and --limit', async () => {
    const run = await cli(['thread', 'split', '-', '--platform', 'mastodon', '--numbering', 'thread', '--limit', '1000', '--json'], text);
    expect(run.code).toBe(0);
    const { parts } = JSON.parse(run.out) as { parts: { text: string; limit: number }[] };
    expect(parts).toHaveLength(1);
    expect(parts[0].limit).toBe(1000);
  });

  it('refuses a word longer than a post: exit 1, one line on stderr naming it, nothing on stdout', async () => {
    const run = await cli(['thread', 'split', file('long.txt', `Intro. ${'x'.repeat(600)}`), '--platform', 'threads', '--json']);
    expect(run.code).toBe(1);
    expect(run.out).toBe('');
    expect(run.err).toHaveLength(1);
    expect(run.err[0]).toMatch(/^medpost: “x+…” counts 600 on Threads/);
  });

  it('refuses a LinkedIn post over 3,000 and a missing file with exit 1', async () => {
    expect((await cli(['thread', 'split', file('li.txt', 'word '.repeat(700)), '--platform', 'linkedin', '--json'])).code).toBe(1);
    const missing = await cli(['thread', 'split', path.join(temp.dir, 'nope.txt'), '--platform', 'x']);
    expect(missing.code).toBe(1);
    expect(missing.err[0]).toContain('cannot read');
  });

  it('answers a usage error with exit 2', async () => {
    for (const argv of [
      ['thread', 'split', 'f.txt'],
      ['thread', 'split', 'f.txt', '--platform', 'myspace'],
      ['thread', 'split', 'f.txt', '--platform', 'x', '--numbering', 'roman'],
      ['thread', 'split', 'f.txt', '--platform', 'x', '--limit', 'ten'],
      ['thread', 'join', 'f.txt', '--platform', 'x'],
      ['thread', 'split', 'f.txt', '--platform', 'x', '--bogus'],
    ]) {
      const run = await cli(argv);
      expect(run.code, argv.join(' ')).toBe(2);
      expect(run.err).toHaveLength(1);
    }
  });

  it('uses the library’s text-limits.json over the app’s (a Mastodon server’s own limit)', async () => {
    const app = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'templates', 'text-limits.json'), 'utf8')) as { platforms: { platform: string; maxLength: number }[] };
    const mastodon = { ...app.platforms.find((p) => p.platform === 'mastodon')!, maxLength: 5000 };
    fs.mkdirSync(path.join(temp.dir, 'library', 'templates'), { recursive: true });
    fs.writeFileSync(path.join(temp.dir, 'library', 'templates', 'text-limits.json'), JSON.stringify({ platforms: [mastodon] }));
    const run = await cli(['thread', 'split', file('t.txt', text), '--platform', 'mastodon', '--json']);
    expect(JSON.parse(run.out).parts).toEqual([expect.objectContaining({ limit: 5000 })]);
  });
});
