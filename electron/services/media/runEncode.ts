import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { StudioFailure } from '../../../shared/api/errors';
import { ffmpegPath } from './ffmpegPath';

// No progress line for this long means ffmpeg is stuck: it is killed, never left hanging.
const STALL_MS = 90_000;

/** Seconds of output written, from a `-progress` block (out_time_us, or out_time_ms which is µs too). */
export function progressSeconds(chunk: string): number | null {
  const all = [...chunk.matchAll(/out_time_(?:us|ms)=(\d+)/g)];
  return all.length ? Number(all[all.length - 1][1]) / 1e6 : null;
}

export type EncodeRun = {
  /** ffmpeg's arguments; they must write `-progress pipe:1` and the output last. */
  args: string[];
  output: string;
  /** What is being written, for messages: "the reel", "the video". */
  what: string;
  timeoutMs: number;
  signal?: AbortSignal;
  cancelMessage?: string;
  /** Seconds written so far, as ffmpeg reports them. */
  onProgress?: (seconds: number) => void;
};

/**
 * Runs one long ffmpeg encode. Cancelling, a stall or passing the time limit kills ffmpeg and
 * anything it started (its own process group); any failure removes `output`, so no partial file
 * is left behind.
 */
export async function runEncode(run: EncodeRun): Promise<void> {
  const cancelled = () => new StudioFailure('cancelled', run.cancelMessage ?? 'Cancelled.');
  if (run.signal?.aborted) throw cancelled();
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawn(ffmpegPath(), run.args, { stdio: ['ignore', 'pipe', 'pipe'], detached: process.platform !== 'win32' });
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
      const stalled = () => kill(new StudioFailure('internal', `ffmpeg stopped responding while writing ${run.what}; nothing was saved.`));
      let stall = setTimeout(stalled, STALL_MS);
      const limit = setTimeout(() => kill(new StudioFailure('internal', `Writing ${run.what} took too long and was stopped; nothing was saved.`)), run.timeoutMs);
      const onAbort = () => kill(cancelled());
      run.signal?.addEventListener('abort', onAbort, { once: true });
      child.stdout.on('data', (c: Buffer) => {
        clearTimeout(stall);
        stall = setTimeout(stalled, STALL_MS);
        const s = progressSeconds(c.toString('utf8'));
        if (s !== null) run.onProgress?.(s);
      });
      child.stderr.on('data', (c: Buffer) => {
        if (stderr.length < 20_000) stderr += c.toString('utf8');
      });
      child.on('error', (e) => kill(new StudioFailure('internal', `ffmpeg could not start: ${e.message}`)));
      child.on('close', (code) => {
        clearTimeout(stall);
        clearTimeout(limit);
        run.signal?.removeEventListener('abort', onAbort);
        // The cause is usually a line or two above ffmpeg's closing "Conversion failed!".
        const lastLines = stderr.trim().split('\n').filter((l) => l && !/Conversion failed/.test(l)).slice(-2).join(' ') || undefined;
        if (why) reject(why);
        else if (code !== 0) reject(new StudioFailure('internal', `ffmpeg could not write ${run.what}: ${lastLines ?? `exit ${code}`}`));
        else resolve();
      });
    });
  } catch (err) {
    await fs.promises.rm(run.output, { force: true });
    throw err;
  }
}
