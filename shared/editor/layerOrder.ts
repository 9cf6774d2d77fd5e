import type { Command } from '../commands/command';
import type { Slide } from '../model/postDocument';
import type { SlideObject } from '../model/slideObjects';

// Layer order: a slide's objects are drawn first to last. Each action computes the order the
// user asked for, then repairs one rule, then emits the fewest object.reorder steps reaching it.
//
// The rule: a redaction stays above the image it covers. A redaction below its image would be
// painted over by the image and hide nothing, so the finding would show in the editor while
// the user believes it covered (export burns redactions in regardless, but the editor must not
// show something else than what will be exported). Selecting an image brings its redactions
// along; sending a redaction under its image leaves it just above the image instead.

type Order = readonly SlideObject[];

/** The selected ids plus the redactions attached to selected images. */
function movingSet(slide: Slide, ids: readonly string[]): Set<string> {
  const set = new Set(ids);
  for (const o of slide.objects) if (o.type === 'redaction' && o.imageId !== null && set.has(o.imageId)) set.add(o.id);
  return set;
}

/** Lifts every redaction that sits below its image to just above it (after its siblings). */
export function keepRedactionsAboveImages(order: Order): SlideObject[] {
  const present = new Set(order.map((o) => o.id));
  const placed = new Set<string>();
  const waiting = new Map<string, SlideObject[]>();
  const out: SlideObject[] = [];
  for (const o of order) {
    if (o.type === 'redaction' && o.imageId !== null && present.has(o.imageId) && !placed.has(o.imageId)) {
      const list = waiting.get(o.imageId) ?? [];
      list.push(o);
      waiting.set(o.imageId, list);
      continue;
    }
    out.push(o);
    placed.add(o.id);
    const held = waiting.get(o.id);
    if (held) out.push(...held);
  }
  return out;
}

/** Indices (into `seq`) of a longest increasing subsequence: the objects that need not move. */
function longestIncreasing(seq: readonly number[]): Set<number> {
  const tails: number[] = [];
  const prev: number[] = new Array(seq.length).fill(-1);
  for (let i = 0; i < seq.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (seq[tails[mid]] < seq[i]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1];
    tails[lo] = i;
  }
  const keep = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = prev[i]) keep.add(i);
  return keep;
}

/**
 * object.reorder steps turning the slide's order into `desired` (same objects). Objects on a
 * longest increasing run stay; each other object is placed, last-desired first, just before the
 * object that follows it in `desired`, which is already where it belongs.
 */
export function reorderCommands(slide: Slide, desired: Order): Command {
  const current = slide.objects.map((o) => o.id);
  const target = desired.map((o) => o.id);
  const position = new Map(current.map((id, i) => [id, i]));
  const keep = longestIncreasing(target.map((id) => position.get(id) as number));
  const sim = current.slice();
  const commands: Command[] = [];
  for (let d = target.length - 1; d >= 0; d--) {
    if (keep.has(d)) continue;
    const id = target[d];
    sim.splice(sim.indexOf(id), 1);
    const toIndex = d + 1 < target.length ? sim.indexOf(target[d + 1]) : sim.length;
    sim.splice(toIndex, 0, id);
    commands.push({ type: 'object.reorder', slideId: slide.id, objectId: id, toIndex });
  }
  return { type: 'batch', commands };
}

function reorder(slide: Slide, desired: Order): Command {
  return reorderCommands(slide, keepRedactionsAboveImages(desired));
}

/** Moves each selected object (with its image's redactions) above the next unselected one. */
export function bringForward(slide: Slide, ids: readonly string[]): Command {
  const moving = movingSet(slide, ids);
  const order = slide.objects.slice();
  for (let i = order.length - 2; i >= 0; i--) {
    if (moving.has(order[i].id) && !moving.has(order[i + 1].id)) {
      // carry the whole run of selected objects ending at i past the one above it
      let start = i;
      while (start > 0 && moving.has(order[start - 1].id)) start--;
      const [above] = order.splice(i + 1, 1);
      order.splice(start, 0, above);
      i = start;
    }
  }
  return reorder(slide, order);
}

/** Moves each selected object below the next unselected one under it. */
export function sendBackward(slide: Slide, ids: readonly string[]): Command {
  const moving = movingSet(slide, ids);
  const order = slide.objects.slice();
  for (let i = 1; i < order.length; i++) {
    if (moving.has(order[i].id) && !moving.has(order[i - 1].id)) {
      let end = i;
      while (end + 1 < order.length && moving.has(order[end + 1].id)) end++;
      const [below] = order.splice(i - 1, 1);
      order.splice(end, 0, below);
      i = end;
    }
  }
  return reorder(slide, order);
}

/** Puts the selection on top, keeping its own stacking. */
export function bringToFront(slide: Slide, ids: readonly string[]): Command {
  const moving = movingSet(slide, ids);
  const order = [...slide.objects.filter((o) => !moving.has(o.id)), ...slide.objects.filter((o) => moving.has(o.id))];
  return reorder(slide, order);
}

/** Puts the selection at the bottom, keeping its own stacking. */
export function sendToBack(slide: Slide, ids: readonly string[]): Command {
  const moving = movingSet(slide, ids);
  const order = [...slide.objects.filter((o) => moving.has(o.id)), ...slide.objects.filter((o) => !moving.has(o.id))];
  return reorder(slide, order);
}
