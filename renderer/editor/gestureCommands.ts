import type { Command, ObjectPatch } from '../../shared/commands/command';
import type { Slide } from '../../shared/model/postDocument';
import type { BoxedObject, RedactionObject, SlideObject } from '../../shared/model/slideObjects';
import { followImage, patchForPose, translatePatch, type FabricPose } from './transformToPatch';

// Gestures on the canvas, turned into commands: pure functions of the slide and what the pointer
// did, so the mapping is tested without a browser.

export type PoseChange = { id: string; before: FabricPose; after: FabricPose; resized?: boolean };

function byId(slide: Slide): Map<string, SlideObject> {
  return new Map(slide.objects.map((o) => [o.id, o]));
}

function update(slideId: string, objectId: string, patch: ObjectPatch): Command {
  return { type: 'object.update', slideId, objectId, patch };
}

/** Redactions on the slide sitting on one of the given images, not themselves in `except`. */
function followers(slide: Slide, imageIds: ReadonlySet<string>, except: ReadonlySet<string>): RedactionObject[] {
  return slide.objects.filter(
    (o): o is RedactionObject => o.type === 'redaction' && o.imageId !== null && imageIds.has(o.imageId) && !except.has(o.id),
  );
}

/** Adds the redactions of moved images, carried along with them (the box must stay on its finding). */
function withFollowers(slide: Slide, patches: Map<string, ObjectPatch>): Command[] {
  const objects = byId(slide);
  const moved = new Set(patches.keys());
  const images = new Set([...moved].filter((id) => objects.get(id)?.type === 'image'));
  const commands = [...patches].map(([id, patch]) => update(slide.id, id, patch));
  for (const r of followers(slide, images, moved)) {
    const image = objects.get(r.imageId as string) as BoxedObject;
    const p = patches.get(image.id) as Partial<BoxedObject>;
    const box = { x: p.x ?? image.x, y: p.y ?? image.y, width: p.width ?? image.width, height: p.height ?? image.height, rotation: p.rotation ?? image.rotation };
    commands.push(update(slide.id, r.id, followImage(image, box, r)));
  }
  return commands;
}

/** The end of a move/scale/rotate (fabric's `object:modified`): one batch, locked objects untouched. */
export function modifiedCommand(slide: Slide, changes: readonly PoseChange[]): Command | null {
  const objects = byId(slide);
  const patches = new Map<string, ObjectPatch>();
  for (const c of changes) {
    const model = objects.get(c.id);
    if (!model || model.locked) continue;
    const patch = patchForPose(model, c.before, c.after, c.resized);
    if (altersModel(model, patch)) patches.set(c.id, patch);
  }
  if (patches.size === 0) return null;
  return { type: 'batch', commands: withFollowers(slide, patches) };
}

/** Moves the given objects by (dx, dy) from where they are in `slide` (nudges, snapping). */
export function moveCommand(slide: Slide, ids: readonly string[], dx: number, dy: number): Command | null {
  const objects = byId(slide);
  const patches = new Map<string, ObjectPatch>();
  for (const id of ids) {
    const o = objects.get(id);
    if (o && !o.locked) patches.set(id, translatePatch(o, dx, dy));
  }
  if (patches.size === 0) return null;
  return { type: 'batch', commands: withFollowers(slide, patches) };
}

/** Removes the objects and the redactions sitting on removed images (they mean nothing without it). */
export function deleteCommand(slide: Slide, ids: readonly string[]): Command | null {
  const gone = new Set(ids.filter((id) => slide.objects.some((o) => o.id === id)));
  const images = new Set([...gone].filter((id) => slide.objects.find((o) => o.id === id)?.type === 'image'));
  for (const r of followers(slide, images, gone)) gone.add(r.id);
  if (gone.size === 0) return null;
  return { type: 'batch', commands: [...gone].map((objectId) => ({ type: 'object.remove', slideId: slide.id, objectId })) };
}

/** Selecting one member of a group selects all of it. */
export function expandGroups(slide: Slide, ids: readonly string[]): string[] {
  const groups = new Set(slide.objects.filter((o) => ids.includes(o.id) && o.groupId).map((o) => o.groupId));
  if (groups.size === 0) return [...ids];
  return slide.objects.filter((o) => ids.includes(o.id) || (o.groupId !== null && groups.has(o.groupId))).map((o) => o.id);
}

/** Accepting proposed redactions (all proposed ones on the slide when `ids` is null). */
export function acceptCommand(slide: Slide, ids: readonly string[] | null): Command | null {
  const targets = slide.objects.filter((o) => o.type === 'redaction' && o.status === 'proposed' && (ids === null || ids.includes(o.id)));
  if (targets.length === 0) return null;
  return { type: 'batch', commands: targets.map((o) => update(slide.id, o.id, { status: 'accepted' })) };
}

/** A line's end dragged by its handle: only that end moves. */
export function endpointPatch(end: 'start' | 'end', x: number, y: number): ObjectPatch {
  const r = (v: number) => Math.round(v * 100) / 100;
  return end === 'start' ? { x1: r(x), y1: r(y) } : { x2: r(x), y2: r(y) };
}

/** False when every field of the patch already has that value (a click that moved nothing). */
function altersModel(model: SlideObject, patch: ObjectPatch): boolean {
  const m = model as unknown as Record<string, unknown>;
  return Object.entries(patch).some(([k, v]) => (typeof v === 'number' ? Math.abs((m[k] as number) - v) > 0.005 : JSON.stringify(m[k]) !== JSON.stringify(v)));
}

/** Holding Shift while dragging a line's end keeps the line at a multiple of `step` degrees. */
export function snapAngle(fixed: { x: number; y: number }, p: { x: number; y: number }, step: number): { x: number; y: number } {
  const dx = p.x - fixed.x;
  const dy = p.y - fixed.y;
  const length = Math.hypot(dx, dy);
  const t = (Math.round((Math.atan2(dy, dx) * 180) / Math.PI / step) * step * Math.PI) / 180;
  return { x: fixed.x + length * Math.cos(t), y: fixed.y + length * Math.sin(t) };
}
