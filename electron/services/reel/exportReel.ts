import fs from 'node:fs';
import path from 'node:path';
import { StudioFailure } from '../../../shared/api/errors';
import type { Acknowledgement } from '../../../shared/compliance/types';
import { localToday } from '../../../shared/consent/consentDates';
import type { PlatformId } from '../../../shared/model/platforms';
import type { Post } from '../../../shared/model/post';
import { ReelSettings } from '../../../shared/model/reel';
import { captionsToSrt } from '../../../shared/reel/captions';
import type { ReelExportResult } from '../../../shared/reel/reelApi';
import { reelDurationMs } from '../../../shared/reel/timeline';
import { appendAudit } from '../audit/appendAudit';
import { gateExport, recordGatedExport } from '../compliance/exportGate';
import { recordExport } from '../consent/exportLog';
import { commitExport, exportsDir, newExportId, removeOldExports } from '../export/exportStore';
import type { JobContext } from '../jobs/jobRegistry';
import type { Library } from '../library/library';
import { newStagingPath } from '../library/staging';
import { runFfmpeg } from '../media/runFfmpeg';
import { getPost } from '../posts/postStore';
import { findAppDir } from '../templates/findAppDir';
import { loadTemplates } from '../templates/loadTemplates';
import { captionSlides, shownCaptions } from './captionLayers';
import { captionZonePlatforms, reelCaptionSafeZone } from '../../../shared/reel/reelSafeZone';
import { checkRedactionsHeld, redactionChecks, type CoverRect } from './checkRedactions';
import { encodeReel, type EncodeChoices } from './encodeReel';
import { renderLayers } from './renderLayers';
import { buildReelGraph, type CaptionLayer } from './reelGraph';
import { reelBlockers, resolveScenes, assetFor } from './resolveScenes';
import { checkReelExiftool, checkReelStreams, encoderBanner } from './verifyReel';
import { checkReread, faceConsentedAssets, rereadPlan } from './verifyReread';

export type ReelExportRequest = {
  postId: string;
  /** The compliance gate's inputs, as for posts.export. */
  platforms?: PlatformId[];
  date?: string;
  acks?: Acknowledgement[];
  /** x264 preset (the bench compares choices); the app uses the default. */
  preset?: string;
};

/** `reel-1080x1920.mp4`: the canvas's size, nothing about the post or whom it shows. */
export function reelFileName(width: number, height: number, ext: 'mp4' | 'srt'): string {
  return `reel-${width}x${height}.${ext}`;
}

const cancelIfAsked = (job: JobContext) => {
  if (job.signal.aborted) throw new StudioFailure('cancelled', 'Export cancelled.');
};

// Shares of the progress bar: drawing and preparing, the one ffmpeg pass, the checks.
const PREPARE = 10;
const ENCODE = 80;

/**
 * Exports a reel post as one MP4: the compliance gate first (errors refuse, warnings need a
 * reason, nothing is drawn before), then slides, overlays and captions drawn through draw/ as
 * PNGs, images, clips and de-identified cine frames put together by ONE ffmpeg filter graph,
 * encoded to staging, read back (codecs, size, duration, metadata by ffmpeg and exiftool, every
 * redaction looked at in the output, frames re-read whole by OCR and the face finder), and only then moved where `exports.download` finds it,
 * with the captions as an .srt beside it. A cancel or failure leaves no file.
 */
export async function exportReel(lib: Library, request: ReelExportRequest, job: JobContext): Promise<ReelExportResult> {
  removeOldExports(lib);
  const post = getPost(lib.db, request.postId);
  if (post.format !== 'reel') throw new StudioFailure('invalid_input', 'This post is not a reel; export its slides with posts.export.');
  const blockers = reelBlockers(post);
  if (blockers.length) throw new StudioFailure('forbidden', `Not exported: ${blockers.join(' ')}`);
  const gate = gateExport(lib, post, request);
  const doc = post.document;
  const settings = ReelSettings.parse(doc.reel ?? {});
  const { width, height } = doc.canvas;
  const durationMs = reelDurationMs(doc.scenes);
  const started = Date.now();

  const work = newStagingPath(lib, '-reel');
  const staged = newStagingPath(lib, `-${reelFileName(width, height, 'mp4')}`);
  const stagedSrt = newStagingPath(lib, `-${reelFileName(width, height, 'srt')}`);
  await fs.promises.mkdir(work, { recursive: true });
  try {
    const { reel, graph, captions, captionLayers, choices } = await planReel(lib, post, gate.check.platforms, work, job, request.preset);
    const total = graph.durationS;
    const encodeStart = Date.now();
    job.progress(PREPARE, 100, 'Writing the reel');
    await encodeReel(
      graph,
      staged,
      choices,
      {
        signal: job.signal,
        onProgress: (s) => {
          const f = Math.min(1, s / Math.max(0.001, total));
          const elapsed = (Date.now() - encodeStart) / 1000;
          const left = f > 0.02 ? Math.max(0, Math.round((elapsed * (1 - f)) / f)) : null;
          job.progress(PREPARE + Math.round(ENCODE * f), 100, left === null ? 'Writing the reel' : `Writing the reel — about ${left} s left`);
        },
      },
    );
    cancelIfAsked(job);

    job.progress(PREPARE + ENCODE, 100, 'Checking the exported reel');
    const covers: CoverRect[] = [
      ...captionLayers.map((c) => ({ box: layerBox(c), startS: c.startS, endS: c.endS })),
      ...reel.scenes.flatMap((s) => (s.overlay ? [{ box: layerBox(s.overlay), startS: s.startS, endS: s.startS + s.durationS }] : [])),
    ];
    // The whole-frame re-read judges faces by consent as the gate did: on the gate's platforms and day.
    const rereadSpec = rereadPlan(post, reel, covers, faceConsentedAssets(lib, post, gate.check.platforms, gate.check.date));
    // The read-backs are independent processes: run together, every one awaited before the
    // first failure (in this order) is reported, so none is left reading a file being deleted.
    // The re-read takes the longest: a failed quick check stops it rather than waiting it out.
    const stopReread = new AbortController();
    const stop = () => stopReread.abort();
    job.signal.addEventListener('abort', stop, { once: true });
    const stopping = <T>(p: Promise<T>) => p.catch((err: unknown) => (stop(), Promise.reject(err)));
    const [streams, exif, held, reread] = await Promise.allSettled([
      stopping(checkReelStreams(staged, { width, height, fps: reel.fps, durationS: durationMs / 1000 }, job.signal)),
      stopping(checkReelExiftool(staged)),
      stopping(checkRedactionsHeld(staged, redactionChecks(reel.scenes, { width, height }, reel.fps), { width, height }, covers, job.signal)),
      checkReread(staged, rereadSpec, {
        signal: stopReread.signal,
        onFrame: (done, total) => job.progress(PREPARE + ENCODE + Math.floor((9 * done) / Math.max(1, total)), 100, `Checking the exported reel — frame ${done} of ${total} re-read`),
      }),
    ]);
    job.signal.removeEventListener('abort', stop);
    for (const r of [streams, exif, held, reread]) if (r.status === 'rejected') throw r.reason;
    const verified = [
      ...(streams as PromiseFulfilledResult<string[]>).value,
      ...[(exif as PromiseFulfilledResult<string | null>).value, (held as PromiseFulfilledResult<string | null>).value].filter((v): v is string => v !== null),
      (reread as PromiseFulfilledResult<string>).value,
    ];
    cancelIfAsked(job);

    const name = reelFileName(width, height, 'mp4');
    const file = new Uint8Array(await fs.promises.readFile(staged));
    if (encoderBanner(file)) throw new StudioFailure('internal', 'The exported reel still names its encoder inside the video stream; nothing was saved.');
    verified.push('no encoder banner in the video stream');
    const exportId = newExportId();
    let srt: ReelExportResult['srt'] = null;
    if (captions.length) {
      const text = captionsToSrt(captions);
      await fs.promises.writeFile(stagedSrt, text, { flag: 'wx' });
      srt = { exportId: newExportId(), name: reelFileName(width, height, 'srt'), bytes: Buffer.byteLength(text) };
      verified.push(`${captions.length} caption${captions.length === 1 ? '' : 's'} written as SubRip beside the video${settings.burnCaptions ? ' and burned in' : ''}`);
    }
    await commitExport(lib, exportId, name, staged);
    if (srt) {
      try {
        await commitExport(lib, srt.exportId, srt.name, stagedSrt);
      } catch (err) {
        // The video and its captions leave together or not at all.
        await fs.promises.rm(path.join(exportsDir(lib), exportId), { recursive: true, force: true });
        throw err;
      }
    }
    const assetIds = [...new Set(reel.assetIds)];
    recordExport(lib.db, { exportId, postId: post.id, projectId: post.projectId, kind: 'mp4', platforms: gate.check.platforms, assetIds, date: localToday() });
    recordGatedExport(lib, post.id, gate, { exportId, kind: 'mp4', name, file });
    appendAudit(lib.db, {
      action: 'post.export',
      objectType: 'post',
      objectId: post.id,
      detail: {
        kind: 'mp4',
        scenes: doc.scenes.length,
        exportId,
        bytes: file.length,
        durationMs,
        captions: captions.length,
        redactions: doc.scenes.reduce((n, s) => n + s.redactions.filter((r) => r.status === 'accepted').length, 0),
        rejectedProposals: doc.scenes.reduce((n, s) => n + s.redactions.filter((r) => r.status === 'rejected').length, 0),
        seconds: Math.round((Date.now() - started) / 100) / 10,
      },
    });
    job.progress(100, 100, 'Exported');
    return { exportId, name, mime: 'video/mp4', bytes: file.length, width, height, durationMs, fps: reel.fps, srt, verified };
  } finally {
    await Promise.all([work, staged, stagedSrt].map((p) => fs.promises.rm(p, { recursive: true, force: true })));
  }
}


/** Everything drawn and resolved, and the one filter graph with its encoder choices: all the export runs ffmpeg on. */
export async function planReel(lib: Library, post: Post, platforms: readonly PlatformId[], work: string, job: JobContext, preset?: string) {
  const doc = post.document;
  const settings = ReelSettings.parse(doc.reel ?? {});
  const { width, height } = doc.canvas;
  const durationMs = reelDurationMs(doc.scenes);
  const reel = await resolveScenes(lib, post, work, job);
  cancelIfAsked(job);

  const captions = shownCaptions(settings.captions, durationMs);
  const captionLayers: CaptionLayer[] = [];
  if (settings.burnCaptions && captions.length) {
    job.progress(PREPARE - 1, 100, 'Drawing captions');
    const formats = loadTemplates(findAppDir(), lib.dir).formats;
    const slides = captionSlides(captions, settings, doc.canvas, reelCaptionSafeZone(formats, doc.canvas, captionZonePlatforms(post.platforms, platforms)));
    const drawn = await renderLayers(lib, slides.map((slide, i) => ({ slide, transparent: true, name: `caption-${i + 1}` })), doc.canvas, new Map(), work, job);
    drawn.forEach((d, i) => {
      if (d) captionLayers.push({ ...d, startS: captions[i].startMs / 1000, endS: captions[i].endMs / 1000 });
    });
  }
  const track = async (t: { assetId: string; offsetMs: number; volume: number }, what: string) => {
    const { asset, file } = assetFor(lib, post, t.assetId, what, ['audio', 'video']);
    reel.assetIds.push(asset.id);
    await checkSound(file, `${what} (“${asset.originalName}”)`, job.signal);
    return { file, offsetS: t.offsetMs / 1000, volume: t.volume };
  };
  const audio = settings.audio;
  const graph = buildReelGraph({
    width,
    height,
    fps: reel.fps,
    background: '#000000',
    scenes: reel.scenes,
    captions: captionLayers,
    voiceOver: audio.voiceOver ? await track(audio.voiceOver, 'The voice-over') : null,
    music: audio.music ? { ...(await track(audio.music, 'The music')), duck: audio.music.duck } : null,
    normalize: audio.normalize,
  });

  const stillsOnly = reel.scenes.every((s) => s.source.kind === 'still' && s.source.motion === 'none');
  const choices: EncodeChoices = { fps: reel.fps, preset, tune: stillsOnly ? 'stillimage' : null };
  return { reel, graph, captions, captionLayers, choices };
}

/** A sound file ffmpeg can read, or a sentence naming the track; never an obscure ffmpeg failure mid-encode. */
async function checkSound(file: string, what: string, signal: AbortSignal): Promise<void> {
  const { stderr } = await runFfmpeg(['-i', file], { signal, timeoutMs: 30_000 });
  if (!/Stream #\d+:\d+.*: Audio: /.test(stderr)) {
    throw new StudioFailure('corrupt', `${what} cannot be played: it holds no sound ffmpeg can read (damaged, or not an audio file).`);
  }
  const d = /Duration: (\d+):(\d{2}):(\d{2}(?:\.\d+)?)/.exec(stderr);
  if (!d || Number(d[1]) * 3600 + Number(d[2]) * 60 + Number(d[3]) <= 0) throw new StudioFailure('corrupt', `${what} cannot be played: it has no length (damaged or incomplete).`);
}

function layerBox(l: { x: number; y: number; width: number; height: number }): [number, number, number, number] {
  return [l.x, l.y, l.width, l.height];
}
