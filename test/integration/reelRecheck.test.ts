import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StudioFailure } from '../../shared/api/errors';
import type { Box } from '../../shared/phi/types';
import { shutdownOcr } from '../../electron/services/ocr/tesseractPool';
import { getPost } from '../../electron/services/posts/postStore';
import { checkReread, faceConsentedAssets, rereadPlan } from '../../electron/services/reel/verifyReread';
import { newImage, newSlide } from '../../shared/editor/objectFactory';
import { normaliseText, type RereadPlan } from '../../electron/services/reel/verifyRereadRules';
import { openExportWorld, type ExportWorld } from './exportSetup';
import { REEL_CANVAS, createReel, exportReelFile, importFile, reelDocument, reelGate, reelPhoto, titleSlide } from './reelSetup';
import { samplesDir } from '../fixtures/tempLibrary';
import { FONT, faceClip, makeClip } from './videoClips';

// The whole-frame re-read of an exported reel: OCR and the face finder on frames of the written
// file (every scene start, at least every second). Small clips (540×960, 3 s) keep it quick; real
// ffmpeg, tesseract and the face model throughout.

let world: ExportWorld;
/** The reel of a slide and a clean clip with a caption, exported by one test and cancelled by the next. */
let cleanReel = '';

beforeAll(async () => {
  world = await openExportWorld();
}, 60_000);

afterAll(async () => {
  world?.close();
  await shutdownOcr();
});

const text = (t: string, x: number, y: number, from = 0, to = 3) =>
  `drawtext=fontfile=${FONT}:text='${t}':x=${x}:y=${y}:fontsize=32:fontcolor=white:enable='between(t,${from},${to})'`;

/** 3 s, 540×960, a still blue-grey field with the given drawtext filters. */
function card(name: string, filters: string[]): string {
  return makeClip(path.join(world.dir, name), [
    '-f', 'lavfi', '-i', 'color=c=0x406080:s=540x960:r=30:d=3',
    '-vf', filters.length ? filters.join(',') : 'null', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p',
  ]);
}

// Where the clip draws its "caption" (y = 800, 32 px): the caption layer's painted part.
const CAPTION_BOX: Box = [20, 780, 500, 80];
const CAPTION = 'Seen again on 03/14/2024';

const listing = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir) : []);

/** The plan of a one-scene reel showing `file` on a 540×960 canvas, with the given caption layer. */
function planFor(file: string, covers: RereadPlan['covers']): RereadPlan {
  return {
    canvas: { width: 540, height: 960 },
    fps: 30,
    durationS: 3,
    scenes: [
      {
        index: 0,
        startS: 0,
        durationS: 3,
        crossfadeS: 0,
        source: { kind: 'clip', file, width: 540, height: 960, fit: 'cover', inS: 0, outS: 3, speed: 1, sound: null },
        slide: false,
        facesAllowed: false,
        judged: [],
        slideJudged: [],
      },
    ],
    ownWords: [normaliseText(CAPTION)],
    covers,
  };
}

describe('checkReread on a written file', () => {
  it('fails a name the picture still shows, naming kind, time and scene; the caption’s own date passes', async () => {
    // The name comes over a still picture: only its band of rows is read again, and that is enough.
    const file = card('name.mp4', [text('Patient John Smith', 30, 300, 1.2, 3), text(CAPTION, 30, 800)]);
    const err = await checkReread(file, planFor(file, [{ box: CAPTION_BOX, startS: 0, endS: 3 }])).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StudioFailure);
    const message = (err as StudioFailure).message;
    // The name appears at 1.2 s: the first look after it (at most a second later) finds it.
    expect(message).toMatch(/failed its re-read, still in the picture: a name \(“J…”\) at 0:0[12]\.\d in scene 1/);
    expect(message).toMatch(/Nothing was saved\.$/);
    // Only the first letter: the message reaches the screen and the logs.
    expect(message).not.toMatch(/Smith|John/i);
    expect(message).not.toMatch(/date/);
  }, 90_000);

  it('passes a file whose only identifier is the post’s own caption, where the caption is drawn; the same words elsewhere fail', async () => {
    const file = card('caption.mp4', [text(CAPTION, 30, 800)]);
    const ok = await checkReread(file, planFor(file, [{ box: CAPTION_BOX, startS: 0, endS: 3 }]));
    expect(ok).toMatch(/^re-read (\d+) frames of the output \((\d+) read whole, (\d+) in the band that changed, the rest unchanged\): no identifiers, no faces outside consent$/);
    const [, looked, whole, bands] = /re-read (\d+) frames.*\((\d+) read whole, (\d+) in the band/.exec(ok)!.map(Number);
    // A frame a little after the start and at least every second of 3 s; the still picture is read once.
    expect(looked).toBeGreaterThanOrEqual(4);
    expect(whole + bands).toBeLessThan(looked);
    // No caption layer there: the date is the clip's own, not the post drawing its words.
    const err = await checkReread(file, planFor(file, [])).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/a date \(“0…”\) at 0:00\.\d in scene 1/);
  }, 90_000);
});

describe('faceConsentedAssets', () => {
  it('counts a face as consented only where the registry covers a full face: not for an unlinked clip, yes for one marked not clinical', async () => {
    const a = await importFile(world, card('a.mp4', []));
    const b = await importFile(world, card('b.mp4', []));
    await world.call('consents.link', { assetId: b.id, notClinical: true });
    const id = await createReel(world, reelDocument([], [
      { id: 'a', kind: 'clip', assetId: a.id, durationMs: 1000, outMs: 1000 },
      { id: 'b', kind: 'clip', assetId: b.id, durationMs: 1000, outMs: 1000 },
    ], undefined));
    const allowed = faceConsentedAssets(world.studio.library, getPost(world.studio.library.db, id), ['instagram'], '2026-12-06');
    expect([...allowed]).toEqual([b.id]);
  });
});

describe('rereadPlan', () => {
  it('looks for faces on a slide only where a photo on it (or its overlay) lacks consent for a face', async () => {
    const photo = await importFile(world, await reelPhoto(world.dir));
    const [words, pictured] = [titleSlide(), { ...newSlide(undefined, [newImage(photo, REEL_CANVAS)]), background: '#ffffff' }];
    const id = await createReel(world, reelDocument([words, pictured], [
      { id: 'words', kind: 'slide', slideId: words.id, durationMs: 1000 },
      { id: 'pictured', kind: 'slide', slideId: pictured.id, durationMs: 1000 },
    ], undefined));
    const post = getPost(world.studio.library.db, id);
    const still = { kind: 'still' as const, file: 'x.png', width: 1080, height: 1920, fit: 'cover' as const, motion: 'none' as const };
    const reel = {
      scenes: [0, 1].map((index) => ({ index, startS: index, durationS: 1, crossfadeS: 0, overlay: null, redactions: [], source: still, sourceSize: still, scale: 1 })),
      assetIds: [photo.id],
      assets: new Map(),
      fps: 30,
    };
    const unconsented = rereadPlan(post, reel, [], faceConsentedAssets(world.studio.library, post, ['instagram'], '2026-12-06'));
    expect(unconsented.scenes.map((sc) => sc.facesAllowed)).toEqual([true, false]);
    // The slide's words are the post's own: what the re-read compares OCR with.
    expect(unconsented.ownWords).toContain('KNEEEFFUSIONWHATTOLOOKFOR');
    await world.call('consents.link', { assetId: photo.id, notClinical: true });
    const consented = rereadPlan(post, reel, [], faceConsentedAssets(world.studio.library, post, ['instagram'], '2026-12-06'));
    expect(consented.scenes.map((sc) => sc.facesAllowed)).toEqual([true, true]);
  });
});

describe('reels.export with the re-read', () => {
  it('refuses a reel whose clip still shows a name its scan missed, after encoding, and leaves no file', async () => {
    const clip = await importFile(world, card('missed.mp4', [text('Patient John Smith', 30, 300)]));
    // The scan "missed" it: the library holds the clip as scanned clean, so the gate lets it through.
    world.studio.library.db.prepare("UPDATE assets SET phi_status = 'clean' WHERE id = ?").run(clip.id);
    const slide = titleSlide();
    const id = await createReel(world, reelDocument([slide], [
      { id: 'title', kind: 'slide', slideId: slide.id, durationMs: 1000 },
      { id: 'clip', kind: 'clip', assetId: clip.id, durationMs: 1500, outMs: 1500 },
    ], undefined));
    const gate = await reelGate(world, id);
    expect(gate.errors.map((e) => e.message)).toEqual([]);
    const before = listing(path.join(world.dir, 'exports'));
    const err = await exportReelFile(world, id).catch((e: Error & { code?: string }) => e);
    expect((err as Error).message).toMatch(/failed its re-read, still in the picture: a name \(“J…”\) at 0:01\.\d in scene 2/);
    expect(listing(path.join(world.dir, 'exports'))).toEqual(before);
    expect(listing(world.studio.library.tmpDir).filter((n) => /reel/.test(n))).toEqual([]);
  }, 120_000);

  it('refuses a face its scan missed in a clip nobody consented to, and lets it through once the clip is marked not clinical', async () => {
    const clip = await importFile(world, faceClip(world.dir, path.join(samplesDir, 'faces', 'face-7-00.jpg')));
    world.studio.library.db.prepare("UPDATE assets SET phi_status = 'clean' WHERE id = ?").run(clip.id);
    const id = await createReel(world, reelDocument([], [{ id: 'face', kind: 'clip', assetId: clip.id, durationMs: 1500, outMs: 1500, fit: 'contain' }], undefined));
    const err = await exportReelFile(world, id).catch((e: Error) => e);
    expect((err as Error).message).toMatch(/failed its re-read, still in the picture: a face at 0:0[01]\.\d in scene 1/);
    // "No patient / not clinical": consent is not needed, so a face there is the user's call, made.
    await world.call('consents.link', { assetId: clip.id, notClinical: true });
    const { result } = await exportReelFile(world, id);
    expect(result.verified.join('\n')).toMatch(/re-read \d+ frames of the output .*no faces outside consent/);
  }, 180_000);

  it('passes a reel whose captions say a sentence (the post’s own words) over a clean clip, and says what it re-read', async () => {
    const clip = await importFile(world, card('clean.mp4', [`drawbox=x=100+t*60:y=400:w=120:h=120:color=white:t=fill`]));
    await world.call('assets.scanVideo', { id: clip.id });
    const slide = titleSlide();
    cleanReel = await createReel(world, reelDocument([slide], [
      { id: 'title', kind: 'slide', slideId: slide.id, durationMs: 1000 },
      { id: 'clip', kind: 'clip', assetId: clip.id, durationMs: 2000, outMs: 2000 },
    ], { captions: [{ id: 'c1', startMs: 0, endMs: 2900, text: 'The effusion fills the pouch above the kneecap' }] }));
    const { result } = await exportReelFile(world, cleanReel);
    expect(result.verified.join('\n')).toMatch(/re-read \d+ frames of the output .*: no identifiers, no faces outside consent/);
  }, 120_000);

  it('a cancel during the re-read stops it and leaves no file', async () => {
    const before = listing(path.join(world.dir, 'exports'));
    const jobId = 'reel-reread-cancel';
    let sawReread = false;
    const stop = world.studio.subscribe((e) => {
      if (e.type === 'job.progress' && e.jobId === jobId && /re-read$/.test(e.message) && !sawReread) {
        sawReread = true;
        world.studio.jobs.cancel(jobId);
      }
    });
    try {
      const err = await exportReelFile(world, cleanReel, jobId).catch((e: Error & { code?: string }) => e);
      expect((err as { code?: string }).code).toBe('cancelled');
    } finally {
      stop();
    }
    expect(sawReread).toBe(true);
    expect(listing(path.join(world.dir, 'exports'))).toEqual(before);
    expect(listing(world.studio.library.tmpDir).filter((n) => /reel/.test(n))).toEqual([]);
    // No ffmpeg is left decoding the deleted file.
    expect(spawnSync('pgrep', ['-f', world.studio.library.tmpDir]).stdout.toString().trim()).toBe('');
  }, 120_000);
});
