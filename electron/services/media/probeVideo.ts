import { StudioFailure } from '../../../shared/api/errors';
import { THUMBNAIL_SIZE } from './imageLimits';
import { extractFrame } from './extractFrame';
import { runFfmpeg } from './runFfmpeg';

export type VideoProbe = { width: number; height: number; durationMs: number; thumbnail: Buffer | null };

/** Parses the stream summary ffmpeg prints for `-i FILE`. Exported for tests. */
export function parseFfmpegInfo(stderr: string): { width: number; height: number; durationMs: number; rotation: number } | null {
  // A cover picture is also a "Video" stream; the size comes from the first real one.
  const line = stderr.split('\n').find((l) => /Stream #\d+:\d+.*: Video: /.test(l) && !l.includes('(attached pic)'));
  const video = line ? /, (\d{2,5})x(\d{2,5})/.exec(line) : null;
  if (!video) return null;
  const d = /Duration: (\d+):(\d{2}):(\d{2}(?:\.\d+)?)/.exec(stderr);
  const durationMs = d ? Math.round((Number(d[1]) * 3600 + Number(d[2]) * 60 + Number(d[3])) * 1000) : 0;
  const rot = /rotation of (-?\d+(?:\.\d+)?) degrees/.exec(stderr) ?? /rotate\s*:\s*(-?\d+)/.exec(stderr);
  const rotation = rot ? Math.abs(Math.round(Number(rot[1]))) % 180 : 0;
  return { width: Number(video[1]), height: Number(video[2]), durationMs, rotation };
}

export async function probeVideo(file: string, signal?: AbortSignal): Promise<VideoProbe> {
  const info = await runFfmpeg(['-i', file], { signal, timeoutMs: 30_000 });
  const parsed = parseFfmpegInfo(info.stderr);
  if (!parsed) {
    const reason = /Invalid data found|moov atom not found|End of file/.test(info.stderr)
      ? 'the file is damaged or incomplete'
      : 'no video track was found';
    throw new StudioFailure('corrupt', `The video cannot be read: ${reason}.`);
  }
  // ffmpeg applies the rotation tag when decoding, so the user-facing size swaps for 90°.
  const [width, height] = parsed.rotation === 90 ? [parsed.height, parsed.width] : [parsed.width, parsed.height];
  const at = Math.min(1, parsed.durationMs / 2000);
  const thumbnail = await extractFrame(file, at, THUMBNAIL_SIZE, signal);
  return { width, height, durationMs: parsed.durationMs, thumbnail };
}
