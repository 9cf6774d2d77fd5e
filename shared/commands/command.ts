import type { Audience, Slide, ThreadPart } from '../model/postDocument';
import type { ReelScene, ReelSettings } from '../model/reel';
import type { CanvasSize } from '../model/slideFormat';
import type { SlideObject } from '../model/slideObjects';

// Every change to a post is one of these: plain data, applied by a pure `applyCommand` that also
// returns the command undoing it. Undo, redo, autosave and tests all speak this language.

/** Fields of an object a command may change: anything but its id and type. */
export type ObjectPatch = { [K in Exclude<keyof SlideObject, 'id' | 'type'>]?: unknown } & Record<string, unknown>;
export type PostPatch = { audience?: Audience | null; caption?: string; plannedDate?: string | null };
export type SlidePatch = Partial<Pick<Slide, 'background' | 'altText' | 'layoutId'>>;

export type Command =
  | { type: 'slide.add'; index: number; slide: Slide }
  | { type: 'slide.remove'; slideId: string }
  | { type: 'slide.move'; slideId: string; toIndex: number }
  | { type: 'slide.update'; slideId: string; patch: SlidePatch }
  | { type: 'object.add'; slideId: string; index: number; object: SlideObject }
  | { type: 'object.remove'; slideId: string; objectId: string }
  | { type: 'object.update'; slideId: string; objectId: string; patch: ObjectPatch }
  | { type: 'object.reorder'; slideId: string; objectId: string; toIndex: number }
  | { type: 'canvas.set'; canvas: CanvasSize }
  /** Post-wide fields (issue 7): the declared audience (null clears it) and the caption. */
  | { type: 'post.set'; patch: PostPatch }
  /** A thread's parts as a whole (the composer's text sections, their images and alt text). */
  | { type: 'parts.set'; parts: ThreadPart[] }
  /** A reel's scenes as a whole (order, trims, transitions, timed redactions). */
  | { type: 'scenes.set'; scenes: ReelScene[] }
  /** A reel's captions, caption style and audio as a whole; null removes them. */
  | { type: 'reel.set'; reel: ReelSettings | null }
  | { type: 'batch'; commands: Command[] };

export type CommandType = Command['type'];
