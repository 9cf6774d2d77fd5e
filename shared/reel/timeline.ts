import type { ReelScene } from '../model/reel';

/** Where a scene sits on the reel's timeline. */
export type PlacedScene = { scene: ReelScene; index: number; startMs: number; endMs: number };

/** The overlap with the previous scene: a crossfade plays both at once for its length. */
export function overlapMs(scenes: readonly ReelScene[], index: number): number {
  const s = scenes[index];
  return index > 0 && s.transition.kind === 'crossfade' ? s.transition.durationMs : 0;
}

/** Each scene's start and end on the timeline, crossfades overlapping their neighbours. */
export function placeScenes(scenes: readonly ReelScene[]): PlacedScene[] {
  const placed: PlacedScene[] = [];
  let at = 0;
  scenes.forEach((scene, index) => {
    const startMs = Math.max(0, at - overlapMs(scenes, index));
    placed.push({ scene, index, startMs, endMs: startMs + scene.durationMs });
    at = startMs + scene.durationMs;
  });
  return placed;
}

/** The reel's whole length. */
export function reelDurationMs(scenes: readonly ReelScene[]): number {
  const placed = placeScenes(scenes);
  return placed.length ? placed[placed.length - 1].endMs : 0;
}

/** The source time (a clip's own clock) shown at a time inside a placed scene. */
export function sourceTimeMs(placed: PlacedScene, tMs: number): number {
  const into = Math.max(0, Math.min(placed.scene.durationMs, tMs - placed.startMs));
  return placed.scene.kind === 'clip' ? placed.scene.inMs + into * placed.scene.speed : into;
}

/** m:ss.d for the timeline and the limits panel. */
export function formatClock(ms: number): string {
  const tenths = Math.floor(Math.max(0, ms) / 100);
  const m = Math.floor(tenths / 600);
  const s = Math.floor((tenths % 600) / 10);
  return `${m}:${String(s).padStart(2, '0')}.${tenths % 10}`;
}
