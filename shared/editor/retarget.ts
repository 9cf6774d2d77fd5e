import type { Command, ObjectPatch } from '../commands/command';
import type { PostDocument, Slide } from '../model/postDocument';
import type { CanvasSize, Insets } from '../model/slideFormat';
import type { ImageObject, RedactionObject, SlideObject } from '../model/slideObjects';
import { boundsOf, insideRect, rectsIntersect, type Rect } from './geometry';
import { followImage, retargetObject, type Size } from './retargetObject';

// "Resize to format": every slide re-laid for another canvas by each object's anchor. Nothing
// ends up outside the safe zone, shrunk or hard to read without a warning naming the object,
// so a clinician checks those before posting rather than finding a caption under a button.

export type RetargetWarning = { slideId: string; objectId: string; message: string };
export type RetargetResult = { doc: PostDocument; warnings: RetargetWarning[] };
export type RetargetCommand = { command: Command; warnings: RetargetWarning[] };

/** Text below this many slide pixels is hard to read on a phone once the post is shrunk to fit it. */
export const MIN_READABLE_FONT = 20;

const kindWords: Record<SlideObject['type'], string> = {
  text: 'This text',
  image: 'This image',
  shape: 'This shape',
  line: 'This arrow',
  icon: 'This icon',
  marker: 'This marker',
  redaction: 'This redaction',
};

/** The part of the canvas no platform button or caption covers. */
export function safeRect(canvas: Size, safe: Insets | null): Rect {
  if (!safe) return { x: 0, y: 0, ...canvas };
  return { x: safe.left, y: safe.top, width: canvas.width - safe.left - safe.right, height: canvas.height - safe.top - safe.bottom };
}

/**
 * Whether an object out of the safe zone deserves a warning. Shapes are decoration and
 * redactions are burned in wherever they sit; an image filling the whole slide is a background
 * that is meant to run under the platform's buttons.
 */
function mindsSafeZone(obj: SlideObject, bounds: Rect, canvas: Size): boolean {
  if (obj.type === 'shape' || obj.type === 'redaction') return false;
  if (obj.type === 'image' && insideRect({ x: 0, y: 0, ...canvas }, bounds, 0.5)) return false;
  return true;
}

function attachedImage(obj: SlideObject, images: Map<string, ImageObject>): ImageObject | null {
  return obj.type === 'redaction' && obj.imageId !== null ? (images.get(obj.imageId) ?? null) : null;
}

function retargetSlide(slide: Slide, from: Size, to: Size, safe: Insets | null): { slide: Slide; warnings: RetargetWarning[] } {
  const warnings: RetargetWarning[] = [];
  const warn = (o: SlideObject, message: string) => warnings.push({ slideId: slide.id, objectId: o.id, message });
  const oldImages = new Map(slide.objects.filter((o): o is ImageObject => o.type === 'image').map((o) => [o.id, o]));
  const placed = new Map<string, SlideObject>();
  // images first, so every redaction riding on one can follow it wherever it sits in the stack
  for (const o of slide.objects) {
    if (attachedImage(o, oldImages)) continue;
    const { object, squeezed } = retargetObject(o, from, to);
    placed.set(o.id, object);
    if (squeezed) warn(o, `${kindWords[o.type]} was larger than the new slide and was shrunk to fit.`);
    if (o.type === 'text' && object.type === 'text' && object.style.fontSize < MIN_READABLE_FONT && o.style.fontSize >= MIN_READABLE_FONT) {
      warn(o, `This text is now ${object.style.fontSize} px and may be hard to read; consider shortening it.`);
    }
  }
  for (const o of slide.objects) {
    const before = attachedImage(o, oldImages);
    if (!before) continue;
    const moved = followImage(o as RedactionObject, before, placed.get(before.id) as ImageObject, to);
    placed.set(o.id, moved);
    if (!rectsIntersect(boundsOf(moved), { x: 0, y: 0, ...to })) {
      warn(o, 'This redaction’s area of the picture is now cropped out of view; it stays with the picture in case the crop changes.');
    }
  }
  const zone = safeRect(to, safe);
  const objects = slide.objects.map((o) => placed.get(o.id) as SlideObject);
  for (const o of objects) {
    const b = boundsOf(o);
    if (safe && mindsSafeZone(o, b, to) && !insideRect(b, zone, 0.5)) {
      warn(o, `${kindWords[o.type]} reaches outside the safe zone, where the platform’s buttons or captions may cover it.`);
    }
  }
  return { slide: { ...slide, objects }, warnings };
}

/** The post laid out for `canvas`, with a warning for everything the user should check. */
export function retargetDocument(doc: PostDocument, canvas: CanvasSize, safeZone: Insets | null): RetargetResult {
  const warnings: RetargetWarning[] = [];
  const slides = doc.slides.map((s) => {
    const r = retargetSlide(s, doc.canvas, canvas, safeZone);
    warnings.push(...r.warnings);
    return r.slide;
  });
  return { doc: { ...doc, canvas: { ...canvas }, slides }, warnings };
}

/** The fields that differ, so the command (and its undo) carries only what moved. */
function diffPatch(before: SlideObject, after: SlideObject): ObjectPatch | null {
  const patch: ObjectPatch = {};
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  for (const key of Object.keys(b)) {
    if (key === 'id' || key === 'type') continue;
    if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) patch[key] = b[key];
  }
  return Object.keys(patch).length > 0 ? patch : null;
}

/** The same retargeting as one undoable batch: canvas.set, then object.update per moved object. */
export function retargetCommand(doc: PostDocument, canvas: CanvasSize, safeZone: Insets | null): RetargetCommand {
  const { doc: next, warnings } = retargetDocument(doc, canvas, safeZone);
  const commands: Command[] = [{ type: 'canvas.set', canvas: { ...canvas } }];
  next.slides.forEach((slide, si) => {
    slide.objects.forEach((obj, oi) => {
      const patch = diffPatch(doc.slides[si].objects[oi], obj);
      if (patch) commands.push({ type: 'object.update', slideId: slide.id, objectId: obj.id, patch });
    });
  });
  return { command: { type: 'batch', commands }, warnings };
}
