import { StudioFailure } from '../../../shared/api/errors';
import { parseFfmpegInfo } from '../media/probeVideo';
import { runFfmpeg } from '../media/runFfmpeg';

/** What the redaction needs to know of a clip, in display orientation (rotation applied). */
export type VideoSource = {
  width: number;
  height: number;
  durationS: number;
  /** Average frame rate, capped at 60; phone videos with a variable rate are made constant at it. */
  fps: number;
  hasAudio: boolean;
  rotation: number;
};

// A reel is seconds to minutes long and at most 4K: past these the work would take hours on a
// laptop, so the clip is refused with a reason instead of running for ever.
export const MAX_LONG_SIDE = 4096;
export const MAX_DURATION_S = 15 * 60;

/** Reads the stream summary ffmpeg prints; exported for tests. */
export function parseVideoSource(stderr: string): VideoSource | null {
  const info = parseFfmpegInfo(stderr);
  if (!info) return null;
  const line = stderr.split('\n').find((l) => /Stream #\d+:\d+.*: Video: /.test(l) && !l.includes('(attached pic)')) ?? '';
  const rate = /, (\d+(?:\.\d+)?) fps/.exec(line) ?? /, (\d+(?:\.\d+)?) tbr/.exec(line);
  const fps = Math.min(60, Math.max(1, rate ? Number(rate[1]) : 30));
  const swap = info.rotation === 90;
  return {
    width: swap ? info.height : info.width,
    height: swap ? info.width : info.height,
    durationS: info.durationMs / 1000,
    fps: Math.round(fps * 1000) / 1000,
    hasAudio: /Stream #\d+:\d+.*: Audio: /.test(stderr),
    rotation: info.rotation,
  };
}

/** Probes a clip and refuses, in one clear sentence, what cannot be redacted. */
export async function readVideoSource(file: string, signal?: AbortSignal): Promise<VideoSource> {
  const info = await runFfmpeg(['-i', file], { signal, timeoutMs: 30_000 });
  if (/No such file or directory/.test(info.stderr)) throw new StudioFailure('not_found', 'The video file does not exist.');
  const source = parseVideoSource(info.stderr);
  if (!source) {
    const reason = /Invalid data found|moov atom not found|End of file|could not find codec/i.test(info.stderr)
      ? 'it is not a video or it is damaged or incomplete'
      : 'it has no video track';
    throw new StudioFailure('corrupt', `The video cannot be read: ${reason}.`);
  }
  if (Math.max(source.width, source.height) > MAX_LONG_SIDE) {
    throw new StudioFailure('too_large', `The video is ${source.width}×${source.height}; clips up to 4K (${MAX_LONG_SIDE} pixels on the long side) can be redacted. Scale it down first.`);
  }
  if (!(source.durationS > 0)) throw new StudioFailure('corrupt', 'The video cannot be read: it has no duration (damaged or incomplete).');
  if (source.durationS > MAX_DURATION_S) {
    throw new StudioFailure('too_large', `The video runs ${Math.round(source.durationS / 60)} minutes; clips up to ${MAX_DURATION_S / 60} minutes can be redacted. Cut the part you need first.`);
  }
  return source;
}
