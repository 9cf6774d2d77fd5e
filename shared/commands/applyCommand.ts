import { StudioFailure } from '../api/errors';
import { dateProblem } from '../consent/consentDates';
import { Audience, ThreadPart, type PostDocument, type Slide } from '../model/postDocument';
import { ReelScene, ReelSettings } from '../model/reel';
import { SlideObject } from '../model/slideObjects';
import { sceneProblem, slidesUsedByScenes } from '../reel/sceneRules';
import type { Command, ObjectPatch, PostPatch, SlidePatch } from './command';

export type Applied = { doc: PostDocument; inverse: Command };

function invalid(message: string): never {
  throw new StudioFailure('invalid_input', message);
}

function slideIndex(doc: PostDocument, slideId: string): number {
  const i = doc.slides.findIndex((s) => s.id === slideId);
  if (i < 0) invalid(`No slide ${slideId} in this post.`);
  return i;
}

function objectIndex(slide: Slide, objectId: string): number {
  const i = slide.objects.findIndex((o) => o.id === objectId);
  if (i < 0) invalid(`No object ${objectId} on this slide.`);
  return i;
}

function clampIndex(index: number, length: number): number {
  return Math.max(0, Math.min(length, Math.trunc(index)));
}

function withSlide(doc: PostDocument, i: number, slide: Slide): PostDocument {
  const slides = doc.slides.slice();
  slides[i] = slide;
  return { ...doc, slides };
}

function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const out = items.slice();
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item);
  return out;
}

function updateObject(doc: PostDocument, slideId: string, objectId: string, patch: ObjectPatch): Applied {
  const si = slideIndex(doc, slideId);
  const slide = doc.slides[si];
  const oi = objectIndex(slide, objectId);
  const before = slide.objects[oi] as Record<string, unknown>;
  if ('id' in patch || 'type' in patch) invalid('An object’s id and type cannot change.');
  // The patched object must still be a valid object of its kind: a bad patch never reaches the model.
  const parsed = SlideObject.safeParse({ ...before, ...patch });
  if (!parsed.success) invalid(`That change would make the ${String(before.type)} invalid: ${parsed.error.issues[0]?.message ?? ''}`);
  const inversePatch: ObjectPatch = {};
  for (const key of Object.keys(patch)) inversePatch[key] = before[key];
  const objects = slide.objects.slice();
  objects[oi] = parsed.data;
  return {
    doc: withSlide(doc, si, { ...slide, objects }),
    inverse: { type: 'object.update', slideId, objectId, patch: inversePatch },
  };
}

function updateSlide(doc: PostDocument, slideId: string, patch: SlidePatch): Applied {
  const si = slideIndex(doc, slideId);
  const slide = doc.slides[si];
  const inversePatch: SlidePatch = {};
  const next = { ...slide };
  for (const key of Object.keys(patch) as (keyof SlidePatch)[]) {
    if (!['background', 'altText', 'layoutId'].includes(key)) invalid(`A slide has no setting “${key}”.`);
    (inversePatch as Record<string, unknown>)[key] = slide[key];
    (next as Record<string, unknown>)[key] = patch[key];
  }
  return { doc: withSlide(doc, si, next), inverse: { type: 'slide.update', slideId, patch: inversePatch } };
}

/** Applies one command to a document; pure: the input is never mutated. */
export function applyCommand(doc: PostDocument, cmd: Command): Applied {
  switch (cmd.type) {
    case 'slide.add': {
      if (doc.slides.some((s) => s.id === cmd.slide.id)) invalid(`A slide ${cmd.slide.id} is already in this post.`);
      const slides = doc.slides.slice();
      slides.splice(clampIndex(cmd.index, slides.length), 0, cmd.slide);
      return { doc: { ...doc, slides }, inverse: { type: 'slide.remove', slideId: cmd.slide.id } };
    }
    case 'slide.remove': {
      const si = slideIndex(doc, cmd.slideId);
      if (slidesUsedByScenes(doc.scenes).has(cmd.slideId)) invalid('A scene of this reel uses that slide; remove the scene first.');
      const slide = doc.slides[si];
      return {
        doc: { ...doc, slides: doc.slides.filter((_, i) => i !== si) },
        inverse: { type: 'slide.add', index: si, slide },
      };
    }
    case 'slide.move': {
      const from = slideIndex(doc, cmd.slideId);
      const to = clampIndex(cmd.toIndex, doc.slides.length - 1);
      return {
        doc: { ...doc, slides: moveItem(doc.slides, from, to) },
        inverse: { type: 'slide.move', slideId: cmd.slideId, toIndex: from },
      };
    }
    case 'slide.update':
      return updateSlide(doc, cmd.slideId, cmd.patch);
    case 'object.add': {
      const si = slideIndex(doc, cmd.slideId);
      const slide = doc.slides[si];
      if (slide.objects.some((o) => o.id === cmd.object.id)) invalid(`An object ${cmd.object.id} is already on this slide.`);
      const parsed = SlideObject.safeParse(cmd.object);
      if (!parsed.success) invalid(`That ${String((cmd.object as { type?: unknown }).type)} is not valid: ${parsed.error.issues[0]?.message ?? ''}`);
      const objects = slide.objects.slice();
      objects.splice(clampIndex(cmd.index, objects.length), 0, parsed.data);
      return {
        doc: withSlide(doc, si, { ...slide, objects }),
        inverse: { type: 'object.remove', slideId: cmd.slideId, objectId: cmd.object.id },
      };
    }
    case 'object.remove': {
      const si = slideIndex(doc, cmd.slideId);
      const slide = doc.slides[si];
      const oi = objectIndex(slide, cmd.objectId);
      return {
        doc: withSlide(doc, si, { ...slide, objects: slide.objects.filter((_, i) => i !== oi) }),
        inverse: { type: 'object.add', slideId: cmd.slideId, index: oi, object: slide.objects[oi] },
      };
    }
    case 'object.update':
      return updateObject(doc, cmd.slideId, cmd.objectId, cmd.patch);
    case 'object.reorder': {
      const si = slideIndex(doc, cmd.slideId);
      const slide = doc.slides[si];
      const from = objectIndex(slide, cmd.objectId);
      const to = clampIndex(cmd.toIndex, slide.objects.length - 1);
      return {
        doc: withSlide(doc, si, { ...slide, objects: moveItem(slide.objects, from, to) }),
        inverse: { type: 'object.reorder', slideId: cmd.slideId, objectId: cmd.objectId, toIndex: from },
      };
    }
    case 'canvas.set':
      return { doc: { ...doc, canvas: cmd.canvas }, inverse: { type: 'canvas.set', canvas: doc.canvas } };
    case 'parts.set': {
      const parsed = ThreadPart.array().max(500).safeParse(cmd.parts);
      if (!parsed.success) invalid('The thread’s parts are not valid.');
      return { doc: { ...doc, parts: parsed.data }, inverse: { type: 'parts.set', parts: doc.parts } };
    }
    case 'scenes.set': {
      const parsed = ReelScene.array().max(200).safeParse(cmd.scenes);
      if (!parsed.success) invalid(`The reel’s scenes are not valid: ${parsed.error.issues[0]?.message ?? ''}`);
      const problem = sceneProblem(doc, parsed.data);
      if (problem) invalid(problem);
      return { doc: { ...doc, scenes: parsed.data }, inverse: { type: 'scenes.set', scenes: doc.scenes } };
    }
    case 'reel.set': {
      const inverse: Command = { type: 'reel.set', reel: doc.reel ?? null };
      if (cmd.reel === null) {
        const next = { ...doc };
        delete next.reel;
        return { doc: next, inverse };
      }
      const parsed = ReelSettings.safeParse(cmd.reel);
      if (!parsed.success) invalid(`The reel’s captions or audio are not valid: ${parsed.error.issues[0]?.message ?? ''}`);
      return { doc: { ...doc, reel: parsed.data }, inverse };
    }
    case 'post.set': {
      const next: PostDocument = { ...doc };
      const before: PostPatch = {};
      if ('audience' in cmd.patch) {
        const parsed = Audience.nullable().safeParse(cmd.patch.audience ?? null);
        if (!parsed.success) invalid('That audience is not one of public, students or clinicians.');
        before.audience = doc.audience ?? null;
        if (parsed.data === null) delete next.audience;
        else next.audience = parsed.data;
      }
      if ('caption' in cmd.patch) {
        if (typeof cmd.patch.caption !== 'string' || cmd.patch.caption.length > 10000) invalid('A caption is text of at most 10,000 characters.');
        before.caption = doc.caption ?? '';
        next.caption = cmd.patch.caption;
      }
      if ('plannedDate' in cmd.patch) {
        const date = cmd.patch.plannedDate ?? null;
        const problem = date === null ? null : dateProblem(date);
        if (problem) invalid(`The posting date: ${problem}`);
        before.plannedDate = doc.plannedDate ?? null;
        if (date === null) delete next.plannedDate;
        else next.plannedDate = date;
      }
      return { doc: next, inverse: { type: 'post.set', patch: before } };
    }
    case 'batch': {
      // All or nothing: a failing step throws before the caller sees a half-applied document.
      let current = doc;
      const inverses: Command[] = [];
      for (const step of cmd.commands) {
        const applied = applyCommand(current, step);
        current = applied.doc;
        inverses.push(applied.inverse);
      }
      return { doc: current, inverse: { type: 'batch', commands: inverses.reverse() } };
    }
    default:
      return invalid(`Unknown change “${(cmd as { type?: unknown }).type}”.`);
  }
}

/** Applies several commands in order as one (a convenience for callers building batches). */
export function applyAll(doc: PostDocument, commands: readonly Command[]): Applied {
  return applyCommand(doc, { type: 'batch', commands: [...commands] });
}
