import { spawn } from 'node:child_process';
import { StudioFailure } from '../../../shared/api/errors';
import { ffmpegPath } from '../media/ffmpegPath';

/** One decoded frame, RGB, 8 bits a sample, in display orientation; `t` in seconds from the start. */
export type VideoFrame = { index: number; t: number; width: number; height: number; data: Uint8Array; changed?: boolean };
// `changed`: the frame starts a new picture (the first, or after a cut).

// ffmpeg that sends nothing for this long while we wait on it is stuck (a damaged file, a
// decoder loop): it is killed rather than left hanging.
const STALL_MS = 60_000;

/**
 * Decodes a clip at `rate` frames a second (a fixed grid from its first frame, whatever its own,
 * possibly variable, rate) and yields each frame as RGB. The caller may take its time with a
 * frame: ffmpeg waits on the pipe meanwhile. Breaking out of the loop or aborting kills ffmpeg.
 */
export async function* decodeFrames(
  file: string,
  size: { width: number; height: number },
  rate: number,
  signal?: AbortSignal,
): AsyncGenerator<VideoFrame> {
  if (signal?.aborted) throw new StudioFailure('cancelled', 'Cancelled.');
  const { width, height } = size;
  const args = [
    '-hide_banner', '-nostdin', '-v', 'error', '-i', file, '-an', '-sn', '-dn',
    // Rotation is applied by the decoder (autorotate), so frames are as the viewer sees them.
    '-vf', `setpts=PTS-STARTPTS,fps=${rate}:round=down,scale=${width}:${height}:flags=bicubic,format=rgb24`,
    '-f', 'rawvideo', 'pipe:1',
  ];
  const child = spawn(ffmpegPath(), args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => {
    if (stderr.length < 20_000) stderr += c.toString('utf8');
  });
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const kill = () => child.kill('SIGKILL');
  signal?.addEventListener('abort', kill, { once: true });
  let timer: NodeJS.Timeout | null = null;
  let stalled = false;
  const arm = () => {
    timer = setTimeout(() => {
      stalled = true;
      kill();
    }, STALL_MS);
  };
  const frameBytes = width * height * 3;
  // Pipe chunks (64 KB) are gathered and joined once a frame is complete: joining on every chunk
  // copies a 1080×1920 frame (6 MB) some ninety times over.
  let chunks: Buffer[] = [];
  let have = 0;
  let index = 0;
  try {
    arm();
    for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
      chunks.push(chunk);
      have += chunk.length;
      if (have < frameBytes) continue;
      let pending = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, have);
      while (pending.length >= frameBytes) {
        const data = new Uint8Array(pending.subarray(0, frameBytes));
        pending = pending.subarray(frameBytes);
        if (timer) clearTimeout(timer);
        yield { index, t: index / rate, width, height, data };
        index++;
        arm();
      }
      chunks = pending.length ? [pending] : [];
      have = pending.length;
    }
    const code = await exited;
    if (signal?.aborted) throw new StudioFailure('cancelled', 'Cancelled.');
    if (stalled) throw new StudioFailure('corrupt', 'The video could not be decoded: ffmpeg stopped responding.');
    if (code !== 0 && index === 0) throw new StudioFailure('corrupt', `The video could not be decoded: ${stderr.trim().split('\n').pop() ?? 'unknown error'}.`);
  } finally {
    if (timer) clearTimeout(timer);
    signal?.removeEventListener('abort', kill);
    if (child.exitCode === null) kill();
  }
}
