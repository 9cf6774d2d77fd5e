import type { Canvas, FabricObject } from 'fabric';
import { drawingOrder, drawObject } from '../../draw/drawObject';
import type { DrawContext, Drawn, Fabric } from '../../draw/drawContext';
import type { Slide } from '../../shared/model/postDocument';
import type { SlideObject } from '../../shared/model/slideObjects';
import type { Matrix } from './affine';
import { dependentsOf, planReconcile } from './reconcile';
import type { FabricPose } from './transformToPatch';

export type Shown = { model: SlideObject; fab: Drawn<FabricObject>; pose: FabricPose };

export function poseOf(fab: FabricObject): FabricPose {
  return { matrix: fab.calcTransformMatrix() as unknown as Matrix, width: fab.width, height: fab.height };
}

/**
 * The fabric objects on the canvas, one per model object of the shown slide, kept in step with the
 * model by reconciling on ids. Each remembers the model it was drawn from and its pose at that
 * moment, which is what a gesture's end is measured against.
 */
export class Scene {
  private readonly shown = new Map<string, Shown>();
  private order: string[] = [];

  constructor(
    private readonly fab: Fabric,
    private readonly canvas: Canvas,
    /** Editor-only touches after draw/ made an object: handles, locks, text editing. */
    private readonly decorate: (fab: Drawn<FabricObject>, model: SlideObject) => void,
  ) {}

  get(id: string): Shown | undefined {
    return this.shown.get(id);
  }

  ids(): readonly string[] {
    return this.order;
  }

  /**
   * Brings the canvas to `slide`. `force`: ids drawn again even if their model did not change (the
   * fabric object was moved by a gesture the model refused, or its image just loaded). `hold`: ids
   * left alone (a text being edited in place). Returns the ids drawn anew.
   */
  sync(slide: Slide, ctx: DrawContext, force: ReadonlySet<string>, hold: ReadonlySet<string>): Set<string> {
    const next = drawingOrder(slide.objects);
    const models = new Map([...this.shown].map(([id, s]) => [id, s.model]));
    const changedImages = new Set(next.filter((o) => o.type === 'image' && (models.get(o.id) !== o || force.has(o.id))).map((o) => o.id));
    const dependents = dependentsOf(next, changedImages);
    const plan = planReconcile(models, this.order, next, (o) => force.has(o.id) || dependents.has(o.id));
    const drawn = new Set<string>();
    if (plan.remove.length === 0 && plan.build.length === 0 && !plan.reorder) return drawn;
    const withObjects: DrawContext = { ...ctx, slideObjects: slide.objects };
    this.canvas.renderOnAddRemove = false;
    for (const id of plan.remove) {
      const s = this.shown.get(id) as Shown;
      this.canvas.remove(s.fab);
      s.fab.dispose();
      this.shown.delete(id);
    }
    const byId = new Map(next.map((o) => [o.id, o]));
    for (const id of plan.build) {
      if (hold.has(id) && this.shown.has(id)) continue;
      const model = byId.get(id) as SlideObject;
      const fab = drawObject(this.fab, model, withObjects);
      this.decorate(fab, model);
      const old = this.shown.get(id);
      if (old) {
        const index = this.canvas.getObjects().indexOf(old.fab);
        this.canvas.remove(old.fab);
        old.fab.dispose();
        this.canvas.insertAt(Math.max(0, index), fab);
      } else {
        this.canvas.add(fab);
      }
      this.shown.set(id, { model, fab, pose: poseOf(fab) });
      drawn.add(id);
    }
    this.order = next.map((o) => o.id);
    this.restack();
    return drawn;
  }

  /** Puts the fabric objects in drawing order, moving only those out of place. */
  private restack(): void {
    const objects = this.canvas.getObjects();
    this.order.forEach((id, i) => {
      const fab = (this.shown.get(id) as Shown).fab;
      if (objects[i] !== fab) {
        this.canvas.moveObjectTo(fab, i);
        objects.splice(objects.indexOf(fab), 1);
        objects.splice(i, 0, fab);
      }
    });
  }

  clear(): void {
    for (const s of this.shown.values()) {
      this.canvas.remove(s.fab);
      s.fab.dispose();
    }
    this.shown.clear();
    this.order = [];
  }

  /** The ids of the objects whose fabric view is `objects` (an active selection's members). */
  idsOf(objects: readonly FabricObject[]): string[] {
    return objects.map((o) => (o as unknown as Partial<Drawn>).medpostId).filter((id): id is string => typeof id === 'string' && this.shown.has(id));
  }
}
