import type { Asset } from '../../shared/model/asset';
import { MAX_SCENE_MS, MIN_SCENE_MS, type Caption, type ClipScene, type ReelScene } from '../../shared/model/reel';
import { sceneSpans } from '../../shared/reel/captionScript';

// Pure edits of a reel's scene list. The editor turns each result into one 'scenes.set' command,
// so every edit here is one undo step and the shared scene rules validate what comes out.

/** How long a new still (slide, photo) plays: long enough to read a line, short enough for a reel. */
export const STILL_MS = 3000;

const clampMs = (ms: number) => Math.round(Math.min(MAX_SCENE_MS, Math.max(MIN_SCENE_MS, ms)));

/** The list with one scene moved to another place (indexes clamped). */
export function moveScene(scenes: readonly ReelScene[], from: number, to: number): ReelScene[] {
  const next = [...scenes];
  const target = Math.max(0, Math.min(next.length - 1, to));
  if (from < 0 || from >= next.length || from === target) return next;
  const [moved] = next.splice(from, 1);
  next.splice(target, 0, moved);
  return fitTransitions(next);
}

/**
 * A crossfade must be shorter than both scenes it joins, and the first scene has nothing to fade
 * from: after a move or a shorter duration the crossfade shrinks to fit (or becomes a cut when
 * even 100 ms does not fit), rather than the edit being refused.
 */
export function fitTransitions(scenes: ReelScene[]): ReelScene[] {
  return scenes.map((s, i) => {
    if (s.transition.kind !== 'crossfade') return s;
    const prev = scenes[i - 1];
    if (!prev) return s;
    const room = Math.min(prev.durationMs, s.durationMs) - 100;
    if (s.transition.durationMs < room) return s;
    if (room < 100) return { ...s, transition: { kind: 'cut', durationMs: s.transition.durationMs } };
    return { ...s, transition: { ...s.transition, durationMs: room } };
  });
}

/** The scene's span in its source's own time (a clip's clock; scene time for stills). */
export function sourceSpan(scene: ReelScene): { startMs: number; endMs: number } {
  return scene.kind === 'clip' ? { startMs: scene.inMs, endMs: scene.outMs } : { startMs: 0, endMs: scene.durationMs };
}

/**
 * A new length for a scene on the timeline. A clip keeps its in point and speed and moves its out
 * point, never past the end of its file (`sourceMs`, when known).
 */
export function withDuration(scene: ReelScene, ms: number, sourceMs: number | null = null): ReelScene {
  if (scene.kind !== 'clip') return { ...scene, durationMs: clampMs(ms) };
  const maxOut = sourceMs ?? Number.MAX_SAFE_INTEGER;
  const out = Math.min(maxOut, scene.inMs + Math.round(clampMs(ms) * scene.speed));
  return clipWith(scene, { outMs: out });
}

/** A clip with new trim points or speed; its duration follows, kept within the scene bounds. */
export function clipWith(scene: ClipScene, change: Partial<Pick<ClipScene, 'inMs' | 'outMs' | 'speed'>>): ClipScene {
  const speed = change.speed ?? scene.speed;
  let inMs = Math.max(0, Math.round(change.inMs ?? scene.inMs));
  let outMs = Math.round(change.outMs ?? scene.outMs);
  // The trimmed span at this speed must make a legal scene length.
  const minSpan = Math.ceil(MIN_SCENE_MS * speed);
  const maxSpan = Math.floor(MAX_SCENE_MS * speed);
  if (outMs - inMs < minSpan) {
    if (change.inMs !== undefined) inMs = Math.max(0, outMs - minSpan);
    else outMs = inMs + minSpan;
  }
  if (outMs - inMs > maxSpan) outMs = inMs + maxSpan;
  return { ...scene, inMs, outMs, speed, durationMs: Math.round((outMs - inMs) / speed) };
}

/** Redactions' times are in source time; a still's follow its new length so none runs past its end. */
export function clampStillRedactions(scene: ReelScene): ReelScene {
  if (scene.kind === 'clip') return scene;
  const end = scene.durationMs;
  const redactions = scene.redactions
    .map((r) => (r.endMs > end ? { ...r, endMs: end, startMs: Math.min(r.startMs, end - 1) } : r))
    .filter((r) => r.endMs > r.startMs);
  return redactions.length === scene.redactions.length && redactions.every((r, i) => r === scene.redactions[i]) ? scene : { ...scene, redactions };
}

const base = (id: string) => ({ id, transition: { kind: 'cut' as const, durationMs: 500 }, overlaySlideId: null, redactions: [] });

/**
 * The scene an asset makes: a photo plays as a still, a video as a clip over its whole length, a
 * DICOM with several frames as a cine loop (`cineMs`: one pass, from assets.cineInfo; short loops
 * play a few times) and a single DICOM frame as a still.
 */
export function sceneForAsset(asset: Asset, id: string, cineMs: number | null = null): ReelScene {
  if (asset.kind === 'video') {
    const length = Math.max(MIN_SCENE_MS, Math.min(MAX_SCENE_MS, asset.durationMs ?? STILL_MS));
    return { ...base(id), kind: 'clip', assetId: asset.id, fit: 'cover', inMs: 0, outMs: length, muted: false, speed: 1, volume: 1, durationMs: length };
  }
  if (asset.kind === 'dicom' && cineMs && cineMs > 0) {
    const passes = Math.max(1, Math.ceil(STILL_MS / cineMs));
    return { ...base(id), kind: 'cine', assetId: asset.id, fit: 'contain', window: 'default', fps: null, durationMs: clampMs(cineMs * passes) };
  }
  return { ...base(id), kind: 'image', assetId: asset.id, fit: asset.kind === 'dicom' ? 'contain' : 'cover', motion: 'none', durationMs: STILL_MS };
}

export function slideScene(id: string, slideId: string): ReelScene {
  return { ...base(id), kind: 'slide', slideId, durationMs: STILL_MS };
}

/** Where an insert goes: after the selected scene, or at the end. */
export function insertIndex(scenes: readonly ReelScene[], selectedId: string | null): number {
  const i = scenes.findIndex((s) => s.id === selectedId);
  return i < 0 ? scenes.length : i + 1;
}

/**
 * Captions follow their scenes: a caption whose middle falls in a scene keeps its place in that
 * scene when scenes are moved, trimmed or removed (stretched with the scene's new length), so a
 * reorder never leaves words over the wrong picture. Captions of a removed scene go with it;
 * captions past the end stay as they are.
 */
export function carryCaptions(captions: readonly Caption[], before: readonly ReelScene[], after: readonly ReelScene[]): Caption[] {
  const was = sceneSpans(before);
  const now = new Map(sceneSpans(after).map((span, i) => [after[i].id, span]));
  const out: Caption[] = [];
  for (const c of captions) {
    const mid = (c.startMs + c.endMs) / 2;
    const i = was.findIndex((s) => mid >= s.startMs && mid < s.endMs);
    if (i < 0) {
      out.push(c);
      continue;
    }
    const to = now.get(before[i].id);
    if (!to) continue;
    const from = was[i];
    const k = (to.endMs - to.startMs) / Math.max(1, from.endMs - from.startMs);
    const at = (t: number) => Math.round(to.startMs + (t - from.startMs) * k);
    const startMs = Math.max(0, at(c.startMs));
    out.push({ ...c, startMs, endMs: Math.max(startMs + 1, at(c.endMs)) });
  }
  return out.sort((a, b) => a.startMs - b.startMs);
}
