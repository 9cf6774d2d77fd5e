import type { FabricObject, TPointerEvent } from 'fabric';
import { drawObject } from '../../draw/drawObject';
import { boundsOf, unionBounds, type Rect } from '../../shared/editor/geometry';
import { snapMove } from '../../shared/editor/snapping';
import type { LineObject } from '../../shared/model/slideObjects';
import { apply, invert, multiply, type Matrix, type Pt } from './affine';
import type { CanvasView } from './CanvasView';
import { endpointPatch, expandGroups, modifiedCommand, snapAngle, type PoseChange } from './gestureCommands';
import { enforceSolidOverText } from './redactionModes';
import { poseOf } from './scene';

/** Snapping pulls within this many screen pixels, whatever the zoom. */
const SNAP_SCREEN_PX = 6;

type MoveStart = { target: FabricObject; ids: string[]; centre: Pt; rect: Rect; others: Rect[] };

/**
 * fabric's pointer events, turned into selection changes and commands. fabric moves its objects
 * while the pointer is down (that is the live preview); at the end, the model decides, and the
 * touched objects are drawn again from it.
 */
export function installGestures(v: CanvasView): () => void {
  const { canvas } = v;
  let moveStart: MoveStart | null = null;
  let endpoint: { id: string; patch: Record<string, number> } | null = null;

  const activeIds = () => v.scene.idsOf(canvas.getActiveObjects());

  const selectionChanged = () => {
    if (v.syncingSelection || !v.slideId) return;
    const slide = v.slide();
    if (!slide) return;
    const expanded = expandGroups(slide, activeIds());
    // A locked object is selectable alone (to unlock it), never carried along in a multi-selection.
    const ids = expanded.length > 1 ? expanded.filter((id) => !slide.objects.find((o) => o.id === id)?.locked) : expanded;
    v.session.select(v.slideId, ids);
  };

  /** Redactions sitting on a moving image, not themselves moving: they ride along live. */
  const followersOf = (ids: readonly string[]) => {
    const slide = v.slide();
    if (!slide) return [];
    const images = new Set(ids.filter((id) => v.scene.get(id)?.model.type === 'image'));
    return slide.objects.filter((o) => o.type === 'redaction' && o.imageId !== null && images.has(o.imageId) && !ids.includes(o.id));
  };

  const carryFollowers = () => {
    for (const r of followersOf(activeIds())) {
      if (r.type !== 'redaction' || !r.imageId) continue;
      const image = v.scene.get(r.imageId);
      const shown = v.scene.get(r.id);
      if (!image || !shown) continue;
      const change = multiply(image.fab.calcTransformMatrix() as unknown as Matrix, invert(image.pose.matrix));
      v.fab.util.applyTransformToObject(shown.fab, multiply(change, shown.pose.matrix) as unknown as Parameters<typeof v.fab.util.applyTransformToObject>[1]);
    }
  };

  const startMove = (target: FabricObject): MoveStart | null => {
    const slide = v.slide();
    if (!slide) return null;
    const ids = activeIds();
    const moving = new Set([...ids, ...followersOf(ids).map((o) => o.id)]);
    const rect = unionBounds(slide.objects.filter((o) => ids.includes(o.id)).map(boundsOf));
    if (!rect) return null;
    const others = slide.objects.filter((o) => !moving.has(o.id)).map(boundsOf);
    const c = target.getCenterPoint();
    return { target, ids, centre: { x: c.x, y: c.y }, rect, others };
  };

  const onMoving = ({ target, e }: { target: FabricObject; e: Event }) => {
    // Measured from where the target stood when the press began (fabric has moved it by now).
    if (!moveStart || moveStart.target !== target) moveStart = startMove(target);
    if (moveStart && !(e as MouseEvent).altKey) {
      const c = target.getCenterPoint();
      const moved = { ...moveStart.rect, x: moveStart.rect.x + c.x - moveStart.centre.x, y: moveStart.rect.y + c.y - moveStart.centre.y };
      const snap = snapMove(moved, moveStart.others, v.slideSize(), v.format.safeZone, SNAP_SCREEN_PX / v.view.zoom);
      if (snap.dx !== 0 || snap.dy !== 0) {
        target.set({ left: target.left + snap.dx, top: target.top + snap.dy });
        target.setCoords();
      }
      v.guides = snap.guides;
    } else v.guides = [];
    carryFollowers();
    freeze(target, true);
  };

  /** From the first frame of a transform on, the objects that stay still are drawn from bitmaps. */
  const freeze = (target: FabricObject, translating: boolean) => {
    if (v.layers.active()) return;
    const ids = activeIds();
    const moving = new Set([...ids, ...followersOf(ids).map((o) => o.id)].map((id) => v.scene.get(id)?.fab).filter((o) => o !== undefined));
    const left = target.left;
    const top = target.top;
    v.layers.start(moving, translating ? () => ({ x: target.left - left, y: target.top - top }) : null);
  };
  const onTransforming = ({ target }: { target: FabricObject }) => {
    carryFollowers();
    freeze(target, false);
  };

  // fabric fires this from inside its pointer-up handling, with the transform still current:
  // replacing objects now would make it finish the transform again (and fire this again).
  const onModified = (e: { target: FabricObject; action?: string }) => queueMicrotask(() => modified(e));

  const modified = ({ target, action }: { target: FabricObject; action?: string }) => {
    v.guides = [];
    moveStart = null;
    if (action === 'endpoint' || action === 'accept') return;
    const slide = v.slide();
    if (!slide) return;
    const members = target instanceof v.fab.ActiveSelection ? target.getObjects() : [target];
    const changes: PoseChange[] = [];
    for (const id of v.scene.idsOf(members)) {
      const shown = v.scene.get(id)!;
      // fabric reports an edited text as modified when its editing ends; the edit redraws it from the
      // model, so the box it reports is no longer shown and has nothing to say about the pose.
      if (!members.includes(shown.fab)) continue;
      changes.push({ id, before: shown.pose, after: poseOf(shown.fab), resized: action === 'resizing' });
    }
    const cmd = modifiedCommand(slide, changes);
    const label = action === 'rotate' ? 'Rotate' : action?.startsWith('scale') || action === 'resizing' ? 'Resize' : 'Move';
    const safe = cmd ? enforceSolidOverText(v.session.getSnapshot().doc, slide.id, v.info.analyses, cmd) : null;
    if (safe?.forced) v.callbacks.notice({ kind: 'info', message: 'Pixelate and blur are not allowed over text: that box is solid now.' });
    // Everything the gesture moved is drawn again from the model, including what the model refused.
    const touched = [...changes.map((c) => c.id), ...followersOf(changes.map((c) => c.id)).map((o) => o.id)];
    const selected = activeIds();
    v.dispatch(safe?.command ?? null, label, touched);
    v.selectIds(selected);
  };

  /**
   * A press on one member of a group grabs the whole group in the same press (selecting it after
   * fabric picked the member would leave the member alone to be dragged, or nothing).
   */
  const grabGroup = (e: TPointerEvent) => {
    if (v.tool !== 'select' || v.held.size > 0 || e.shiftKey || !v.slideId) return;
    const { target } = canvas.findTarget(e);
    const id = target && !(target instanceof v.fab.ActiveSelection) ? v.scene.idsOf([target])[0] : undefined;
    const slide = v.slide();
    const model = id ? v.scene.get(id)?.model : undefined;
    if (!slide || !model?.groupId || model.locked) return;
    const ids = expandGroups(slide, [model.id]).filter((x) => !slide.objects.find((o) => o.id === x)?.locked);
    if (ids.length < 2) return;
    v.session.select(v.slideId, ids);
    // fabric looked up the target under the pointer before this event: look again (the selection now).
    canvas._resetTransformEventData();
    canvas._cacheTransformEventData(e);
  };

  v.endpointNow = (id, end) => {
    const shown = v.scene.get(id);
    if (!shown || shown.model.type !== 'line') return null;
    if (endpoint?.id === id) {
      const p = endpoint.patch;
      if (end === 'start' && p.x1 !== undefined) return { x: p.x1, y: p.y1 };
      if (end === 'end' && p.x2 !== undefined) return { x: p.x2, y: p.y2 };
    }
    const change = multiply(shown.fab.calcTransformMatrix() as unknown as Matrix, invert(shown.pose.matrix));
    const l = shown.model;
    return apply(change, end === 'start' ? { x: l.x1, y: l.y1 } : { x: l.x2, y: l.y2 });
  };

  v.endpointDrag = (id, end, to, shift) => {
    const shown = v.scene.get(id);
    if (!shown || shown.model.type !== 'line' || shown.model.locked) return;
    const l: LineObject = shown.model;
    const fixed = end === 'start' ? { x: l.x2, y: l.y2 } : { x: l.x1, y: l.y1 };
    const p = shift ? snapAngle(fixed, to, 15) : to;
    endpoint = { id, patch: endpointPatch(end, p.x, p.y) as Record<string, number> };
    // The line as it will be when the end is released, drawn over the faded original.
    v.ghost = drawObject(v.fab, { ...l, ...endpoint.patch }, v.drawContext());
    if (!v.layers.active()) v.layers.start(new Set([shown.fab]), null);
    shown.fab.set({ opacity: 0.25 });
    canvas.requestRenderAll();
  };

  v.endpointDone = (id) => queueMicrotask(() => endpointDone(id));

  const endpointDone = (id: string) => {
    const done = endpoint;
    endpoint = null;
    v.ghost = null;
    const slide = v.slide();
    if (!done || !slide || done.id !== id) return;
    v.dispatch({ type: 'object.update', slideId: slide.id, objectId: id, patch: done.patch }, 'Move line end', [id]);
    v.selectIds([id]);
  };

  const onDblClick = ({ target }: { target?: FabricObject }) => {
    const id = target ? v.scene.idsOf([target])[0] : undefined;
    const model = id ? v.scene.get(id)?.model : undefined;
    if (model?.type === 'redaction' && model.status === 'proposed') v.controller.acceptRedactions([model.id]);
  };

  const offs = [
    canvas.on('selection:created', selectionChanged),
    canvas.on('selection:updated', selectionChanged),
    canvas.on('selection:cleared', selectionChanged),
    canvas.on('mouse:down:before', ({ e }) => grabGroup(e)),
    canvas.on('before:transform', ({ transform }) => {
      moveStart = transform.action === 'drag' ? startMove(transform.target) : null;
    }),
    canvas.on('object:moving', onMoving),
    canvas.on('object:scaling', onTransforming),
    canvas.on('object:rotating', onTransforming),
    canvas.on('object:resizing', onTransforming),
    canvas.on('object:modified', onModified),
    canvas.on('mouse:dblclick', onDblClick),
    canvas.on('mouse:down', () => {
      if (v.held.size === 0) v.viewport.focus({ preventScroll: true });
    }),
    canvas.on('mouse:up', () => {
      v.layers.stop();
      queueMicrotask(() => v.renderPending && v.render());
      if (v.guides.length) {
        v.guides = [];
        canvas.requestRenderAll();
      }
    }),
  ];
  return () => offs.forEach((off) => off());
}
