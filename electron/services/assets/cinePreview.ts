import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { StudioFailure } from '../../../shared/api/errors';
import type { WindowPreset } from '../../../shared/dicom/windowPresets';
import type { Asset } from '../../../shared/model/asset';
import { renderCineFrames } from '../dicom/cineFrames';
import { cineInfo } from '../dicom/cineInfo';
import { deidentifyDicom } from '../dicom/deidentifyDicom';
import { createMemoryUidMap } from '../dicom/uidMap';
import { assetFilePath, type Library } from '../library/library';
import { newStagingPath } from '../library/staging';
import { ffmpegPath } from '../media/ffmpegPath';
import { findBurnedInBoxes } from '../redact/burnedInFinder';
import { cinePreviewPath } from './cinePreviewFiles';

export const CINE_PREVIEW_WIDTH = 540;
// ffmpeg silent this long while frames are being fed is stuck: killed, never left hanging.
const STALL_MS = 60_000;

/** Feeds raw frames to ffmpeg on stdin and writes a small H.264 MP4: no sound, no metadata. */
async function encodeFrames(frames: ReturnType<typeof renderCineFrames>, output: string, signal?: AbortSignal): Promise<void> {
  const args = [
    '-hide_banner', '-v', 'error', '-y',
    '-f', 'rawvideo', '-pix_fmt', frames.channels === 1 ? 'gray' : 'rgb24', '-s', `${frames.width}x${frames.height}`, '-framerate', String(frames.info.fps), '-i', 'pipe:0',
    '-an', '-c:v', 'libx264', '-preset', 'veryfast', '-crf', '23', '-pix_fmt', 'yuv420p',
    '-map_metadata', '-1', '-metadata:s', 'handler_name=', '-metadata:s', 'vendor_id=', '-metadata:s:v', 'encoder=',
    '-fflags', '+bitexact', '-flags:v', '+bitexact', '-movflags', '+faststart', '-f', 'mp4', output,
  ];
  const child = spawn(ffmpegPath(), args, { stdio: ['pipe', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => {
    if (stderr.length < 20_000) stderr += c.toString('utf8');
  });
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  let why: StudioFailure | null = null;
  const kill = (reason: StudioFailure) => {
    why ??= reason;
    child.kill('SIGKILL');
  };
  const onAbort = () => kill(new StudioFailure('cancelled', 'Cancelled.'));
  signal?.addEventListener('abort', onAbort, { once: true });
  let stall = setTimeout(() => kill(new StudioFailure('internal', 'ffmpeg stopped responding while writing the cine preview.')), STALL_MS);
  try {
    child.stdin.on('error', () => undefined); // a killed ffmpeg closes its pipe; the exit code says why
    for await (const frame of frames.frames()) {
      if (why) break;
      clearTimeout(stall);
      stall = setTimeout(() => kill(new StudioFailure('internal', 'ffmpeg stopped responding while writing the cine preview.')), STALL_MS);
      if (!child.stdin.write(frame.data)) await new Promise<void>((resolve) => child.stdin.once('drain', resolve).once('close', resolve));
    }
    child.stdin.end();
    const code = await exited;
    if (why) throw why;
    if (code !== 0) throw new StudioFailure('internal', `ffmpeg could not write the cine preview: ${stderr.trim().split('\n').pop() ?? `exit ${code}`}`);
  } finally {
    clearTimeout(stall);
    signal?.removeEventListener('abort', onAbort);
    if (child.exitCode === null) child.kill('SIGKILL');
  }
}

/**
 * A small MP4 of a DICOM cine loop for the reel editor's preview: the file de-identified first
 * (header, and burned-in text found on its frames overwritten in every frame), then each frame
 * windowed and scaled to at most 540 px wide, at the loop's own rate. Built once per file and
 * window and kept in the library.
 */
export async function cinePreview(lib: Library, asset: Asset, window: WindowPreset = 'default', signal?: AbortSignal): Promise<{ mime: string; data: Uint8Array<ArrayBuffer> }> {
  if (asset.kind !== 'dicom') throw new StudioFailure('invalid_input', `Only a multi-frame DICOM plays as a cine loop; this is ${asset.kind === 'image' ? 'an image' : `a ${asset.kind} file`}.`);
  const cached = cinePreviewPath(lib, asset.hash, window);
  if (!fs.existsSync(cached)) {
    const bytes = new Uint8Array(await fs.promises.readFile(assetFilePath(lib, asset.hash)));
    cineInfo(bytes); // refuses a single frame before the slow part
    const { output } = await deidentifyDicom(bytes, { uidMap: createMemoryUidMap(), findBurnedIn: findBurnedInBoxes });
    const staged = newStagingPath(lib, '.mp4');
    try {
      await encodeFrames(renderCineFrames(output, { window, maxWidth: CINE_PREVIEW_WIDTH, signal }), staged, signal);
      await fs.promises.mkdir(path.dirname(cached), { recursive: true });
      await fs.promises.rename(staged, cached);
    } finally {
      await fs.promises.rm(staged, { force: true });
    }
  }
  return { mime: 'video/mp4', data: new Uint8Array(await fs.promises.readFile(cached)) };
}
