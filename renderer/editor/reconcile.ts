import type { SlideObject } from '../../shared/model/slideObjects';

/**
 * What the canvas must do to show `next` when it shows `shown` now. Commands replace only the
 * objects they change (structural sharing), so an object whose model is the same reference as the
 * one drawn is kept as it is; a changed one is drawn again; `stale` forces a redraw of an unchanged
 * one (its image just loaded, or the image under a pixelate box changed).
 */
export type ReconcilePlan = {
  /** Ids drawn now and absent from `next`: dispose. */
  remove: string[];
  /** Ids to draw (new, changed or stale), in `next` order. */
  build: string[];
  /** Number of objects kept as they are. */
  kept: number;
  /** True when objects drawn now and still present changed their order (a layer change). */
  reorder: boolean;
};

export function planReconcile(
  shown: ReadonlyMap<string, SlideObject>,
  shownOrder: readonly string[],
  next: readonly SlideObject[],
  stale: (o: SlideObject) => boolean = () => false,
): ReconcilePlan {
  const nextIds = new Set(next.map((o) => o.id));
  const remove = [...shown.keys()].filter((id) => !nextIds.has(id));
  const build: string[] = [];
  let kept = 0;
  for (const o of next) {
    if (shown.get(o.id) === o && !stale(o)) kept += 1;
    else build.push(o.id);
  }
  const survivors = shownOrder.filter((id) => nextIds.has(id));
  const inNext = next.filter((o) => shown.has(o.id));
  const reorder = survivors.some((id, i) => inNext[i].id !== id);
  return { remove, build, kept, reorder };
}

/**
 * Objects that need drawing again although their model did not change: pixelate/blur redactions
 * read the image under them, so they follow any change to an image on the slide.
 */
export function dependentsOf(next: readonly SlideObject[], changedImages: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  if (changedImages.size === 0) return out;
  for (const o of next) if (o.type === 'redaction' && o.mode !== 'solid') out.add(o.id);
  return out;
}
