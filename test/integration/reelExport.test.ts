import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Asset } from '../../shared/model/asset';
import { CaptionStyle, type ReelSceneInput, type TimedRedaction } from '../../shared/model/reel';
import { placeCaption } from '../../shared/reel/captionLayout';
import { reelCaptionSafeZone } from '../../shared/reel/reelSafeZone';
import { findAppDir } from '../../electron/services/templates/findAppDir';
import { loadTemplates } from '../../electron/services/templates/loadTemplates';
import { proposalsFromFindings } from '../../shared/reel/timedBoxes';
import type { VideoScan } from '../../shared/reel/timedFindings';
import type { ReelExportResult } from '../../shared/reel/reelApi';
import { assetFilePath } from '../../electron/services/library/library';
import { shutdownOcr } from '../../electron/services/ocr/tesseractPool';
import { cineDicom } from '../fixtures/cineDicom';
import { makeClip } from './videoClips';
import { openExportWorld, type ExportWorld } from './exportSetup';
import {
  REEL_CANVAS,
  arrowOverlay,
  createReel,
  exportReelFile,
  ffmpegInfo,
  frameAt,
  importFile,
  meanLuma,
  meanVolume,
  reelClip,
  reelDocument,
  reelGate,
  reelPhoto,
  titleSlide,
} from './reelSetup';

// One reel of the three kinds people make (a title slide, a photo slowly zooming, a phone clip),
// with captions, a crossfade, an overlay and timed redactions, exported through the API with
// real ffmpeg and read back from the outside: ffmpeg's summary, exiftool, pixels and sound.

let world: ExportWorld;
let clip: Asset;
let photo: Asset;
let postId: string;
let exported: { result: ReelExportResult; file: string };
const { width: W, height: H } = REEL_CANVAS;

// "SMITH^JOHN" in the clip's own pixels, and where `contain` puts it on the 1080×1920 canvas.
const NAME_IN_CLIP: [number, number, number, number] = [12, 12, 210, 44];
const FIT = 1080 / 640;
const CLIP_TOP = (1920 - 360 * FIT) / 2;
const SLIDE_BOX: [number, number, number, number] = [100, 300, 300, 200];

/** The clip's scan findings as the user accepts them on the timeline (proposals from shared/reel). */
let accepted: TimedRedaction[] = [];

function scenes(title: string, overlay: string): ReelSceneInput[] {
  return [
    {
      id: 'title',
      kind: 'slide',
      slideId: title,
      durationMs: 1500,
      redactions: [{ id: 'r-slide', startMs: 500, endMs: 1000, keys: [{ tMs: 0, box: SLIDE_BOX }] }],
    },
    { id: 'photo', kind: 'image', assetId: photo.id, durationMs: 1500, motion: 'zoom-in', overlaySlideId: overlay },
    {
      id: 'clip',
      kind: 'clip',
      assetId: clip.id,
      durationMs: 2000,
      inMs: 500,
      outMs: 2500,
      fit: 'contain',
      transition: { kind: 'crossfade', durationMs: 500 },
      redactions: [{ id: 'r-name', finding: 'name', text: 'SMITH^JOHN', startMs: 0, endMs: 4000, keys: [{ tMs: 0, box: NAME_IN_CLIP }] }, ...accepted],
    },
  ];
}

beforeAll(async () => {
  world = await openExportWorld();
  clip = await importFile(world, reelClip(world.dir));
  // The gate wants every video scanned and each finding covered over the time the reel shows it.
  const scan = await world.call<VideoScan>('assets.scanVideo', { id: clip.id });
  accepted = proposalsFromFindings(scan.findings, () => `p-${Math.random().toString(36).slice(2, 10)}`).map((r) => ({ ...r, status: 'accepted' as const }));
  photo = await importFile(world, await reelPhoto(world.dir));
  await world.call('assets.analyze', { id: photo.id });
  const [title, overlay] = [titleSlide(), arrowOverlay()];
  const doc = reelDocument([title, overlay], scenes(title.id, overlay.id), {
    captions: [
      { id: 'c1', startMs: 200, endMs: 1400, text: 'Look at the suprapatellar pouch' },
      { id: 'c2', startMs: 2600, endMs: 4300, text: 'Fluid shows as a dark band' },
    ],
  });
  postId = await createReel(world, doc);
  const gate = await reelGate(world, postId);
  expect(gate.errors.map((e) => e.message)).toEqual([]);
  exported = await exportReelFile(world, postId);
}, 120_000);

afterAll(async () => {
  world?.close();
  await shutdownOcr();
});

describe('reels.export', () => {
  it('answers with a neutral name, the canvas size, the timeline length and what it checked', () => {
    const { result } = exported;
    expect(result.name).toBe('reel-1080x1920.mp4');
    expect(result.mime).toBe('video/mp4');
    expect([result.width, result.height, result.durationMs, result.fps]).toEqual([1080, 1920, 4500, 30]);
    expect(result.bytes).toBe(fs.statSync(exported.file).size);
    expect(result.verified.join('\n')).toMatch(/H\.264 High.*AAC 48 kHz/);
    expect(result.verified.join('\n')).toMatch(/exiftool finds no metadata/);
    // The slide's box, the hand-drawn name box and each accepted scan finding, looked at in the output.
    expect(Number(/(\d+) solid boxes black/.exec(result.verified.join('\n'))?.[1])).toBeGreaterThanOrEqual(2 + accepted.length);
    // Whole frames re-read (every scene start, at least every second of 4.5 s): the title's and captions' words are the post's own, the clip's name is under its box.
    expect(Number(/re-read (\d+) frames of the output .*: no identifiers, no faces outside consent/.exec(result.verified.join('\n'))?.[1])).toBeGreaterThanOrEqual(7);
  });

  it('is H.264 High yuv420p 1080×1920 at 30 fps with AAC 48 kHz stereo sound, as long as the timeline', () => {
    const info = ffmpegInfo(exported.file);
    expect(info).toMatch(/Video: h264 \(High\).*yuv420p.*1080x1920.*30 fps/);
    expect(info).toMatch(/Audio: aac \(LC\).*48000 Hz, stereo/);
    const d = /Duration: 00:00:(\d+\.\d+)/.exec(info);
    expect(Math.abs(Number(d?.[1]) - 4.5)).toBeLessThanOrEqual(0.2);
    // The index is at the front (+faststart): moov before mdat.
    const head = fs.readFileSync(exported.file).subarray(0, 64 * 1024).toString('latin1');
    expect(head.indexOf('moov')).toBeGreaterThan(0);
    expect(head.indexOf('moov')).toBeLessThan(head.indexOf('mdat') < 0 ? Infinity : head.indexOf('mdat'));
  });

  it('carries none of the clip’s metadata: exiftool finds no date, place, title or encoder version', () => {
    const tags = JSON.parse(execFileSync('exiftool', ['-j', '-a', '-G1', exported.file], { encoding: 'utf8' }))[0] as Record<string, unknown>;
    const keys = Object.keys(tags);
    expect(keys.filter((k) => /GPS|Location|Title|Comment|Encoder|Artist|Make|Model|UserData|ItemList|XMP/i.test(k))).toEqual([]);
    const dates = keys.filter((k) => /^(QuickTime|Track\d):.*Date$/.test(k));
    expect(dates.length).toBeGreaterThan(0);
    for (const k of dates) expect(tags[k]).toBe('0000:00:00 00:00:00');
    expect(JSON.stringify(tags)).not.toMatch(/2021|48\.85|Jane/);
    // Nor does the stream: x264's version-and-settings banner is removed.
    expect(fs.readFileSync(exported.file).includes('x264 - core')).toBe(false);
  });

  it('writes the captions as an .srt beside the video, in reel time', async () => {
    const { srt } = exported.result;
    expect(srt?.name).toBe('reel-1080x1920.srt');
    const { data } = await world.call<{ data: Uint8Array }>('exports.download', { exportId: srt!.exportId });
    const text = Buffer.from(data).toString('utf8');
    expect(text).toBe(
      '1\r\n00:00:00,200 --> 00:00:01,400\r\nLook at the suprapatellar pouch\r\n\r\n2\r\n00:00:02,600 --> 00:00:04,300\r\nFluid shows as a dark band\r\n',
    );
    expect(srt!.bytes).toBe(data.length);
  });

  it('burns the slide’s box only over its time span, and the clip’s name box over the whole clip', () => {
    const inner: [number, number, number, number] = [SLIDE_BOX[0] + 8, SLIDE_BOX[1] + 8, SLIDE_BOX[2] - 16, SLIDE_BOX[3] - 16];
    expect(meanLuma(frameAt(exported.file, 0.75, W, H), W, inner)).toBeLessThan(20);
    expect(meanLuma(frameAt(exported.file, 0.25, W, H), W, inner)).toBeGreaterThan(200);
    expect(meanLuma(frameAt(exported.file, 1.25, W, H), W, inner)).toBeGreaterThan(200);
    // The clip starts at 2.5 s (after a 0.5 s crossfade); at 3.5 s it shows source time 1.5 s.
    const frame = frameAt(exported.file, 3.5, W, H);
    const [x, y, w, h] = NAME_IN_CLIP.map((v) => v * FIT);
    const name: [number, number, number, number] = [Math.ceil(x) + 6, Math.ceil(y + CLIP_TOP) + 6, Math.floor(w) - 12, Math.floor(h) - 12];
    expect(meanLuma(frame, W, name)).toBeLessThan(20);
    // Beside it the clip's grey shows: the box is where it should be, not a black frame.
    expect(meanLuma(frame, W, [name[0] + name[2] + 30, name[1], 100, name[3]])).toBeGreaterThan(100);
  });

  it('burns each caption in the platform’s safe zone only while it is on', () => {
    const formats = loadTemplates(findAppDir(), null).formats;
    const { box } = placeCaption('Look at the suprapatellar pouch', CaptionStyle.parse({}), REEL_CANVAS, reelCaptionSafeZone(formats, REEL_CANVAS, ['instagram']));
    expect(box.y + box.height).toBeLessThanOrEqual(1920 - 670);
    // A band through the caption's box left of the words: the box's dark fill over the light slide.
    const band: [number, number, number, number] = [box.x + 6, box.y + 6, 12, box.height - 12];
    expect(meanLuma(frameAt(exported.file, 0.5, W, H), W, band)).toBeLessThan(110);
    expect(meanLuma(frameAt(exported.file, 1.45, W, H), W, band)).toBeGreaterThan(200);
  });

  it('keeps the clip’s sound where the clip plays and silence over the stills', () => {
    expect(meanVolume(exported.file, 3.2, 1)).toBeGreaterThan(-30);
    expect(meanVolume(exported.file, 0.1, 1)).toBeLessThan(-60);
  });

  it('records the export for takedowns and in the audit log', async () => {
    const audit = await world.call<{ entries: { action: string; detail: Record<string, unknown> }[] }>('audit.list', { objectId: postId });
    const exportedEntry = audit.entries.find((e) => e.action === 'compliance.exported');
    expect(exportedEntry?.detail.exportId).toBe(exported.result.exportId);
    expect(exportedEntry?.detail.kind).toBe('mp4');
    const row = world.studio.library.db.prepare('SELECT kind FROM export_log WHERE export_id = ?').get(exported.result.exportId) as { kind: string } | undefined;
    expect(row?.kind).toBe('mp4');
    const items = world.studio.library.db.prepare('SELECT asset_id FROM export_log_items WHERE export_id = ? ORDER BY asset_id').all(exported.result.exportId) as { asset_id: string }[];
    expect(items.map((i) => i.asset_id).sort()).toEqual([clip.id, photo.id].sort());
  });
});

describe('reels.export refusals and failures', () => {
  it('refuses with the gate’s findings when errors remain, and writes nothing', async () => {
    await world.call('compliance.setSettings', { profileNote: '' });
    try {
      const before = fs.readdirSync(path.join(world.dir, 'exports'));
      const { platforms, acks } = await reelGate(world, postId);
      const err = await world.call('reels.export', { postId, platforms, acks }).catch((e: Error & { code?: string }) => e);
      expect((err as { code?: string }).code).toBe('forbidden');
      expect((err as Error).message).toMatch(/Not exported: .*compliance error/);
      expect(fs.readdirSync(path.join(world.dir, 'exports'))).toEqual(before);
    } finally {
      const { DISCLAIMER_LINE } = await import('../../shared/compliance/rules/disclaimer');
      await world.call('compliance.setSettings', { profileNote: DISCLAIMER_LINE });
    }
  });

  it('cancelling mid-encode kills ffmpeg and leaves no file, in exports or in staging', async () => {
    const before = fs.readdirSync(path.join(world.dir, 'exports'));
    const jobId = 'reel-cancel-1';
    let sawEncoder = false;
    const stop = world.studio.subscribe((e) => {
      // "— about N s left" comes from ffmpeg's own progress: the encoder is running.
      if (e.type === 'job.progress' && e.jobId === jobId && /Writing the reel — about/.test(e.message)) {
        sawEncoder = true;
        world.studio.jobs.cancel(jobId);
      }
    });
    try {
      const err = await exportReelFile(world, postId, jobId).catch((e: Error & { code?: string }) => e);
      expect((err as { code?: string }).code).toBe('cancelled');
    } finally {
      stop();
    }
    expect(sawEncoder).toBe(true);
    expect(fs.readdirSync(path.join(world.dir, 'exports'))).toEqual(before);
    const staging = world.studio.library.tmpDir;
    expect(fs.readdirSync(staging).filter((n) => /reel/.test(n))).toEqual([]);
    // No ffmpeg is left writing into the library's staging folder.
    expect(spawnSync('pgrep', ['-f', staging]).stdout.toString().trim()).toBe('');
  });

  it('names the scene and the reason when a clip is damaged or its file is gone', async () => {
    const short = await importFile(world, makeClip(path.join(world.dir, 'short.mp4'), ['-f', 'lavfi', '-i', 'color=c=0x406080:s=320x240:r=25:d=1', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p']));
    await world.call('assets.scanVideo', { id: short.id });
    const id = await createReel(world, reelDocument([], [{ id: 'only', kind: 'clip', assetId: short.id, durationMs: 1000, outMs: 1000 }], undefined));
    const { platforms, acks } = await reelGate(world, id);
    const stored = assetFilePath(world.studio.library, short.hash);
    fs.writeFileSync(stored, 'not a video at all, just words');
    const corrupt = await world.call('reels.export', { postId: id, platforms, acks }).catch((e: Error & { code?: string }) => e);
    expect((corrupt as { code?: string }).code).toBe('corrupt');
    expect((corrupt as Error).message).toMatch(/Scene 1 \(“short\.mp4”\): The video cannot be read/);
    fs.rmSync(stored);
    const gone = await world.call('reels.export', { postId: id, platforms, acks }).catch((e: Error & { code?: string }) => e);
    expect((gone as { code?: string }).code).toBe('not_found');
    expect((gone as Error).message).toMatch(/Scene 1: the library's copy of “short\.mp4” is missing from disk/);
  });
  it('names the track when the music cannot be played, before any encoding', async () => {
    const tune = await importFile(world, makeClip(path.join(world.dir, 'tune.mp4'), ['-f', 'lavfi', '-i', 'color=c=black:s=64x64:d=1', '-f', 'lavfi', '-i', 'sine=f=300:d=1', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest']));
    const slide = titleSlide();
    const id = await createReel(world, reelDocument([slide], [{ id: 's', kind: 'slide', slideId: slide.id, durationMs: 1000 }], { audio: { music: { assetId: tune.id } } }));
    const { platforms, acks } = await reelGate(world, id);
    fs.writeFileSync(assetFilePath(world.studio.library, tune.hash), 'no sound here');
    const err = await world.call('reels.export', { postId: id, platforms, acks }).catch((e: Error & { code?: string }) => e);
    expect((err as { code?: string }).code).toBe('corrupt');
    expect((err as Error).message).toMatch(/The music \(“tune\.mp4”\) cannot be played/);
  });
});

describe('a DICOM cine scene', () => {
  it('plays the de-identified loop at the file’s Frame Time, looped, with its timed box burned in', async () => {
    // 6 frames of 64×48, a bright square stepping right; Frame Time 100 ms: 10 frames a second.
    const file = path.join(world.dir, 'cine.dcm');
    fs.writeFileSync(file, cineDicom({ extra: [[0x0018, 0x1063, 'DS', '100'], [0x0010, 0x0010, 'PN', 'DOE^JANE']] }));
    const cine = await importFile(world, file);
    await world.call('assets.analyze', { id: cine.id });
    const box: [number, number, number, number] = [40, 12, 24, 12];
    const id = await createReel(
      world,
      reelDocument([], [{ id: 'cine', kind: 'cine', assetId: cine.id, durationMs: 2000, redactions: [{ id: 'r', startMs: 1000, endMs: 2000, keys: [{ tMs: 0, box }] }] }], undefined),
    );
    const out = await exportReelFile(world, id);
    expect(out.result.durationMs).toBe(2000);
    expect(out.result.srt).toBeNull();
    // contain: 64×48 → 1080×810, 555 px from the top. Frame 4's square covers x 42–54, y 12–24.
    const s = 1080 / 64;
    const where: [number, number, number, number] = [Math.ceil(44 * s), Math.ceil(555 + 14 * s), Math.floor(8 * s), Math.floor(8 * s)];
    expect(meanLuma(frameAt(out.file, 0.45, W, H), W, where)).toBeGreaterThan(200); // frame 4, first pass
    expect(meanLuma(frameAt(out.file, 0.05, W, H), W, where)).toBeLessThan(60); // frame 0: the square is far left
    expect(meanLuma(frameAt(out.file, 1.05, W, H), W, where)).toBeLessThan(20); // frame 4 again (looped), under the box
    expect(meanLuma(frameAt(out.file, 1.65, W, H), W, where)).toBeLessThan(20);
  });

  it('shows a single-frame DICOM as an image scene, de-identified and windowed', async () => {
    const file = path.join(world.dir, 'still.dcm');
    fs.writeFileSync(file, cineDicom({ frames: 1, extra: [[0x0010, 0x0010, 'PN', 'DOE^JANE']] }));
    const still = await importFile(world, file);
    await world.call('assets.analyze', { id: still.id });
    const id = await createReel(world, reelDocument([], [{ id: 'img', kind: 'image', assetId: still.id, durationMs: 1000, fit: 'contain' }], undefined));
    const out = await exportReelFile(world, id);
    // Frame 0's square (x 0–12, y 12–24 of 64×48) is white, the field around it black.
    const s = 1080 / 64;
    const frame = frameAt(out.file, 0.5, W, H);
    expect(meanLuma(frame, W, [Math.ceil(2 * s), Math.ceil(555 + 14 * s), Math.floor(8 * s), Math.floor(8 * s)])).toBeGreaterThan(200);
    expect(meanLuma(frame, W, [Math.ceil(40 * s), Math.ceil(555 + 30 * s), Math.floor(8 * s), Math.floor(8 * s)])).toBeLessThan(30);
  });

  it('keeps a fast loop’s frames: a 50 fps cine makes a 50 fps reel', async () => {
    const file = path.join(world.dir, 'echo.dcm');
    fs.writeFileSync(file, cineDicom({ frames: 10, extra: [[0x0018, 0x1063, 'DS', '20']] }));
    const echo = await importFile(world, file);
    await world.call('assets.analyze', { id: echo.id });
    const out = await exportReelFile(world, await createReel(world, reelDocument([], [{ id: 'echo', kind: 'cine', assetId: echo.id, durationMs: 1000 }], undefined)));
    expect(out.result.fps).toBe(50);
    expect(ffmpegInfo(out.file)).toMatch(/Video: h264 \(High\).* 50 fps/);
  });
});
