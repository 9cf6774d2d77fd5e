import { z } from 'zod';
import { StudioFailure } from '../api/errors';
import type { Command } from '../commands/command';
import type { PostDocument, Slide } from '../model/postDocument';
import { SlideObject } from '../model/slideObjects';
import { boundsOf, translatePatch, unionBounds, type Rect } from './geometry';

// Copy, paste and duplicate. The clipboard holds plain JSON (it may travel through the system
// clipboard between windows), so a paste validates it with the model's own schema before any
// of it reaches the document. Every pasted object gets a new id; links inside the pasted set
// (groups, a redaction's image) are remapped so the copy never shares a group with, or
// redacts for, the original.

export const CLIPBOARD_VERSION = 1;
/** How far a paste onto the slide it came from is shifted, so the copy is visibly a copy. */
export const PASTE_STEP = 24;

export const ClipboardPayload = z.object({
  version: z.literal(CLIPBOARD_VERSION),
  /** The slide the objects were copied from: a paste there is offset, elsewhere it lands in place. */
  sourceSlideId: z.string().max(64).nullable().default(null),
  objects: z.array(SlideObject).max(2000),
});
export type ClipboardPayload = z.infer<typeof ClipboardPayload>;

type Size = { width: number; height: number };

/**
 * The selected objects, in stacking order, as a JSON-safe payload. Redactions attached to a
 * copied image are always included: pasting the image without them would show the finding
 * they hide.
 */
export function copyObjects(slide: Slide, ids: readonly string[]): ClipboardPayload {
  const chosen = new Set(ids);
  const objects = slide.objects.filter(
    (o) => chosen.has(o.id) || (o.type === 'redaction' && o.imageId !== null && chosen.has(o.imageId)),
  );
  return { version: CLIPBOARD_VERSION, sourceSlideId: slide.id, objects: JSON.parse(JSON.stringify(objects)) };
}

/** Reads a payload from anywhere (the system clipboard included), refusing anything else in plain words. */
export function parseClipboard(raw: unknown): ClipboardPayload {
  const parsed = ClipboardPayload.safeParse(raw);
  if (!parsed.success) {
    throw new StudioFailure('invalid_input', 'The clipboard does not hold MedPost Studio slide objects, so nothing was pasted.');
  }
  return parsed.data;
}

/**
 * New ids for a set of objects: each object and each group gets a fresh id; a redaction follows
 * its image's new id, keeps a link to an image still on `keepLinksTo`, or otherwise loses it.
 */
function remapIds(objects: readonly SlideObject[], makeId: () => string, keepLinksTo: Slide | null): SlideObject[] {
  const ids = new Map(objects.map((o) => [o.id, makeId()]));
  const groups = new Map<string, string>();
  const groupOf = (g: string) => {
    if (!groups.has(g)) groups.set(g, makeId());
    return groups.get(g) as string;
  };
  const imagesThere = new Set(keepLinksTo?.objects.filter((o) => o.type === 'image').map((o) => o.id) ?? []);
  return objects.map((o) => {
    const copy = { ...o, id: ids.get(o.id) as string, groupId: o.groupId === null ? null : groupOf(o.groupId) };
    if (copy.type === 'redaction' && copy.imageId !== null) {
      copy.imageId = ids.get(copy.imageId) ?? (imagesThere.has(copy.imageId) ? copy.imageId : null);
    }
    return copy;
  });
}

function sameBox(a: Rect, b: Rect): boolean {
  return Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5 && Math.abs(a.width - b.width) < 0.5 && Math.abs(a.height - b.height) < 0.5;
}

/** The shift keeping `r` on the canvas (a set larger than the canvas is pinned to its top-left). */
function shiftInto(r: Rect, canvas: Size): { dx: number; dy: number } {
  const axis = (lo: number, size: number, room: number) => (size >= room || lo < 0 ? -lo : Math.min(0, room - (lo + size)));
  return { dx: axis(r.x, r.width, canvas.width), dy: axis(r.y, r.height, canvas.height) };
}

/**
 * object.add steps putting the clipboard's objects on top of `slide` with new ids. On the slide
 * they came from they shift by PASTE_STEP, and by another step for each earlier paste already
 * sitting there, unless `offset` says otherwise; the whole set is then kept on the canvas.
 */
export function pasteObjects(raw: unknown, slide: Slide, canvas: Size, makeId: () => string, offset?: number): Command {
  const payload = parseClipboard(raw);
  if (payload.objects.length === 0) return { type: 'batch', commands: [] };
  const boxes = payload.objects.map(boundsOf);
  const taken = slide.objects.map(boundsOf);
  const collides = (d: number) => boxes.some((b) => taken.some((t) => sameBox(t, { ...b, x: b.x + d, y: b.y + d })));
  let shift = offset ?? 0;
  if (offset === undefined) {
    let k = payload.sourceSlideId === slide.id ? 1 : 0;
    while (k < 100 && collides(k * PASTE_STEP)) k++;
    shift = k * PASTE_STEP;
  }
  const union = unionBounds(boxes) as Rect;
  const fit = shiftInto({ ...union, x: union.x + shift, y: union.y + shift }, canvas);
  const dx = shift + fit.dx;
  const dy = shift + fit.dy;
  const objects = remapIds(payload.objects, makeId, slide).map(
    (o) => ({ ...o, ...translatePatch(o, dx, dy) }) as SlideObject,
  );
  const base = slide.objects.length;
  return {
    type: 'batch',
    commands: objects.map((object, i) => ({ type: 'object.add', slideId: slide.id, index: base + i, object })),
  };
}

/** A slide.add putting a copy of the slide right after it, every id (slide, objects, groups) new. */
export function duplicateSlide(doc: PostDocument, slideId: string, makeId: () => string): Command {
  const index = doc.slides.findIndex((s) => s.id === slideId);
  if (index < 0) throw new StudioFailure('not_found', 'That slide is no longer in this post.');
  const source = doc.slides[index];
  const slide: Slide = { ...source, id: makeId(), objects: remapIds(source.objects, makeId, null) };
  return { type: 'slide.add', index: index + 1, slide: JSON.parse(JSON.stringify(slide)) };
}
