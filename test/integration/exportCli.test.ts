import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newArrow, newShape, newSlide, newText } from '../../shared/editor/objectFactory';
import { PostDocument } from '../../shared/model/postDocument';
import { openStudio } from '../../electron/services/studio';
import { runCli } from '../../electron/hosts/cli/main';
import { makeTempDir } from '../fixtures/tempLibrary';
import { DISCLAIMER_LINE } from '../../shared/compliance/rules/disclaimer';
import { CANVAS } from './exportSetup';

// What the gate asks of these posts: a platform, and a reason for the teaching-frame and
// audience warnings (rule 5) the two plain slides raise.
const GATE = ['--platform', 'instagram', '--ack', 'education:Reviewed for the teaching file.'];

let temp: { dir: string; cleanup(): void };
let library: string;
let postId: string;
let bare: string;

/** A library holding one post of two slides (text, shape, arrow), made through the services. */
beforeEach(async () => {
  temp = makeTempDir('medpost-cli-export-');
  library = path.join(temp.dir, 'library');
  const studio = openStudio(library, { log: () => {} });
  try {
    // The compliance gate (issue 7) wants a disclaimer: the library's profile note carries it.
    await studio.dispatch('compliance.setSettings', { profileNote: DISCLAIMER_LINE });
    const project = await studio.dispatch('projects.create', { name: 'Teaching' });
    const projectId = (project as { value: { id: string } }).value.id;
    const slides = [
      newSlide(undefined, [newText(CANVAS, 'Scaphoid fracture'), newShape(CANVAS, 'roundRect', { x: 540, y: 300 })]),
      newSlide(undefined, [newArrow(CANVAS), newText(CANVAS, 'Snuffbox tenderness', { x: 540, y: 1000 })]),
    ].map((s) => ({ ...s, altText: 'A teaching slide on wrist injuries.' }));
    const document = PostDocument.parse({ schemaVersion: 3, canvas: CANVAS, slides, scenes: [], parts: [] });
    const create = async (doc: PostDocument) =>
      ((await studio.dispatch('posts.create', { projectId, title: 'Wrist', format: 'carousel', document: doc })) as { value: { id: string } }).value.id;
    postId = await create(document);
    bare = await create({ ...document, slides: document.slides.map((s) => ({ ...s, altText: '' })) });
  } finally {
    studio.close();
  }
});
afterEach(() => temp.cleanup());

async function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli([...argv, ...(argv[0] === 'export' ? GATE : []), '--library', library], { stdout: (s) => out.push(s), stderr: (s) => err.push(s), isTTY: false }, {});
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('medpost export', () => {
  it('writes a PDF into a folder and reports what it checked as JSON', async () => {
    const outDir = path.join(temp.dir, 'out');
    fs.mkdirSync(outDir);
    const run = await cli(['export', postId, '--kind', 'pdf', '--out', outDir, '--json']);
    expect(run).toMatchObject({ code: 0, err: '' });
    const result = JSON.parse(run.out);
    expect(result).toMatchObject({ name: 'post.pdf', path: path.join(outDir, 'post.pdf') });
    expect(result.verified.join('\n')).toMatch(/PDF: 2 pages/);
    const pdf = await PDFDocument.load(fs.readFileSync(result.path), { updateMetadata: false });
    expect(pdf.getPages().map((p) => p.getSize())).toEqual([{ width: 1080, height: 1350 }, { width: 1080, height: 1350 }]);
    expect(fs.readdirSync(outDir)).toEqual(['post.pdf']);
  }, 60_000);

  it('writes to the file --out names, reports in words without --json; a trailing slash names a folder', async () => {
    const target = path.join(temp.dir, 'cover.jpg');
    const run = await cli(['export', postId, '--kind', 'zip', '--out', target]);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^Exported 2 slides \(1080×1350\) to .*cover\.jpg/);
    expect(run.out).toContain('Checked:');
    expect(fs.readFileSync(target).subarray(0, 2).toString('latin1')).toBe('PK');
    const png = await cli(['export', postId, '--kind', 'png', '--out', `${temp.dir}${path.sep}`]);
    expect(png.code).toBe(0);
    // Two slides as PNG: one file to save, so a ZIP of the two images.
    expect(png.out).toContain(path.join(temp.dir, 'post.zip'));
    expect(fs.readFileSync(path.join(temp.dir, 'post.zip')).subarray(0, 2).toString('latin1')).toBe('PK');
  }, 60_000);

  it('fails in one line when the post may not be exported, and exits 2 on a usage error', async () => {
    const refused = await cli(['export', bare, '--kind', 'png', '--out', temp.dir]);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/^medpost: Not exported: Slide 1 needs alt text.*Slide 2 needs alt text/);
    expect(refused.err.split('\n')).toHaveLength(1);
    expect((await cli(['export', postId])).code).toBe(2);
    expect((await cli(['export', postId, '--kind', 'gif', '--out', temp.dir])).err).toMatch(/--kind must be one of png, jpeg, pdf, zip/);
  }, 60_000);
});
