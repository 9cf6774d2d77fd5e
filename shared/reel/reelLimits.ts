import { SHORT_VIDEO_GUIDANCE, videoLimits, type VideoLimit } from '../compliance/data/videoLimits';
import { platformLabels, type PlatformId } from '../model/platforms';

// A reel's length against each chosen platform: its hard limits (error: the upload is refused)
// and the teaching guidance (warning: 10 s – 1 min on short-video platforms, longer than a few
// minutes belongs on YouTube). The timeline's limits panel and the compliance pass both call
// this, so what the editor shows is what the pass decides.

export type LengthLevel = 'ok' | 'warning' | 'error';
export type LengthAdvice = { platform: PlatformId; level: LengthLevel; message: string };

/** m:ss for whole seconds, "4.5 s" under ten seconds (where a second matters). */
export function formatSeconds(seconds: number): string {
  if (seconds < 10) return `${Number(seconds.toFixed(1))} s`;
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** Each chosen platform's video limits (for the limits panel: "0:45 of 3:00"). */
export function reelPlatformLimits(platforms: readonly PlatformId[], limits: Record<PlatformId, VideoLimit> = videoLimits): { platform: PlatformId; limit: VideoLimit }[] {
  return platforms.map((platform) => ({ platform, limit: limits[platform] }));
}

function adviceFor(platform: PlatformId, seconds: number, limit: VideoLimit): LengthAdvice {
  const name = platformLabels[platform];
  const runs = `The reel runs ${formatSeconds(seconds)}`;
  const g = SHORT_VIDEO_GUIDANCE;
  const advice = (level: LengthLevel, message: string) => ({ platform, level, message });
  if (limit.maxSeconds !== null && seconds > limit.maxSeconds) {
    return advice('error', `${runs}; ${name} takes at most ${formatSeconds(limit.maxSeconds)}: cut it or choose another platform.`);
  }
  if (limit.minSeconds !== null && seconds < limit.minSeconds) {
    return advice('warning', `${runs}; ${name} may refuse a video shorter than ${formatSeconds(limit.minSeconds)}.`);
  }
  if (limit.shortFormMaxSeconds !== null && seconds > limit.shortFormMaxSeconds) {
    return advice('warning', `${runs}; over ${formatSeconds(limit.shortFormMaxSeconds)} ${name} posts it as a regular video, not a Short.`);
  }
  if (limit.shortForm && seconds > g.longFormSeconds && limit.shortFormMaxSeconds === null) {
    return advice('warning', `${runs}; anything longer than a few minutes belongs on YouTube.`);
  }
  if (limit.shortForm && (seconds < g.minSeconds || seconds > g.maxSeconds)) {
    return advice('warning', `${runs}; short teaching videos on ${name} work best between 10 seconds and 1 minute.`);
  }
  const cap = limit.maxSeconds !== null ? ` of at most ${formatSeconds(limit.maxSeconds)}` : ' (no published limit)';
  return advice('ok', `${formatSeconds(seconds)}${cap} on ${name}.`);
}

/** The reel's length judged for each platform, in the order given. */
export function reelLengthAdvice(durationMs: number, platforms: readonly PlatformId[], limits: Record<PlatformId, VideoLimit> = videoLimits): LengthAdvice[] {
  const seconds = Math.max(0, durationMs) / 1000;
  return platforms.map((p) => adviceFor(p, seconds, limits[p]));
}
