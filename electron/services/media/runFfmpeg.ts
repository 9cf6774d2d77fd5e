import { spawn } from 'node:child_process';
import { StudioFailure } from '../../../shared/api/errors';
import { ffmpegPath } from './ffmpegPath';

export type FfmpegRun = { code: number | null; stdout: Buffer; stderr: string };

/** Runs ffmpeg with a time limit; aborting the signal kills it. */
export function runFfmpeg(args: string[], options: { signal?: AbortSignal; timeoutMs?: number } = {}): Promise<FfmpegRun> {
  if (options.signal?.aborted) return Promise.reject(new StudioFailure('cancelled', 'Cancelled.'));
  return new Promise((resolve, reject) => {
    const child = spawn(ffmpegPath(), ['-hide_banner', '-nostdin', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let err = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    const onAbort = () => child.kill('SIGKILL');
    options.signal?.addEventListener('abort', onAbort, { once: true });
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => {
      if (err.length < 200_000) err += c.toString('utf8');
    });
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      if (options.signal?.aborted) reject(new StudioFailure('cancelled', 'Cancelled.'));
      else resolve({ code, stdout: Buffer.concat(out), stderr: err });
    });
  });
}
