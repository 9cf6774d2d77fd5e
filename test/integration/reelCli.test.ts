import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/hosts/cli/main';
import { shutdownOcr } from '../../electron/services/ocr/tesseractPool';
import { openStudio } from '../../electron/services/studio';
import { DISCLAIMER_LINE } from '../../shared/compliance/rules/disclaimer';
import { makeTempDir } from '../fixtures/tempLibrary';
import { ffmpegInfo, reelDocument, titleSlide } from './reelSetup';

// `medpost reel export` in process: the same studio the app uses, a one-slide reel with a caption.

let temp: { dir: string; cleanup(): void };
let library: string;
let postId: string;

beforeAll(async () => {
  temp = makeTempDir('medpost-cli-reel-');
  library = path.join(temp.dir, 'library');
  const studio = openStudio(library, { log: () => {} });
  try {
    await studio.dispatch('compliance.setSettings', { profileNote: DISCLAIMER_LINE });
    const project = (await studio.dispatch('projects.create', { name: 'Teaching' })) as { value: { id: string } };
    const slide = titleSlide();
    const document = reelDocument([slide], [{ id: 's1', kind: 'slide', slideId: slide.id, durationMs: 1200 }], {
      captions: [{ id: 'c1', startMs: 100, endMs: 1100, text: 'Knee effusion in one slide' }],
    });
    const post = (await studio.dispatch('posts.create', { projectId: project.value.id, title: 'Knee', format: 'reel', platforms: ['instagram'], document })) as { value: { id: string } };
    postId = post.value.id;
  } finally {
    studio.close();
  }
});
afterAll(async () => {
  temp.cleanup();
  await shutdownOcr();
});

async function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli([...argv, '--library', library], { stdout: (s) => out.push(s), stderr: (s) => err.push(s), isTTY: false }, {});
  return { code, out: out.join('\n'), err: err.join('\n') };
}

// The pass's warnings for this post (no audience declared, no patient link needed) answered by rule.
async function acks(): Promise<string[]> {
  const r = await cli(['check', postId, '--platform', 'instagram', '--json']);
  const findings = (JSON.parse(r.out) as { findings: { rule: string; severity: string }[] }).findings;
  return [...new Set(findings.filter((f) => f.severity === 'warning').map((f) => f.rule))].flatMap((rule) => ['--ack', `${rule}:Reviewed for the teaching file.`]);
}

describe('medpost reel export', () => {
  it('writes the MP4 and its .srt beside it and prints what was checked as JSON', async () => {
    const out = path.join(temp.dir, 'out', 'knee.mp4');
    fs.mkdirSync(path.dirname(out), { recursive: true });
    const r = await cli(['reel', 'export', postId, out, '--platform', 'instagram', ...(await acks()), '--json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const result = JSON.parse(r.out) as { path: string; srtPath: string; name: string; durationMs: number; verified: string[] };
    expect(result.path).toBe(out);
    expect(result.name).toBe('reel-1080x1920.mp4');
    expect(result.durationMs).toBe(1200);
    expect(ffmpegInfo(out)).toMatch(/Video: h264 \(High\).*1080x1920/);
    expect(fs.readFileSync(path.join(temp.dir, 'out', 'knee.srt'), 'utf8')).toContain('00:00:00,100 --> 00:00:01,100\r\nKnee effusion in one slide');
    expect(fs.readdirSync(path.dirname(out)).sort()).toEqual(['knee.mp4', 'knee.srt']);
    // The export re-reads whole frames by OCR: seconds, more on a loaded machine.
  }, 90_000);

  it('exits 1 with the gate’s findings when the pass refuses, and writes nothing', async () => {
    const out = path.join(temp.dir, 'refused.mp4');
    const r = await cli(['reel', 'export', postId, out, '--platform', 'instagram']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^medpost: Not exported: .*warnings? needs? a reason/);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('exits 2 on a usage error: missing OUT, not .mp4, unknown flag', async () => {
    expect((await cli(['reel', 'export', postId])).code).toBe(2);
    const notMp4 = await cli(['reel', 'export', postId, path.join(temp.dir, 'x.mov')]);
    expect([notMp4.code, notMp4.err]).toEqual([2, 'medpost: OUT must end in .mp4']);
    const flag = await cli(['reel', 'export', postId, path.join(temp.dir, 'x.mp4'), '--kind', 'png']);
    expect(flag.code).toBe(2);
    expect(flag.err).toMatch(/Unknown option '--kind'/);
    expect((await cli(['reel', 'export', 'no-such-post', path.join(temp.dir, 'y.mp4')])).code).toBe(1);
  });
});
