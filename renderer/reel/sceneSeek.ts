import type { ReelScene } from '../../shared/model/reel';
import { mapSourceToReel } from '../../shared/reel/timedBoxes';
import { placeScenes } from '../../shared/reel/timeline';
import type { PlayheadClock } from './usePlayhead';

/** Moving the playhead to a scene: its start, a moment of its source, or into it when not showing. */
export function sceneSeek(clock: PlayheadClock, scenes: () => readonly ReelScene[]) {
  const placed = (id: string) => placeScenes(scenes()).find((p) => p.scene.id === id) ?? null;
  return {
    toStart(id: string) {
      const p = placed(id);
      if (p) clock.seek(p.startMs);
    },
    /** A source time (a redaction's start), kept inside the scene. */
    toSource(id: string, sourceMs: number) {
      const p = placed(id);
      if (p) clock.seek(Math.max(p.startMs, Math.min(p.endMs - 1, mapSourceToReel(p, sourceMs))));
    },
    /** Brings the scene up (paused) unless it is already showing, for drawing on it. */
    show(id: string) {
      const p = placed(id);
      clock.pause();
      if (p && (clock.tMs < p.startMs || clock.tMs >= p.endMs)) clock.seek(p.startMs + Math.min(100, p.scene.durationMs / 2));
    },
  };
}
