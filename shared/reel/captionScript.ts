import { StudioFailure } from '../api/errors';
import type { Caption, ReelScene } from '../model/reel';
import { graphemeCount } from '../thread/countText';
import { captionChunks, DEFAULT_CHUNK_RULES, scriptParagraphs, type ChunkRules } from './captionChunks';
import { sequentialCaptionId, type CaptionIdMaker } from './captions';
import { overlapMs, placeScenes } from './timeline';

// Captions written rather than imported: a pasted script spread over the scenes, or words typed
// for one scene. Each caption gets time in proportion to its length (a viewer reads at a steady
// pace), and captions never overlap, so burned-in text never stacks.

/** Shorter than this a caption flashes by unread. */
export const MIN_CAPTION_MS = 700;
// Every caption also needs a moment to be noticed, whatever its length (in characters' worth).
const NOTICE_CHARS = 8;

export type Span = { startMs: number; endMs: number };

/**
 * Each scene's share of the timeline without overlaps: a crossfade is split at its middle, so the
 * captions of two scenes meet there instead of showing together.
 */
export function sceneSpans(scenes: readonly ReelScene[]): Span[] {
  const placed = placeScenes(scenes);
  return placed.map((p, i) => {
    const startMs = i === 0 ? 0 : p.startMs + Math.floor(overlapMs(scenes, i) / 2);
    const next = placed[i + 1];
    const endMs = next ? next.startMs + Math.floor(overlapMs(scenes, i + 1) / 2) : p.endMs;
    return { startMs, endMs };
  });
}

/** Ids for new captions that none of the existing ones use. */
export function freshCaptionIds(existing: readonly Caption[]): CaptionIdMaker {
  const used = new Set(existing.map((c) => c.id));
  let next = 0;
  return () => {
    let id: string;
    do id = sequentialCaptionId(next++);
    while (used.has(id));
    used.add(id);
    return id;
  };
}

function spread(texts: readonly string[], span: Span, newId: CaptionIdMaker, counter: { n: number }): Caption[] {
  if (texts.length === 0) return [];
  const weights = texts.map((t) => graphemeCount(t.replace(/\n/g, ' ')) + NOTICE_CHARS);
  const total = weights.reduce((a, b) => a + b, 0);
  const length = span.endMs - span.startMs;
  const shortest = Math.floor((length * Math.min(...weights)) / total);
  if (shortest < MIN_CAPTION_MS) {
    const seconds = (length / 1000).toFixed(1);
    throw new StudioFailure(
      'invalid_input',
      `${texts.length} captions do not fit in ${seconds} s: some would show for less than ${MIN_CAPTION_MS / 1000} s. Shorten the text or lengthen the scenes.`,
    );
  }
  let sum = 0;
  return texts.map((text, i) => {
    const startMs = span.startMs + Math.round((length * sum) / total);
    sum += weights[i];
    const endMs = span.startMs + Math.round((length * sum) / total);
    return { id: newId(counter.n++), startMs, endMs, text };
  });
}

/**
 * A pasted script as captions over the reel. When its paragraphs (parted by blank lines) are as
 * many as the scenes, paragraph n goes over scene n; otherwise the whole script is spread over the
 * whole reel. Lines and sentences each start a caption; long ones are cut to readable size.
 */
export function spreadScript(
  script: string,
  scenes: readonly ReelScene[],
  newId: CaptionIdMaker = sequentialCaptionId,
  rules: ChunkRules = DEFAULT_CHUNK_RULES,
): Caption[] {
  const paragraphs = scriptParagraphs(script);
  if (paragraphs.length === 0) return [];
  if (scenes.length === 0) throw new StudioFailure('invalid_input', 'Add scenes before spreading a script over them.');
  const spans = sceneSpans(scenes);
  const counter = { n: 0 };
  if (paragraphs.length === scenes.length && scenes.length > 1) {
    return paragraphs.flatMap((p, i) => spread(captionChunks(p, rules), spans[i], newId, counter));
  }
  const whole = { startMs: 0, endMs: spans[spans.length - 1].endMs };
  return spread(captionChunks(paragraphs.join('\n'), rules), whole, newId, counter);
}

const midpoint = (c: Caption) => (c.startMs + c.endMs) / 2;
const within = (c: Caption, span: Span) => midpoint(c) >= span.startMs && midpoint(c) < span.endMs;

function spanOf(scenes: readonly ReelScene[], sceneId: string): Span {
  const index = scenes.findIndex((s) => s.id === sceneId);
  if (index < 0) throw new StudioFailure('not_found', 'That scene is not in this reel.');
  return sceneSpans(scenes)[index];
}

/** The words shown over a scene (captions whose middle falls in it), one caption a line. */
export function sceneCaptionText(captions: readonly Caption[], scenes: readonly ReelScene[], sceneId: string): string {
  const span = spanOf(scenes, sceneId);
  return captions
    .filter((c) => within(c, span))
    .sort((a, b) => a.startMs - b.startMs)
    .map((c) => c.text.replace(/\n/g, ' '))
    .join('\n');
}

/**
 * The reel's captions with one scene's words replaced by `text` typed for it: one caption spanning
 * the scene when it is short, several in turn when it is not; empty text clears the scene.
 * Captions over other scenes are kept as they are.
 */
export function captionsForScene(
  captions: readonly Caption[],
  scenes: readonly ReelScene[],
  sceneId: string,
  text: string,
  newId: CaptionIdMaker = freshCaptionIds(captions),
  rules: ChunkRules = DEFAULT_CHUNK_RULES,
): Caption[] {
  const span = spanOf(scenes, sceneId);
  const added = spread(captionChunks(text, rules), span, newId, { n: 0 });
  // A neighbour's caption running into this scene is cut at its edge (it keeps over half its time,
  // since its middle lies outside), so the new words never show on top of it.
  const kept = captions
    .filter((c) => !within(c, span))
    .map((c) => {
      if (added.length === 0 || c.endMs <= span.startMs || c.startMs >= span.endMs) return c;
      return midpoint(c) < span.startMs ? { ...c, endMs: span.startMs } : { ...c, startMs: span.endMs };
    });
  return [...kept, ...added].sort((a, b) => a.startMs - b.startMs);
}

/** Characters a second a caption asks the viewer to read; above ~20 most people cannot keep up. */
export function readingSpeed(caption: Caption): number {
  return graphemeCount(caption.text.replace(/\n/g, ' ')) / Math.max(0.001, (caption.endMs - caption.startMs) / 1000);
}
