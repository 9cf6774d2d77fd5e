import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
// Types only: the canvas's test hook on window (__medpostEditor), switched on through localStorage.
import type {} from '../../renderer/editor/testHook';
import { cineDicom } from '../fixtures/cineDicom';
import { api } from './pageApi';
import { artifacts, expect, samples, test } from './webHostFixture';

// A reel as a clinician builds one: a slide from a layout, a photo and a short clip on the
// timeline, captions pasted as a script and spread over the scenes, a scene moved with the
// keyboard, undo and redo, a reload that keeps everything, then the export checked from outside
// (ffprobe: 1080×1920, H.264 + AAC, the timeline's length) with its .srt.

test.beforeAll(() => fs.mkdirSync(artifacts, { recursive: true }));
// The config's browser, plus a fake microphone (Chromium's test tone) allowed without a prompt,
// for the voice-over recording.
test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
  },
});
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(artifacts, `reel-${name}.png`) });

const FFMPEG = process.env.FFMPEG_BIN ?? '/usr/bin/ffmpeg';
const FFPROBE = path.join(path.dirname(FFMPEG), 'ffprobe');
const SCRIPT = 'Sudden pain on the outside of the foot after a twist.\n\nThe photo shows the swelling over the fifth metatarsal.\n\nAn X-ray is needed: educational content, not medical advice.';

/** A 2.4 s 320×568 test clip with a tone, made here so the test needs no file of its own. */
function makeClip(dir: string): string {
  const out = path.join(dir, 'walk-test.mp4');
  execFileSync(FFMPEG, ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc2=size=320x568:rate=30:duration=2.4', '-f', 'lavfi', '-i', 'sine=frequency=440:duration=2.4', '-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', out]);
  return out;
}

type Scene = { id: string; kind: string; durationMs: number };
type Doc = { canvas: { width: number; height: number }; scenes: Scene[]; reel?: { captions: { text: string; startMs: number; endMs: number }[] } };

async function savedDoc(page: Page): Promise<Doc> {
  const id = decodeURIComponent(new URL(page.url()).hash.replace('#/post/', ''));
  return page.evaluate(async (postId) => {
    const r = await fetch('/api/posts.get', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ id: postId }) });
    return ((await r.json()) as { value: { post: { document: unknown } } }).value.post.document as never;
  }, id);
}
/** The document as the library holds it once autosave has caught up. */
async function savedDocAfterSave(page: Page): Promise<Doc> {
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-status', 'saved', { timeout: 10_000 });
  return savedDoc(page);
}
const order = (page: Page) => page.getByTestId('scene-block').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-kind')}:${e.getAttribute('data-scene-id')}`));
const saved = (page: Page) => expect(page.getByTestId('save-state')).toHaveAttribute('data-status', 'saved', { timeout: 10_000 });

test('a reel is built from a slide, a photo and a clip, captioned, reordered, kept across a reload and exported', async ({ page, host }) => {
  test.setTimeout(180_000);
  const started = Date.now();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.stack ?? e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  test.info().annotations.push({ type: 'errors', description: 'see stdout' });
  page.on('close', () => errors.length && console.log(errors.join('\n')));
  await page.addInitScript(() => window.localStorage.setItem('medpost.testHooks', '1'));
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(host.url);
  await page.getByRole('button', { name: 'New project' }).first().click();
  await page.getByLabel('Project name').fill('Foot injuries');
  await page.keyboard.press('Enter');
  fs.mkdirSync(test.info().outputDir, { recursive: true });
  const clip = makeClip(test.info().outputDir);
  await page.getByTestId('import-input').setInputFiles([path.join(samples, 'images', 'photo-7-00.jpg'), clip]);
  await expect(page.getByTestId('import-summary')).toHaveText(/Imported 2 of 2/, { timeout: 30_000 });
  await page.getByRole('button', { name: 'New post' }).click();
  await page.getByLabel('Post title').fill('Jones fracture in 20 seconds');
  await page.getByText('Reel', { exact: true }).click();
  await page.getByText('TikTok', { exact: true }).click();
  await page.getByRole('button', { name: 'Create post' }).click();
  await expect(page.getByTestId('reel-editor')).toBeVisible();

  // A slide from a layout, then the photo and the clip from the project's media.
  await page.getByTestId('add-slide-tab').click();
  await page.getByRole('button', { name: /Add layout Disclaimer/ }).click();
  await expect(page.getByTestId('scene-block')).toHaveCount(1);
  await page.getByTestId('add-media-tab').click();
  await page.getByRole('button', { name: 'Add photo-7-00.jpg as a scene' }).click();
  await page.getByRole('button', { name: 'Add walk-test.mp4 as a scene' }).click();
  await expect(page.getByTestId('scene-block')).toHaveCount(3);
  expect((await order(page)).map((s) => s.split(':')[0])).toEqual(['slide', 'image', 'clip']);
  const clipBlock = page.locator('[data-testid="scene-block"][data-kind="clip"]');
  // The clip plays its whole length (2.4 s) and the timeline adds up: 3 + 3 + 2.4 s.
  await expect(clipBlock).toHaveAttribute('data-duration', /^2[34]\d\d$/);
  await expect(page.getByTestId('clock')).toContainText('/ 0:08.');

  // The slide scene is drawn through the editor's draw path; the photo shows at its time.
  await page.getByTestId('scrub').fill('500');
  await expect(page.locator('[data-testid="preview-scene"][data-kind="slide"] img')).toBeVisible();
  await page.getByTestId('scrub').fill('4000');
  await expect(page.locator('[data-testid="preview-scene"][data-kind="image"] img')).toBeVisible();

  // Space plays from the playhead and pauses again.
  // Straight after scrubbing, as in a video player: the scrub bar has the focus.
  await page.getByTestId('scrub').fill('0');
  await page.keyboard.press('Space');
  await expect.poll(async () => Number(await page.getByTestId('reel-preview').getAttribute('data-time'))).toBeGreaterThan(300);
  await page.keyboard.press('Space');
  const paused = await page.getByTestId('reel-preview').getAttribute('data-time');
  await page.waitForTimeout(300);
  await expect(page.getByTestId('reel-preview')).toHaveAttribute('data-time', paused!);

  // Captions: a script pasted and spread, one paragraph over each scene.
  await page.getByTestId('tab-captions').click();
  await page.getByTestId('caption-script').fill(SCRIPT);
  await page.getByTestId('spread-script').click();
  await expect(page.getByTestId('caption-block')).not.toHaveCount(0);
  const captions = await page.getByTestId('caption-block').count();
  // A caption's end dragged half a second later on its track (60 px a second), then undone.
  const first = page.getByTestId('caption-block').first();
  const endBefore = (await savedDocAfterSave(page)).reel!.captions[0].endMs;
  const cap = (await first.boundingBox())!;
  await page.mouse.move(cap.x + cap.width - 2, cap.y + cap.height / 2);
  await page.mouse.down();
  await page.mouse.move(cap.x + cap.width + 13, cap.y + cap.height / 2, { steps: 3 });
  await page.mouse.move(cap.x + cap.width + 28, cap.y + cap.height / 2, { steps: 3 });
  await page.mouse.up();
  await expect(page.getByTestId('undo')).toHaveAttribute('aria-label', 'Undo Retime caption');
  expect((await savedDocAfterSave(page)).reel!.captions[0].endMs).toBe(endBefore + 500);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await savedDocAfterSave(page)).reel!.captions[0].endMs).toBe(endBefore);
  await page.getByTestId('scrub').fill('500');
  await expect(page.getByTestId('preview-caption')).toBeVisible();
  await page.getByTestId('zone-reels').check();
  await expect(page.getByTestId('safezone-reels')).toBeVisible();
  await shot(page, 'captions');

  // The clip, selected, shows its trim; the preview plays its frame from the file.
  await clipBlock.click();
  await page.getByTestId('tab-scene').click();
  await expect(page.getByTestId('clip-out')).toHaveValue(/^2\.[34]$/);
  await page.getByTestId('scrub').fill('7000');
  await expect(page.getByTestId('preview-video')).toBeVisible();
  await shot(page, 'clip');

  // Text and an arrow over the photo, on the canvas editor's transparent overlay slide.
  const photoBlock = page.locator('[data-testid="scene-block"][data-kind="image"]');
  await photoBlock.click();
  await page.getByTestId('edit-overlay').click();
  await expect(page.getByTestId('overlay-editor')).toBeVisible();
  const slideAt = async (x: number, y: number) => (await page.evaluate(([sx, sy]) => window.__medpostEditor!.controller.slideToClient({ x: sx, y: sy }), [x, y]))!;
  await expect.poll(() => page.evaluate(() => window.__medpostEditor?.drawnIds().length ?? -1)).toBe(0);
  const textAt = await slideAt(540, 560);
  await page.mouse.click(textAt.x, textAt.y);
  await page.keyboard.type('Swelling here');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Arrow', exact: true }).click();
  const tail = await slideAt(400, 700);
  const head = await slideAt(600, 960);
  await page.mouse.move(tail.x, tail.y);
  await page.mouse.down();
  await page.mouse.move(head.x, head.y, { steps: 6 });
  await page.mouse.up();
  await expect.poll(() => page.evaluate(() => window.__medpostEditor!.drawnIds().length)).toBe(2);
  await shot(page, 'overlay-edit');
  await page.getByTestId('overlay-done').click();
  await page.getByTestId('scrub').fill('4500');
  await expect(page.getByTestId('preview-overlay')).toBeVisible();
  await expect(page.getByTestId('scene-panel')).toContainText('2 objects drawn over the scene');

  // A box drawn on the preview over the photo: black over the scene's whole span.
  await page.getByTestId('tab-redact').click();
  await page.getByTestId('draw-box').click();
  const stage = (await page.getByTestId('reel-preview').boundingBox())!;
  await page.mouse.move(stage.x + stage.width * 0.6, stage.y + stage.height * 0.15);
  await page.mouse.down();
  await page.mouse.move(stage.x + stage.width * 0.85, stage.y + stage.height * 0.25, { steps: 5 });
  await page.mouse.up();
  await expect(page.getByTestId('redaction-row')).toHaveCount(1);
  await expect(page.getByTestId('preview-redaction')).toHaveAttribute('data-mode', 'solid');
  await shot(page, 'overlay-redaction');

  // The slide plays a second longer: its right edge dragged by a second's width on the timeline.
  const slideBlock = page.locator('[data-testid="scene-block"][data-kind="slide"]');
  const edge = (await slideBlock.getByTestId('edge-out').boundingBox())!;
  await page.mouse.move(edge.x + 3, edge.y + edge.height / 2);
  await page.mouse.down();
  await page.mouse.move(edge.x + 33, edge.y + edge.height / 2, { steps: 4 });
  await page.mouse.move(edge.x + 63, edge.y + edge.height / 2, { steps: 4 });
  await page.mouse.up();
  await expect(slideBlock).toHaveAttribute('data-duration', '4000');
  await expect(page.getByTestId('undo')).toHaveAttribute('aria-label', 'Undo Change duration');

  // Reorder by keyboard: the photo goes first; undo puts it back, redo again.
  const before = await order(page);
  await page.locator('[data-testid="scene-block"][data-kind="image"]').click();
  await page.keyboard.press('Alt+ArrowLeft');
  const moved = await order(page);
  expect(moved).toEqual([before[1], before[0], before[2]]);
  // Its caption moved with it: the photo's words now open the reel.
  await expect(page.getByTestId('caption-block').first()).toContainText('The photo shows');
  await expect(page.getByTestId('undo')).toHaveAttribute('aria-label', 'Undo Move scene');
  await page.keyboard.press('Control+z');
  await expect.poll(() => order(page)).toEqual(before);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => order(page)).toEqual(moved);
  // And by mouse: the clip dragged to the front, then undone.
  const clipAt = (await clipBlock.boundingBox())!;
  await page.mouse.move(clipAt.x + clipAt.width / 2, clipAt.y + clipAt.height / 2);
  await page.mouse.down();
  await page.mouse.move(clipAt.x - 100, clipAt.y + clipAt.height / 2, { steps: 5 });
  await page.mouse.move(4, clipAt.y + clipAt.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => order(page)).toEqual([moved[2], moved[0], moved[1]]);
  await page.keyboard.press('Control+z');
  await expect.poll(() => order(page)).toEqual(moved);
  await saved(page);

  // A reload restores the document: scenes in their new order, captions, the 9:16 canvas.
  const stored = await savedDoc(page);
  expect(stored.canvas).toMatchObject({ width: 1080, height: 1920 });
  expect(stored.reel?.captions.length).toBe(captions);
  await page.reload();
  await expect(page.getByTestId('scene-block')).toHaveCount(3);
  expect(await order(page)).toEqual(moved);
  await expect(page.getByTestId('caption-block')).toHaveCount(captions);
  expect(await savedDoc(page)).toEqual(stored);
  await shot(page, 'reloaded');

  const totalMs = stored.scenes.reduce((n, s) => n + s.durationMs, 0);

  // Nothing unscanned goes out: the clip is scanned from its Redact tab (its findings come back as
  // proposed boxes, accepted here), the photo as on the asset screen.
  await page.locator('[data-testid="scene-block"][data-kind="clip"]').click();
  await page.getByTestId('tab-redact').click();
  await page.getByTestId('scan-clip').click();
  await expect(page.getByTestId('scan-summary')).toBeVisible({ timeout: 60_000 });
  if (await page.getByTestId('accept-all').isVisible()) await page.getByTestId('accept-all').click();
  await shot(page, 'scanned');
  const photoId = await page.getByRole('button', { name: 'Add photo-7-00.jpg as a scene' }).getAttribute('data-asset-id');
  await api(page, 'assets.analyze', { id: photoId });

  // Export: the compliance gate first (each warning with a reason), then the MP4 and its captions.
  await page.getByTestId('reel-export').click();
  const dialog = page.getByRole('dialog', { name: 'Export reel' });
  await expect(dialog.getByTestId('compliance-gate')).toBeVisible({ timeout: 30_000 });
  await shot(page, 'gate');
  await expect(dialog.getByTestId('gate-ok')).toContainText('instagram, tiktok');
  // The gate checks what the export is for: TikTok left out, checked again, put back.
  await dialog.getByText('TikTok', { exact: true }).click();
  await expect(dialog.getByTestId('gate-ok')).toContainText('for instagram on');
  await dialog.getByText('TikTok', { exact: true }).click();
  await expect(dialog.getByTestId('gate-ok')).toContainText('instagram, tiktok');
  for (const reason of await dialog.getByPlaceholder('Why this may go out as it is').all()) await reason.fill('Synthetic teaching material, no patient.');
  const files = new Map<string, string>();
  page.on('download', (d) => {
    const target = path.join(test.info().outputDir, d.suggestedFilename());
    void d.saveAs(target).then(() => files.set(path.extname(target), target));
  });
  await dialog.getByTestId('export-start').click();
  await expect(dialog.getByTestId('export-done')).toBeVisible({ timeout: 120_000 });
  await expect.poll(() => files.size).toBe(2);
  await shot(page, 'exported');

  // From outside: 1080×1920 H.264 + AAC, as long as the timeline (±0.3 s), and the .srt's cues.
  const probe = JSON.parse(execFileSync(FFPROBE, ['-v', 'error', '-show_streams', '-show_format', '-of', 'json', files.get('.mp4')!], { encoding: 'utf8' })) as {
    streams: { codec_type: string; codec_name: string; width?: number; height?: number }[];
    format: { duration: string };
  };
  const video = probe.streams.find((st) => st.codec_type === 'video')!;
  expect(video).toMatchObject({ codec_name: 'h264', width: 1080, height: 1920 });
  expect(probe.streams.find((st) => st.codec_type === 'audio')?.codec_name).toBe('aac');
  expect(Math.abs(Number(probe.format.duration) * 1000 - totalMs)).toBeLessThanOrEqual(300);
  const srt = fs.readFileSync(files.get('.srt')!, 'utf8');
  expect(srt).toContain('Sudden pain on the outside');
  expect(srt).toMatch(/^1\r?\n00:00:00,000 --> 00:00:0\d,\d{3}/);
  expect(srt.match(/-->/g)?.length).toBe(captions);
  test.info().annotations.push({ type: 'timing', description: `built and reloaded in ${((Date.now() - started) / 1000).toFixed(1)} s; timeline ${totalMs} ms` });
});

test.describe('sound', () => {
  test('captions come from a .vtt, the shape changes, a voice-over is recorded in the app and music imported', async ({ page, host }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(host.url);
    await page.getByRole('button', { name: 'New project' }).first().click();
    await page.getByLabel('Project name').fill('Voice');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'New post' }).click();
    await page.getByLabel('Post title').fill('Narrated reel');
    await page.getByText('Reel', { exact: true }).click();
    await page.getByRole('button', { name: 'Create post' }).click();
    await page.getByTestId('add-slide-tab').click();
    await page.getByTestId('add-blank-slide').click();
    // Captions from a WebVTT file another tool wrote.
    const vtt = path.join(test.info().outputDir, 'narration.vtt');
    fs.mkdirSync(path.dirname(vtt), { recursive: true });
    fs.writeFileSync(vtt, 'WEBVTT\n\n00:00.000 --> 00:01.500\nFirst, look at the swelling.\n\n00:01.500 --> 00:03.000\nThen press gently.\n');
    await page.getByTestId('tab-captions').click();
    await page.getByTestId('caption-file').setInputFiles(vtt);
    await expect(page.getByTestId('caption-row')).toHaveCount(2);
    await expect(page.getByTestId('caption-block')).toHaveCount(2);
    await expect(page.getByTestId('no-transcription')).toContainText('none ships with MedPost Studio');
    // Typed per scene: the slide's words replaced by one line, one undo step.
    await page.getByRole('tab', { name: 'Type per scene' }).click();
    await page.getByTestId('scene-caption').fill('Look, then press.');
    await page.getByTestId('scene-caption').blur();
    await expect(page.getByTestId('caption-block')).toHaveCount(1);
    await expect(page.getByTestId('undo')).toHaveAttribute('aria-label', 'Undo Captions for scene 1');

    // Another shape: the square video format refits the slide; undo brings 9:16 back.
    const preview = page.getByTestId('reel-preview');
    const tall = (await preview.boundingBox())!;
    expect(tall.height / tall.width).toBeCloseTo(16 / 9, 1);
    await page.getByTestId('reel-format').selectOption('instagram-reel-square');
    await expect.poll(async () => ((b) => b!.height / b!.width)(await preview.boundingBox())).toBeCloseTo(1, 2);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => ((b) => b!.height / b!.width)(await preview.boundingBox())).toBeCloseTo(16 / 9, 1);

    await page.getByTestId('tab-audio').click();

    // Recording shows its running time; stopping imports it into the project as the voice-over.
    await page.getByTestId('record-voice').click();
    await expect(page.getByTestId('stop-recording')).toContainText(/0:01\.\d/, { timeout: 10_000 });
    await shot(page, 'recording');
    await page.getByTestId('stop-recording').click();
    const voice = page.getByTestId('track-voiceOver').getByRole('combobox');
    await expect(voice).not.toHaveValue('', { timeout: 30_000 });

    // Music from a file (made here), at its default low volume, ducked under speech.
    fs.mkdirSync(test.info().outputDir, { recursive: true });
    const music = path.join(test.info().outputDir, 'calm-music.m4a');
    execFileSync(FFMPEG, ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'sine=frequency=220:duration=4', '-c:a', 'aac', music]);
    await page.getByTestId('track-music').locator('input[type="file"]').setInputFiles(music);
    await expect(page.getByTestId('track-music').getByRole('combobox')).not.toHaveValue('', { timeout: 30_000 });
    await expect(page.getByTestId('track-music').getByText('Lower the music while someone speaks')).toBeVisible();
    await expect(page.getByTestId('save-state')).toHaveAttribute('data-status', 'saved', { timeout: 10_000 });
    // Both are heard with the preview, on its clock.
    await expect(page.getByTestId('preview-sound')).toHaveCount(2);
    await shot(page, 'audio');

    const doc = await savedDoc(page);
    const audio = (doc as unknown as { reel: { audio: { voiceOver: { assetId: string } | null; music: { assetId: string; volume: number; duck: boolean } | null } } }).reel.audio;
    expect(audio.music).toMatchObject({ volume: 0.3, duck: true });
    const projectId = await page.evaluate(() => decodeURIComponent(document.querySelector<HTMLAnchorElement>('a.back')!.hash.replace('#/project/', '')));
    const { assets } = await api<{ assets: { id: string; kind: string; durationMs: number | null }[] }>(page, 'assets.list', { projectId });
    const recorded = assets.find((a) => a.id === audio.voiceOver?.assetId);
    expect(recorded).toMatchObject({ kind: 'audio' });
    expect(recorded!.durationMs).toBeGreaterThan(800);
    expect(assets.find((a) => a.id === audio.music?.assetId)).toMatchObject({ kind: 'audio' });
  });
});

test('a multi-frame DICOM added from the bin plays as a cine loop at its frame rate', async ({ page, host }) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(host.url);
  await page.getByRole('button', { name: 'New project' }).first().click();
  await page.getByLabel('Project name').fill('Echo');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'New post' }).click();
  await page.getByLabel('Post title').fill('Moving square');
  await page.getByText('Reel', { exact: true }).click();
  await page.getByRole('button', { name: 'Create post' }).click();

  // 12 frames at 100 ms (Frame Time): a 1.2 s loop, imported from the editor's own media tab.
  fs.mkdirSync(test.info().outputDir, { recursive: true });
  const file = path.join(test.info().outputDir, 'loop.dcm');
  fs.writeFileSync(file, cineDicom({ frames: 12, rows: 96, columns: 128, extra: [[0x0018, 0x1063, 'DS', '100']] }));
  await page.getByTestId('reel-import-input').setInputFiles(file);
  await page.getByRole('button', { name: 'Add loop.dcm as a scene' }).click({ timeout: 30_000 });
  const block = page.locator('[data-testid="scene-block"][data-kind="cine"]');
  // Short loops repeat to make a readable scene: three passes of 1.2 s.
  await expect(block).toHaveAttribute('data-duration', '3600');
  await expect(page.locator('[data-testid="preview-scene"][data-kind="cine"] video')).toBeVisible({ timeout: 20_000 });
  await page.getByTestId('scrub').fill('1700');
  await expect(page.getByTestId('cine-info')).toContainText('12 frames at 10 fps');
  await shot(page, 'cine');
});

test('a clip’s burned-in identifiers are scanned, proposed over their time, accepted and black in the export', async ({ page, host }) => {
  // A 10 s 1080² clip scanned (OCR on sampled frames) and its export re-read: minutes on a busy 2-core machine.
  test.setTimeout(480_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(host.url);
  await page.getByRole('button', { name: 'New project' }).first().click();
  await page.getByLabel('Project name').fill('Chest X-ray video');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'New post' }).click();
  await page.getByLabel('Post title').fill('PA chest film walkthrough');
  await page.getByText('Reel', { exact: true }).click();
  await page.getByRole('button', { name: 'Create post' }).click();
  await page.getByTestId('reel-import-input').setInputFiles(path.join(samples, 'video', 'clip-7-00.mp4'));
  await page.getByRole('button', { name: 'Add clip-7-00.mp4 as a scene' }).click({ timeout: 30_000 });
  // Whole on the 9:16 canvas, so every corner of the film (and its labels) is in the picture.
  await page.getByTestId('tab-scene').click();
  await page.getByTestId('scene-panel').getByRole('combobox', { name: 'Fit' }).selectOption('contain');
  // The disclaimer the gate asks for, as a closing slide.
  await page.getByTestId('add-slide-tab').click();
  await page.getByRole('button', { name: /Add layout Disclaimer/ }).click();
  await page.locator('[data-testid="scene-block"][data-kind="clip"]').click();

  await page.getByTestId('tab-redact').click();
  await page.getByTestId('scan-clip').click();
  await expect(page.getByTestId('scan-summary')).toBeVisible({ timeout: 150_000 });
  const proposed = page.locator('[data-testid="redaction-row"][data-status="proposed"]');
  expect(await proposed.count()).toBeGreaterThanOrEqual(3);
  await page.getByTestId('scrub').fill('4000');
  await expect(page.getByTestId('preview-redaction').first()).toHaveAttribute('data-mode', 'proposed');
  await expect.poll(() => page.getByTestId('preview-video').evaluate((v: HTMLVideoElement) => v.readyState)).toBeGreaterThanOrEqual(2);
  await shot(page, 'proposed');

  // Proposals waiting for a decision hold the export back.
  await page.getByTestId('reel-export').click();
  const dialog = page.getByRole('dialog', { name: 'Export reel' });
  await expect(dialog.getByTestId('export-blockers')).toContainText('wait for a decision');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await page.getByTestId('accept-all').click();
  await expect(proposed).toHaveCount(0);
  await expect(page.getByTestId('preview-redaction').first()).toHaveAttribute('data-mode', 'solid');
  await shot(page, 'accepted');

  await page.getByTestId('reel-export').click();
  await expect(dialog.getByTestId('gate-ok')).toBeVisible({ timeout: 30_000 });
  for (const reason of await dialog.getByPlaceholder('Why this may go out as it is').all()) await reason.fill('Synthetic film made for teaching.');
  const files = new Map<string, string>();
  page.on('download', (d) => {
    const target = path.join(test.info().outputDir, d.suggestedFilename());
    void d.saveAs(target).then(() => files.set(path.extname(target), target));
  });
  await dialog.getByTestId('export-start').click();
  await expect(dialog.getByTestId('export-progress')).toContainText(/left/, { timeout: 120_000 });
  await expect(dialog.getByTestId('export-done')).toBeVisible({ timeout: 300_000 });
  await expect.poll(() => files.size).toBe(1);

  // The MRN label, at 1 s, where the preview drew its box: contain puts the 1080² film 420 px down.
  const gold = JSON.parse(fs.readFileSync(path.join(samples, 'video', 'gold.json'), 'utf8'))['clip-7-00.mp4'] as { phi: { text: string; box: number[] }[] };
  const [x, y, w, h] = gold.phi.find((p) => p.text.startsWith('MRN'))!.box;
  const crop = execFileSync(FFMPEG, ['-v', 'error', '-ss', '1', '-i', files.get('.mp4')!, '-frames:v', '1', '-vf', `crop=${w}:${h}:${x}:${y + 420},format=gray`, '-f', 'rawvideo', '-'], { maxBuffer: 1 << 20 });
  const bright = [...crop].filter((v) => v > 40).length;
  expect(bright / crop.length).toBeLessThan(0.01);
});
