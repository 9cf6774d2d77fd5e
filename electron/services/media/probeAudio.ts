import { StudioFailure } from '../../../shared/api/errors';
import { runFfmpeg } from './runFfmpeg';

/** What ffmpeg's `-i` summary says a file holds. */
export type StreamSummary = { hasVideo: boolean; hasAudio: boolean; durationMs: number | null; audioCodec: string | null };

const clock = (h: string, m: string, s: string) => Math.round((Number(h) * 3600 + Number(m) * 60 + Number(s)) * 1000);

/** Parses the stream summary ffmpeg prints for `-i FILE`; exported for tests. */
export function parseStreams(stderr: string): StreamSummary {
  const lines = stderr.split('\n');
  // A cover picture in an MP3 or M4A is a "Video" stream too, but no picture to play.
  const hasVideo = lines.some((l) => /Stream #\d+:\d+.*: Video: /.test(l) && !l.includes('(attached pic)'));
  const audio = lines.find((l) => /Stream #\d+:\d+.*: Audio: /.test(l));
  const d = /Duration: (\d+):(\d{2}):(\d{2}(?:\.\d+)?)/.exec(stderr);
  return {
    hasVideo,
    hasAudio: audio !== undefined,
    durationMs: d ? clock(d[1], d[2], d[3]) : null,
    audioCodec: audio ? (/Audio: (\w+)/.exec(audio)?.[1] ?? null) : null,
  };
}

export async function readStreams(file: string, signal?: AbortSignal): Promise<StreamSummary & { stderr: string }> {
  const info = await runFfmpeg(['-i', file], { signal, timeoutMs: 30_000 });
  return { ...parseStreams(info.stderr), stderr: info.stderr };
}

/**
 * Decodes the first audio track to the end to learn how long it is: what the browser's
 * MediaRecorder writes (WebM/Opus streamed as it records) carries no duration in its header.
 */
async function measuredDurationMs(file: string, signal?: AbortSignal): Promise<number | null> {
  const run = await runFfmpeg(['-i', file, '-map', '0:a:0', '-vn', '-f', 'null', '-'], { signal, timeoutMs: 120_000 });
  const times = [...run.stderr.matchAll(/time=(\d+):(\d{2}):(\d{2}(?:\.\d+)?)/g)];
  const last = times[times.length - 1];
  return last ? clock(last[1], last[2], last[3]) : null;
}

/**
 * Checks an audio file can be played and measures it. Refuses a file with no audio track or one
 * ffmpeg cannot read (damaged, truncated before any sound) with one sentence saying which.
 */
export async function probeAudio(file: string, signal?: AbortSignal): Promise<{ durationMs: number; codec: string | null }> {
  const info = await readStreams(file, signal);
  if (!info.hasAudio) {
    const reason = /Invalid data found|moov atom not found|End of file|could not find codec/i.test(info.stderr)
      ? 'the file is damaged or incomplete'
      : 'it holds no sound track';
    throw new StudioFailure('corrupt', `The audio cannot be read: ${reason}.`);
  }
  const durationMs = info.durationMs && info.durationMs > 0 ? info.durationMs : await measuredDurationMs(file, signal);
  if (!durationMs || durationMs <= 0) throw new StudioFailure('corrupt', 'The audio cannot be read: no sound could be decoded from it (damaged or empty).');
  return { durationMs, codec: info.audioCodec };
}
