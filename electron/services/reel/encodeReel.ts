import fs from 'node:fs';
import { StudioFailure } from '../../../shared/api/errors';
import { runEncode } from '../media/runEncode';
import type { ReelGraph } from './reelGraph';

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

export { progressSeconds } from '../media/runEncode';

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
    await runEncode({
      args: encodeArgs(graph, graphFile, output, choices),
      output,
      what: 'the reel',
      timeoutMs: options.timeoutMs ?? 120_000 + graph.durationS * 20_000,
      signal: options.signal,
      cancelMessage: 'Export cancelled.',
      onProgress: options.onProgress,
    });
  } finally {
    await fs.promises.rm(graphFile, { force: true });
  }
}
