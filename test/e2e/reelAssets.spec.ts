import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { api } from './pageApi';
import { expect, test } from './webHostFixture';

// The asset side of reels in the real browser host: a voice-over recorded with MediaRecorder
// imported as audio, audio played back from assets.media, a video scanned and redacted on its
// asset screen.
const ffmpeg = process.env.FFMPEG_BIN ?? '/usr/bin/ffmpeg';
const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf';
let dir: string;
test.beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reel-assets-e2e-'))));
test.afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

type Asset = { id: string; kind: string; mime: string; durationMs: number | null; hasThumbnail: boolean };

async function newProject(page: import('@playwright/test').Page, name: string): Promise<string> {
  const project = await api<{ id: string }>(page, 'projects.create', { name });
  return project.id;
}

test('a voice-over recorded in the browser (MediaRecorder, WebM/Opus) imports as audio and plays back from assets.media', async ({ page, host }) => {
  await page.goto(host.url);
  const projectId = await newProject(page, 'Voice-over');
  const result = await page.evaluate(async (projectId) => {
    // A 440 Hz tone through WebAudio into MediaRecorder, as the voice-over recorder does with the mic.
    const ctx = new AudioContext();
    const osc = ctx.createOscillator();
    const out = ctx.createMediaStreamDestination();
    osc.connect(out);
    osc.start();
    const recorder = new MediaRecorder(out.stream, { mimeType: 'audio/webm;codecs=opus' });
    const chunks: Blob[] = [];
    recorder.ondataavailable = (e) => chunks.push(e.data);
    const stopped = new Promise((resolve) => (recorder.onstop = resolve));
    recorder.start(250);
    await new Promise((r) => setTimeout(r, 1500));
    recorder.stop();
    await stopped;
    osc.stop();
    const body = new Uint8Array(await new Blob(chunks).arrayBuffer());
    const r = await fetch('/api/assets.import', {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', 'x-studio-input': encodeURIComponent(JSON.stringify({ projectId, name: 'voice-over.webm' })) },
      body,
    });
    return { recordedType: recorder.mimeType, envelope: (await r.json()) as { ok: boolean; value?: { asset: unknown }; error?: { message: string } } };
  }, projectId);
  expect(result.recordedType).toMatch(/^audio\/webm/);
  expect(result.envelope.error).toBeUndefined();
  const asset = result.envelope.value!.asset as Asset;
  expect(asset).toMatchObject({ kind: 'audio', mime: 'audio/webm', hasThumbnail: false });
  expect(asset.durationMs!).toBeGreaterThan(1000);
  expect(asset.durationMs!).toBeLessThan(2500);

  // Played from its bytes as the timeline preview will: a blob URL in an <audio> element.
  const played = await page.evaluate(async (id) => {
    const r = await fetch('/api/assets.media', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ id }) });
    const blob = new Blob([await r.arrayBuffer()], { type: r.headers.get('content-type') ?? '' });
    const audio = new Audio(URL.createObjectURL(blob));
    await new Promise((resolve, reject) => {
      audio.oncanplaythrough = resolve;
      audio.onerror = () => reject(new Error(`cannot play: ${audio.error?.message}`));
    });
    return { type: blob.type, canPlay: audio.readyState >= 3 };
  }, asset.id);
  expect(played).toEqual({ type: 'audio/webm', canPlay: true });
  await page.goto(`${host.url}#/project/${projectId}`);
  await expect(page.getByTestId('asset-tile')).toHaveAttribute('data-kind', 'audio');
  await expect(page.getByTestId('asset-tile')).toContainText('Audio');
  await expect(page.getByTestId('asset-tile').getByTestId('waveform-icon')).toBeVisible();
});

test('a video is scanned and redacted whole from its asset screen', async ({ page, host }) => {
  test.setTimeout(150_000);
  const clip = path.join(dir, 'scope.mp4');
  execFileSync(ffmpeg, [
    '-hide_banner', '-v', 'error', '-y', '-f', 'lavfi', '-i', 'color=c=0x303030:s=640x360:r=30:d=2',
    '-vf', `drawtext=fontfile=${FONT}:text='DOB 03/14/1961':x=16:y=320:fontsize=22:fontcolor=white`,
    '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-metadata', 'location=+39.8241-108.8549/', clip,
  ]);
  await page.goto(host.url);
  await page.keyboard.press('Control+n');
  await page.getByLabel('Project name').fill('Scope video');
  await page.keyboard.press('Enter');
  await page.getByTestId('import-input').setInputFiles([clip]);
  await expect(page.getByTestId('import-summary')).toHaveText(/Imported 1 of 1/);
  await page.getByRole('link', { name: 'Open scope.mp4' }).click();
  await page.getByRole('button', { name: 'Scan video' }).click();
  await expect(page.getByTestId('finding-row').first()).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('.finding-list')).toContainText('1961');
  await expect(page.locator('.finding-list')).toContainText(/seen from 0\.0 s to 2\.0 s/);
  await expect(page.getByTestId('phi-status')).toHaveText('Holds identifiers');
  await page.getByRole('button', { name: 'Redact video' }).click();
  await expect(page.getByTestId('phi-status')).toHaveText('Redacted', { timeout: 90_000 });
  await expect(page.getByRole('heading', { name: /scope \(redacted\)\.mp4/ })).toBeVisible();
  await page.getByRole('button', { name: 'Scan video' }).click();
  await expect(page.getByText('No burned-in text or faces found in the sampled frames.')).toBeVisible({ timeout: 60_000 });
});
