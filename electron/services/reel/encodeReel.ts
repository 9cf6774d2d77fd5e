import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { StudioFailure } from '../../../shared/api/errors';
import { ffmpegPath } from '../media/ffmpegPath';
import type { ReelGraph } from './reelGraph';

// No progress line for this long means ffmpeg is stuck: it is killed, never left hanging.
const STALL_MS = 90_000;

export type EncodeChoices = {
  fps: number;
  /** x264 preset: the speed/size trade; the bench measured veryfast (see bench/reelExport.ts). */
  preset?: string;
  /** 'stillimage' when the reel is stills only. */
  tune?: string | null;
};

/**
 * The whole ffmpeg command: the graph's inputs, the graph from a file (a reel's graph runs to
 * many kilobytes), H.264 High yuv420p at the reel's rate, AAC-LC 48 kHz stereo, the index at the
 * front, and nothing of any source: no global, stream or chapter metadata (dates, GPS position,
 * device), no encoder version (bit-exact flags, x264's SEI banner removed), neutral handler names.
 */
export function encodeArgs(graph: Pick<ReelGraph, 'inputs'>, graphFile: string, output: string, choices: EncodeChoices): string[] {
  return [
    '-hide_banner', '-nostdin', '-v', 'error', '-y',
    ...graph.inputs.flat(),
    '-filter_complex_script', graphFile,
    '-map', '[vout]', '-map', '[aout]',
    '-c:v', 'libx264', '-profile:v', 'high', '-preset', choices.preset ?? 'veryfast', ...(choices.tune ? ['-tune', choices.tune] : []),
    '-crf', '20', '-pix_fmt', 'yuv420p', '-r', String(choices.fps), '-g', String(Math.round(choices.fps * 2)),
    // x264 writes its version and every setting into the stream itself (an SEI message): dropped.
    '-bsf:v', 'filter_units=remove_types=6',
    '-c:a', 'aac', '-b:a', '160k', '-ar', '48000', '-ac', '2',
    '-sn', '-dn', '-map_metadata', '-1', '-map_chapters', '-1',
    '-metadata:s', 'handler_name=', '-metadata:s', 'vendor_id=', '-metadata:s:v', 'encoder=',
    '-fflags', '+bitexact', '-flags:v', '+bitexact', '-flags:a', '+bitexact',
    '-movflags', '+faststart', '-f', 'mp4', '-progress', 'pipe:1', '-nostats', output,
  ];
}

/** Seconds of output written, from a `-progress` block (out_time_us, or out_time_ms which is µs too). */
export function progressSeconds(chunk: string): number | null {
  const all = [...chunk.matchAll(/out_time_(?:us|ms)=(\d+)/g)];
  return all.length ? Number(all[all.length - 1][1]) / 1e6 : null;
}

export type EncodeOptions = {
  signal?: AbortSignal;
  /** Seconds written so far, as ffmpeg reports them. */
  onProgress?: (seconds: number) => void;
  timeoutMs?: number;
};

/**
 * Runs the one ffmpeg process writing the reel to `output`. Cancelling, a stall or passing the
 * time limit kills ffmpeg (and anything it started, through its process group); any failure
 * removes `output`, so no partial file is left.
 */
export async function encodeReel(graph: ReelGraph, output: string, choices: EncodeChoices, options: EncodeOptions = {}): Promise<void> {
  if (options.signal?.aborted) throw new StudioFailure('cancelled', 'Export cancelled.');
  const graphFile = `${output}.graph.txt`;
  await fs.promises.writeFile(graphFile, graph.graph);
  try {
    await new Promise<void>((resolve, reject) => {
      // Its own process group (detached) so a kill reaches every process ffmpeg may start.
      const child = spawn(ffmpegPath(), encodeArgs(graph, graphFile, output, choices), { stdio: ['ignore', 'pipe', 'pipe'], detached: process.platform !== 'win32' });
      let stderr = '';
      let why: StudioFailure | null = null;
      const kill = (reason: StudioFailure) => {
        why ??= reason;
        try {
          if (child.pid && process.platform !== 'win32') process.kill(-child.pid, 'SIGKILL');
          else child.kill('SIGKILL');
        } catch {
          child.kill('SIGKILL');
        }
      };
      const stalled = () => kill(new StudioFailure('internal', 'ffmpeg stopped responding while writing the reel; nothing was saved.'));
      let stall = setTimeout(stalled, STALL_MS);
      const limit = setTimeout(
        () => kill(new StudioFailure('internal', 'Writing the reel took too long and was stopped; nothing was saved.')),
        options.timeoutMs ?? 120_000 + graph.durationS * 20_000,
      );
      const onAbort = () => kill(new StudioFailure('cancelled', 'Export cancelled.'));
      options.signal?.addEventListener('abort', onAbort, { once: true });
      child.stdout.on('data', (c: Buffer) => {
        clearTimeout(stall);
        stall = setTimeout(stalled, STALL_MS);
        const s = progressSeconds(c.toString('utf8'));
        if (s !== null) options.onProgress?.(s);
      });
      child.stderr.on('data', (c: Buffer) => {
        if (stderr.length < 20_000) stderr += c.toString('utf8');
      });
      child.on('error', (e) => kill(new StudioFailure('internal', `ffmpeg could not start: ${e.message}`)));
      child.on('close', (code) => {
        clearTimeout(stall);
        clearTimeout(limit);
        options.signal?.removeEventListener('abort', onAbort);
        // The cause is usually a line or two above ffmpeg's closing "Conversion failed!".
        const lastLine = stderr.trim().split('\n').filter((l) => l && !/Conversion failed/.test(l)).slice(-2).join(' ') || undefined;
        if (why) reject(why);
        else if (code !== 0) reject(new StudioFailure('internal', `ffmpeg could not write the reel: ${lastLine ?? `exit ${code}`}`));
        else resolve();
      });
    });
  } catch (err) {
    await fs.promises.rm(output, { force: true });
    throw err;
  } finally {
    await fs.promises.rm(graphFile, { force: true });
  }
}
