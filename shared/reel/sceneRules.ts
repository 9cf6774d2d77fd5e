import type { PostDocument } from '../model/postDocument';
import type { ReelScene } from '../model/reel';

/** The scene's length on the timeline that its own fields imply (a clip's trimmed span at its speed). */
export function impliedDurationMs(scene: ReelScene): number {
  return scene.kind === 'clip' ? Math.round((scene.outMs - scene.inMs) / scene.speed) : scene.durationMs;
}

/** Slides that a scene shows or draws over: they may not be removed while the scene uses them. */
export function slidesUsedByScenes(scenes: readonly ReelScene[]): Set<string> {
  const used = new Set<string>();
  for (const s of scenes) {
    if (s.kind === 'slide') used.add(s.slideId);
    if (s.overlaySlideId) used.add(s.overlaySlideId);
  }
  return used;
}

/** What is wrong with a list of scenes for this document, in plain words, or null. */
export function sceneProblem(doc: Pick<PostDocument, 'slides'>, scenes: readonly ReelScene[]): string | null {
  const slideIds = new Set(doc.slides.map((s) => s.id));
  const ids = new Set<string>();
  for (const [i, s] of scenes.entries()) {
    const n = `Scene ${i + 1}`;
    if (ids.has(s.id)) return `${n} repeats the id ${s.id}.`;
    ids.add(s.id);
    if (s.kind === 'slide' && !slideIds.has(s.slideId)) return `${n} shows a slide that is not in this post.`;
    if (s.overlaySlideId && !slideIds.has(s.overlaySlideId)) return `${n}’s overlay is not a slide of this post.`;
    if (s.kind === 'clip') {
      if (s.outMs <= s.inMs) return `${n} ends before it starts: its out point must be after its in point.`;
      if (Math.abs(impliedDurationMs(s) - s.durationMs) > 1) {
        return `${n} lasts ${s.durationMs} ms but its trim and speed make ${impliedDurationMs(s)} ms.`;
      }
    }
    const prev = scenes[i - 1];
    if (prev && s.transition.kind === 'crossfade' && s.transition.durationMs >= Math.min(prev.durationMs, s.durationMs)) {
      return `${n}’s crossfade is longer than a scene it joins.`;
    }
    for (const r of s.redactions) {
      const keyTimes = r.keys.map((k) => k.tMs);
      if (keyTimes.some((t, k) => k > 0 && t <= keyTimes[k - 1])) return `${n} has a tracked box whose keyframes are out of order.`;
    }
  }
  return null;
}
