import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { StudioFailure } from '../../../shared/api/errors';
import { ffmpegPath } from '../media/ffmpegPath';

// No progress line for this long means ffmpeg is stuck: it is killed, never left hanging.
const STALL_MS = 90_000;

/**
 * The ffmpeg arguments for the redacted copy: the filter graph's video as H.264 High, yuv420p,
 * the first audio track as AAC 48 kHz, index at the front for streaming, and nothing else of the
 * source: no global, stream or chapter metadata (dates, GPS position, device, titles) and
 * bit-exact muxing so no encoder version or creation time is written either (nor x264's banner).
 */
export function encodeArgs(input: string, graphFile: string, output: string, hasAudio: boolean): string[] {
  return [
    '-hide_banner', '-nostdin', '-v', 'error', '-y', '-i', input,
    '-filter_complex_script', graphFile,
    '-map', '[v]', ...(hasAudio ? ['-map', '0:a:0', '-af', 'asetpts=PTS-STARTPTS,aresample=48000'] : []),
    '-c:v', 'libx264', '-profile:v', 'high', '-preset', 'veryfast', '-crf', '18', '-pix_fmt', 'yuv420p',
    // x264 writes its version and every setting into the stream (an SEI unit) whatever the flags above say.
    '-bsf:v', 'filter_units=remove_types=6',
    ...(hasAudio ? ['-c:a', 'aac', '-b:a', '160k', '-ar', '48000'] : []),
    '-sn', '-dn', '-map_metadata', '-1', '-map_chapters', '-1',
    '-metadata:s', 'handler_name=', '-metadata:s', 'vendor_id=', '-metadata:s:v', 'encoder=',
    '-fflags', '+bitexact', '-flags:v', '+bitexact', '-flags:a', '+bitexact',
    '-movflags', '+faststart', '-f', 'mp4', '-progress', 'pipe:1', '-nostats', output,
  ];
}

/**
 * Runs the one-pass encode, reporting the fraction of the clip written. Aborting kills ffmpeg;
 * so does a stall or running past `timeoutMs`. A failure leaves no output file behind.
 */
export async function encodeRedacted(
  job: { input: string; output: string; graph: string; hasAudio: boolean; durationS: number },
  options: { signal?: AbortSignal; onProgress?: (fraction: number) => void; timeoutMs?: number } = {},
): Promise<void> {
  if (options.signal?.aborted) throw new StudioFailure('cancelled', 'Cancelled.');
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'medpost-graph-'));
  const graphFile = path.join(dir, 'graph.txt');
  await fs.promises.writeFile(graphFile, job.graph);
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawn(ffmpegPath(), encodeArgs(job.input, graphFile, job.output, job.hasAudio), { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      let why: StudioFailure | null = null;
      const kill = (reason: StudioFailure) => {
        why ??= reason;
        child.kill('SIGKILL');
      };
      let stall = setTimeout(() => kill(new StudioFailure('internal', 'ffmpeg stopped responding while writing the video.')), STALL_MS);
      const limit = setTimeout(
        () => kill(new StudioFailure('internal', 'Writing the video took too long and was stopped.')),
        options.timeoutMs ?? 120_000 + job.durationS * 20_000,
      );
      const onAbort = () => kill(new StudioFailure('cancelled', 'Cancelled.'));
      options.signal?.addEventListener('abort', onAbort, { once: true });
      child.stdout.on('data', (c: Buffer) => {
        clearTimeout(stall);
        stall = setTimeout(() => kill(new StudioFailure('internal', 'ffmpeg stopped responding while writing the video.')), STALL_MS);
        const m = /out_time_(?:us|ms)=(\d+)\s*$/m.exec(c.toString('utf8'));
        if (m && job.durationS > 0) options.onProgress?.(Math.min(1, Number(m[1]) / 1e6 / job.durationS));
      });
      child.stderr.on('data', (c: Buffer) => {
        if (stderr.length < 20_000) stderr += c.toString('utf8');
      });
      child.on('error', (e) => kill(new StudioFailure('internal', `ffmpeg could not start: ${e.message}`)));
      child.on('close', (code) => {
        clearTimeout(stall);
        clearTimeout(limit);
        options.signal?.removeEventListener('abort', onAbort);
        if (why) reject(why);
        else if (code !== 0) reject(new StudioFailure('internal', `ffmpeg could not write the video: ${stderr.trim().split('\n').slice(-1)[0] ?? `exit ${code}`}`));
        else resolve();
      });
    });
  } catch (err) {
    await fs.promises.rm(job.output, { force: true });
    throw err;
  } finally {
    await fs.promises.rm(dir, { recursive: true, force: true });
  }
}
