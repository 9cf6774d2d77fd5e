import type { Command } from '../commands/command';
import type { Slide } from '../model/postDocument';
import type { SlideObject } from '../model/slideObjects';
import { boundsOf, translatePatch, unionBounds, type Rect } from './geometry';

// Align, distribute and move selections. Each returns one batch command (one undo step). The
// rules every move here shares:
// - a group (objects sharing a groupId) moves as one unit, keeping its members' spacing;
// - a unit holding a locked object does not move (locking is how a user pins a layout);
// - a redaction attached to a moved image moves with it by the same delta, even when the
//   redaction itself is locked or not selected: a box left behind would uncover the finding.

export type AlignHow = 'left' | 'centerX' | 'right' | 'top' | 'middle' | 'bottom';
export type AlignTo = 'selection' | 'slide';
export type Axis = 'x' | 'y';
type Size = { width: number; height: number };

type Unit = { members: SlideObject[]; bounds: Rect; locked: boolean };
type Delta = { dx: number; dy: number };

const noChange = (): Command => ({ type: 'batch', commands: [] });

/** The selected objects as movable units: groups together, attached redactions folded into their image. */
function unitsOf(slide: Slide, ids: readonly string[]): Unit[] {
  const wanted = new Set(ids);
  const selected = slide.objects.filter((o) => wanted.has(o.id));
  const selectedImages = new Set(selected.filter((o) => o.type === 'image').map((o) => o.id));
  const units: Unit[] = [];
  const byGroup = new Map<string, SlideObject[]>();
  for (const o of selected) {
    if (o.type === 'redaction' && o.imageId !== null && selectedImages.has(o.imageId)) continue;
    if (o.groupId === null) {
      units.push({ members: [o], bounds: boundsOf(o), locked: o.locked });
      continue;
    }
    const members = byGroup.get(o.groupId);
    if (members) members.push(o);
    else byGroup.set(o.groupId, [o]);
  }
  for (const members of byGroup.values()) {
    units.push({ members, bounds: unionBounds(members.map(boundsOf)) as Rect, locked: members.some((m) => m.locked) });
  }
  return units;
}

/** One object.update per object that moves, plus the redactions riding on moved images. */
function moveCommand(slide: Slide, moves: [Unit, Delta][]): Command {
  const commands: Command[] = [];
  const moved = new Set<string>();
  const push = (o: SlideObject, d: Delta) => {
    if (moved.has(o.id)) return;
    moved.add(o.id);
    commands.push({ type: 'object.update', slideId: slide.id, objectId: o.id, patch: translatePatch(o, d.dx, d.dy) });
  };
  for (const [unit, d] of moves) {
    if (unit.locked || (d.dx === 0 && d.dy === 0)) continue;
    for (const m of unit.members) {
      push(m, d);
      if (m.type !== 'image') continue;
      for (const r of slide.objects) if (r.type === 'redaction' && r.imageId === m.id) push(r, d);
    }
  }
  return { type: 'batch', commands };
}

/** Moves the selection by (dx, dy): arrow-key nudges and the end of a drag. */
export function moveObjects(slide: Slide, ids: readonly string[], dx: number, dy: number): Command {
  return moveCommand(slide, unitsOf(slide, ids).map((u) => [u, { dx, dy }]));
}

function deltaFor(b: Rect, ref: Rect, how: AlignHow): Delta {
  switch (how) {
    case 'left':
      return { dx: ref.x - b.x, dy: 0 };
    case 'centerX':
      return { dx: ref.x + ref.width / 2 - (b.x + b.width / 2), dy: 0 };
    case 'right':
      return { dx: ref.x + ref.width - (b.x + b.width), dy: 0 };
    case 'top':
      return { dx: 0, dy: ref.y - b.y };
    case 'middle':
      return { dx: 0, dy: ref.y + ref.height / 2 - (b.y + b.height / 2) };
    case 'bottom':
      return { dx: 0, dy: ref.y + ref.height - (b.y + b.height) };
  }
}

/**
 * Aligns the selection's units to the selection's bounds (locked units count as reference but
 * stay put) or to the slide (`canvas` is the slide size). Aligning one unit to itself does nothing.
 */
export function alignObjects(slide: Slide, ids: readonly string[], how: AlignHow, to: AlignTo, canvas: Size): Command {
  const units = unitsOf(slide, ids);
  if (units.length === 0 || (to === 'selection' && units.length < 2)) return noChange();
  const ref = to === 'slide' ? { x: 0, y: 0, ...canvas } : (unionBounds(units.map((u) => u.bounds)) as Rect);
  return moveCommand(slide, units.map((u) => [u, deltaFor(u.bounds, ref, how)]));
}

/**
 * Spreads three or more units along an axis so the gaps between them are equal, keeping the
 * outermost extent. Locked units take no part (they neither move nor count as a gap).
 */
export function distributeObjects(slide: Slide, ids: readonly string[], axis: Axis): Command {
  const units = unitsOf(slide, ids).filter((u) => !u.locked);
  if (units.length < 3) return noChange();
  const start = (r: Rect) => (axis === 'x' ? r.x : r.y);
  const size = (r: Rect) => (axis === 'x' ? r.width : r.height);
  const sorted = [...units].sort((a, b) => start(a.bounds) - start(b.bounds) || size(a.bounds) - size(b.bounds));
  const extent = unionBounds(sorted.map((u) => u.bounds)) as Rect;
  const used = sorted.reduce((sum, u) => sum + size(u.bounds), 0);
  const gap = (size(extent) - used) / (sorted.length - 1);
  let at = start(extent);
  const moves: [Unit, Delta][] = [];
  for (const u of sorted) {
    const d = at - start(u.bounds);
    moves.push([u, axis === 'x' ? { dx: d, dy: 0 } : { dx: 0, dy: d }]);
    at += size(u.bounds) + gap;
  }
  return moveCommand(slide, moves);
}
