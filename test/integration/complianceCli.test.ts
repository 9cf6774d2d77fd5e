import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newSlide, newText } from '../../shared/editor/objectFactory';
import { PostDocument } from '../../shared/model/postDocument';
import { DISCLAIMER_LINE } from '../../shared/compliance/rules/disclaimer';
import { openStudio } from '../../electron/services/studio';
import { runCli } from '../../electron/hosts/cli/main';
import { shutdownOcr } from '../../electron/services/ocr/tesseractPool';
import { makeTempDir, samplesDir } from '../fixtures/tempLibrary';
import { CANVAS } from './exportSetup';

let temp: { dir: string; cleanup(): void };
let library: string;
let clean: string;
let dated: string;
let threadPost: string;
let threadAsset: string;

beforeAll(async () => {
  temp = makeTempDir('medpost-cli-check-');
  library = path.join(temp.dir, 'library');
  const studio = openStudio(library, { log: () => {} });
  try {
    const project = (await studio.dispatch('projects.create', { name: 'Teaching' })) as { value: { id: string } };
    const make = async (texts: string[]) => {
      const slides = texts.map((t) => ({ ...newSlide(undefined, [newText(CANVAS, t)]), altText: 'A teaching slide.' }));
      const document = PostDocument.parse({ schemaVersion: 3, canvas: CANVAS, slides, scenes: [], parts: [], audience: 'clinicians' });
      const r = (await studio.dispatch('posts.create', { projectId: project.value.id, title: 'Wrist', format: 'carousel', document })) as { value: { id: string } };
      return r.value.id;
    };
    clean = await make(['Scaphoid fracture: what is the next step?', DISCLAIMER_LINE]);
    dated = await make(['Scaphoid fracture seen on 3 March 2024 at Riverside Campus.', DISCLAIMER_LINE]);
    // A thread: a first part longer than one X post (split in two when posted), and an image
    // under the second part that was never scanned.
    const imported = (await studio.dispatch('assets.import', { projectId: project.value.id, name: 'wrist.png' }, { upload: { kind: 'path', path: path.join(samplesDir, 'images/xray-7-00.png') } })) as { value: { asset: { id: string } } };
    threadAsset = imported.value.asset.id;
    const parts = [
      { id: 'p1', text: LONG_PART },
      { id: 'p2', text: 'Takeaway: image the wrist again at two weeks.', images: [{ assetId: threadAsset, alt: 'A wrist radiograph.' }] },
      { id: 'p3', text: DISCLAIMER_LINE },
    ];
    const document = PostDocument.parse({ schemaVersion: 3, canvas: CANVAS, slides: [], scenes: [], parts, audience: 'clinicians' });
    threadPost = ((await studio.dispatch('posts.create', { projectId: project.value.id, title: 'Wrist thread', format: 'thread', platforms: ['x'], document })) as { value: { id: string } }).value.id;
  } finally {
    studio.close();
  }
});
afterAll(async () => {
  temp.cleanup();
  await shutdownOcr();
});

// Two sentences of about 130 characters each: one Threads post, two on X.
const LONG_PART = 'A scaphoid fracture can hide on the first films, so a tender snuffbox after a fall on an outstretched hand needs a cast and review. Repeat films at ten to fourteen days, or an MRI scan when it is available and the answer changes the plan.';

type Finding = { rule: string; severity: string; message: string; where: { key: string; label: string; partNumber?: number } };

async function cli(argv: string[], stdin?: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io = { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s), isTTY: false, ...(stdin !== undefined ? { stdin: async () => stdin } : {}) };
  const code = await runCli([...argv, '--library', library], io, {});
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('medpost check', () => {
  it('checks a library post: {ok, findings} as JSON, exit 0 clean and 1 on an error', async () => {
    const ok = await cli(['check', clean, '--platform', 'instagram,x', '--json']);
    expect(ok).toMatchObject({ code: 0, err: '' });
    expect(JSON.parse(ok.out)).toEqual({ ok: true, findings: [] });
    const bad = await cli(['check', dated, '--platform', 'instagram', '--date', '2026-12-01', '--json']);
    expect(bad.code).toBe(1);
    const report = JSON.parse(bad.out);
    expect(report.ok).toBe(false);
    expect(Object.keys(report.findings[0]).sort()).toEqual(['message', 'rule', 'severity', 'where']);
    expect(report.findings.map((f: { rule: string }) => f.rule)).toContain('dates');
  });

  it('applies a policy pack given with --policy, and names a bad field in it', async () => {
    const pack = path.join(temp.dir, 'pack.json');
    fs.writeFileSync(pack, JSON.stringify({ name: 'Riverside', bannedTerms: ['Riverside Campus'] }));
    const run = await cli(['check', dated, '--platform', 'linkedin', '--policy', pack, '--json']);
    expect(JSON.parse(run.out).findings.some((f: { rule: string; message: string }) => f.rule === 'policy' && /Riverside Campus/.test(f.message))).toBe(true);
    fs.writeFileSync(pack, JSON.stringify({ name: 'Typo', bannedTerm: ['x'] }));
    const refused = await cli(['check', dated, '--platform', 'linkedin', '--policy', pack]);
    expect(refused).toMatchObject({ code: 1, err: expect.stringMatching(/“bannedTerm” is not a policy-pack field/) });
    expect((await cli(['check', dated, '--platform', 'myspace'])).code).toBe(2);
  });

  it('checks loose text from stdin and an image as attached media (OCR, metadata, no patient link)', async () => {
    const run = await cli(['check', '--text', '-', '--image', path.join(samplesDir, 'images/xray-7-00.png'), '--platform', 'x', '--json'], `A 45-year-old man with a fracture. ${DISCLAIMER_LINE}`);
    expect(run.code).toBe(1);
    const rules = JSON.parse(run.out).findings.map((f: { rule: string; severity: string }) => `${f.rule}:${f.severity}`);
    expect(rules).toContain('identifiers:error'); // burned-in text on the film
    expect(rules).toContain('consent:warning'); // no patient link is known
    const text = await cli(['check', '--text', '-', '--platform', 'x'], `What is your diagnosis? ${DISCLAIMER_LINE}`);
    expect(text.out).toMatch(/^WARNING \[education\] Say who this post is for/m);
  }, 60_000);

  it('checks a library thread as posted: parts split per platform, part images through the identifiers and consent rules', async () => {
    const run = await cli(['check', threadPost, '--platform', 'x,threads', '--json']);
    const findings: Finding[] = JSON.parse(run.out).findings;
    // The long part goes out as two X posts: no length error, no sentence warning.
    expect(findings.filter((f) => f.rule === 'platform')).toEqual([]);
    expect(findings.find((f) => f.rule === 'identifiers')).toMatchObject({ severity: 'error', where: { key: `asset:${threadAsset}/unscanned`, label: 'Thread part 2, image 1', partNumber: 2 } });
    expect(findings.find((f) => f.rule === 'consent')).toMatchObject({ severity: 'warning', where: { key: `asset:${threadAsset}/unlinked`, partNumber: 2 } });
    expect(run.code).toBe(1);
  }, 60_000);

  it('checks a thread file given with --text (--- lines between parts) and reports per part', async () => {
    const file = path.join(temp.dir, 'thread.txt');
    const text = [`${LONG_PART}`, 'Seen in clinic by Dr John Smith last week.', `Look for it ${'x'.repeat(300)} early.`, DISCLAIMER_LINE].join('\n---\n');
    fs.writeFileSync(file, text);
    const run = await cli(['check', '--text', file, '--platform', 'x', '--json']);
    expect(run.code).toBe(1);
    const findings: Finding[] = JSON.parse(run.out).findings;
    const at = (rule: string) => findings.filter((f) => f.rule === rule).map((f) => [f.severity, f.where.label, f.where.partNumber]);
    expect(at('identifiers')).toContainEqual(['error', 'Thread part 2', 2]);
    expect(at('platform')).toEqual([['error', 'Thread part 3', 3]]);
    expect(findings.find((f) => f.rule === 'platform')!.message).toMatch(/^Thread part 3 cannot be posted on X: .*cannot be split/);
    // The human-readable report names the part too.
    const plain = await cli(['check', '--text', '-', '--platform', 'x'], text);
    expect(plain.out).toMatch(/^ERROR {3}\[platform\] Thread part 3 cannot be posted on X/m);
  });

  it('writes a .medpost with medpost export --kind medpost and checks the file on its own', async () => {
    const out = path.join(temp.dir, 'wrist.medpost');
    const written = await cli(['export', dated, '--kind', 'medpost', '--out', out]);
    expect(written.code).toBe(0);
    const run = await cli(['check', out, '--platform', 'instagram', '--json']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.out).findings.map((f: { rule: string }) => f.rule)).toContain('dates');
    fs.writeFileSync(path.join(temp.dir, 'junk.medpost'), 'PK not really');
    expect((await cli(['check', path.join(temp.dir, 'junk.medpost'), '--platform', 'x'])).err).toMatch(/cannot be opened/);
  });
});

describe('medpost export and audit', () => {
  it('refuses an export with errors (listing them and the warnings), refuses a malformed --ack, and exports the audit as CSV and PDF', async () => {
    const outDir = path.join(temp.dir, 'out');
    fs.mkdirSync(outDir);
    const refused = await cli(['export', dated, '--platform', 'instagram', '--out', outDir]);
    expect(refused).toMatchObject({ code: 1, err: expect.stringMatching(/^medpost: Not exported: 2 compliance errors to fix: .*\[dates\] Slide 1, text box 1 holds a date.* 1 warning needs a reason/) });
    const exported = await cli(['export', clean, '--platform', 'instagram', '--out', outDir, '--json']);
    expect(exported.code).toBe(0);
    const csv = path.join(temp.dir, 'audit.csv');
    expect((await cli(['audit', 'export', '--csv', csv, '--action', 'compliance.'])).code).toBe(0);
    const text = fs.readFileSync(csv, 'utf8');
    expect(text).toMatch(/compliance\.blocked,post,/);
    expect(text).toMatch(/compliance\.exported,post,.*sha256=[0-9a-f]{64}/);
    const pdf = path.join(temp.dir, 'audit.pdf');
    expect((await cli(['audit', 'export', '--pdf', pdf])).code).toBe(0);
    expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const list = await cli(['audit', 'list', '--post', clean, '--json']);
    expect(JSON.parse(list.out).map((e: { action: string }) => e.action)).toContain('compliance.exported');
    expect((await cli(['export', clean, '--platform', 'instagram', '--out', outDir, '--ack', 'nonsense'])).code).toBe(2);
  }, 60_000);
});
