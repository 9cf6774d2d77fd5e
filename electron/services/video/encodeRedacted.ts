import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { StudioFailure } from '../../../shared/api/errors';
import { runEncode } from '../media/runEncode';

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
    await runEncode({
      args: encodeArgs(job.input, graphFile, job.output, job.hasAudio),
      output: job.output,
      what: 'the video',
      timeoutMs: options.timeoutMs ?? 120_000 + job.durationS * 20_000,
      signal: options.signal,
      onProgress: (s) => {
        if (job.durationS > 0) options.onProgress?.(Math.min(1, s / job.durationS));
      },
    });
  } finally {
    await fs.promises.rm(dir, { recursive: true, force: true });
  }
}
