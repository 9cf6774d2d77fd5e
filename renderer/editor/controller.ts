import type { Textbox } from 'fabric';
import { boundsOf, unionBounds } from '../../shared/editor/geometry';
import { newId } from '../../shared/editor/objectFactory';
import { proposeUncovered } from '../../shared/editor/proposeUncovered';
import type { PostDocument } from '../../shared/model/postDocument';
import { studio, unwrap } from '../api/studio';
import type { CanvasView } from './CanvasView';
import type { EditorController } from './editorApi';
import { acceptCommand, deleteCommand, moveCommand } from './gestureCommands';
import { placeAssetCommand } from './placeAsset';

/** Nudges closer together than this form one undo step. */
const NUDGE_IDLE_MS = 600;

/** The controller the shell drives the canvas with; each change is one command to the session. */
export function makeController(v: CanvasView): EditorController {
  let nudging: { base: PostDocument; produced: PostDocument; slideId: string; ids: string[]; dx: number; dy: number; timer: number } | null = null;

  const endNudge = () => {
    if (!nudging) return;
    clearTimeout(nudging.timer);
    const produced = nudging.produced;
    nudging = null;
    // Someone else may have committed it already (any dispatch does); commit only our own preview.
    if (v.session.getSnapshot().doc === produced) v.session.commitPreview();
  };

  const selection = () => {
    const sel = v.session.getSnapshot().selection;
    return sel.slideId === v.slideId ? sel.objectIds : [];
  };

  const controller: EditorController = {
    setTool: (tool) => v.setTool(tool),
    zoomToFit: () => v.zoomToFit(),
    zoomTo: (zoom) => v.zoomTo(zoom),
    getZoom: () => v.view.zoom,
    deleteSelection() {
      const slide = v.slide();
      if (!slide) return;
      endNudge();
      v.dispatch(deleteCommand(slide, selection()), 'Delete');
    },
    selectAll() {
      const slide = v.slide();
      if (slide) v.session.select(slide.id, slide.objects.map((o) => o.id));
    },
    clearSelection() {
      if (v.slideId) v.session.select(v.slideId, []);
    },
    nudge(dx, dy) {
      const snap = v.session.getSnapshot();
      const slideId = v.slideId;
      if (!slideId || selection().length === 0) return;
      // A burst continues only while the document is still the one the last nudge produced.
      if (!nudging || nudging.produced !== snap.doc || nudging.slideId !== slideId) {
        endNudge();
        nudging = { base: snap.doc, produced: snap.doc, slideId, ids: [...selection()], dx: 0, dy: 0, timer: 0 };
      }
      const n = nudging;
      clearTimeout(n.timer);
      n.dx += dx;
      n.dy += dy;
      const slide = n.base.slides.find((s) => s.id === slideId);
      const cmd = slide ? moveCommand(slide, n.ids, n.dx, n.dy) : null;
      if (!cmd) return;
      v.session.preview(cmd, 'Nudge');
      n.produced = v.session.getSnapshot().doc;
      n.timer = window.setTimeout(endNudge, NUDGE_IDLE_MS);
    },
    async addImage(assetId, at) {
      endNudge();
      try {
        const asset = await v.info.ensure(assetId);
        if (asset.kind === 'video') throw new Error('Videos go in reels, not on slides.');
        if (asset.phiStatus === 'unchecked') await scan(v, assetId);
        const slide = v.slide();
        if (!slide) return;
        const canvas = v.session.getSnapshot().doc.canvas;
        const known = v.info.assets.get(assetId) ?? asset;
        const { command, imageId } = placeAssetCommand(slide, canvas, known, v.info.analyses.get(assetId) ?? null, at ?? null, selection(), newId);
        v.dispatch(command, 'Place image');
        v.session.select(slide.id, [imageId]);
      } catch (err) {
        v.callbacks.notice({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
      }
    },
    acceptRedactions(ids) {
      const slide = v.slide();
      if (slide) v.dispatch(acceptCommand(slide, ids ?? null), ids?.length === 1 ? 'Accept redaction' : 'Accept redactions', ids ?? []);
    },
    editText(objectId) {
      const shown = v.scene.get(objectId);
      if (!shown || shown.model.type !== 'text' || shown.model.locked) return;
      const box = shown.fab as unknown as Textbox;
      v.canvas.setActiveObject(box);
      box.enterEditing();
      box.selectAll();
      v.canvas.requestRenderAll();
    },
    isEditingText: () => v.text.active,
    styleText: (change, label) => v.text.styleSelection(change, label),
    textSelection: () => v.text.span(),
    undo() {
      endNudge();
      v.text.finish();
      v.session.undo();
    },
    redo() {
      endNudge();
      v.text.finish();
      v.session.redo();
    },
    analyses: () => v.info.analyses,
    proposeUncovered(imageId) {
      const slide = v.slide();
      if (!slide) return 0;
      // Only scans of assets marked as holding identifiers count, as for the badge and the export.
      const marked = new Map([...v.info.analyses].filter(([id]) => v.info.assets.get(id)?.phiStatus === 'holds-phi'));
      const out = proposeUncovered(slide, v.session.getSnapshot().doc.canvas, marked, newId, imageId ?? null);
      if (!out) return 0;
      endNudge();
      v.dispatch(out.command, out.boxes.length === 1 ? 'Propose a redaction' : 'Propose redactions');
      v.session.select(slide.id, out.boxes.map((b) => b.id));
      return out.boxes.length;
    },
    menuPoint() {
      const slide = v.slide();
      const ids = selection();
      const box = slide ? unionBounds(slide.objects.filter((o) => ids.includes(o.id)).map(boundsOf)) : null;
      const r = v.viewport.getBoundingClientRect();
      if (!box) return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      const p = v.slideToClient({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
      // Inside the visible canvas even when the selection is scrolled out of view.
      return { x: Math.min(Math.max(p.x, r.left + 8), r.right - 8), y: Math.min(Math.max(p.y, r.top + 8), r.bottom - 8) };
    },
    clientToSlide: (x, y) => v.clientToSlide(x, y),
    slideToClient: (p) => v.slideToClient(p),
    focus: () => v.viewport.focus({ preventScroll: true }),
  };
  return controller;
}

/** Scans an asset never checked for identifiers, reporting progress, before it is placed. */
async function scan(v: CanvasView, assetId: string): Promise<void> {
  const jobId = `scan-${crypto.randomUUID()}`;
  v.callbacks.progress('Scanning the image for identifiers…');
  const off = studio.onEvent((e) => {
    if (e.type === 'job.progress' && e.jobId === jobId) v.callbacks.progress(`Scanning the image for identifiers: ${e.message}`);
  });
  try {
    await unwrap(studio.assets.analyze({ id: assetId, jobId }));
    await v.info.refresh(assetId);
  } finally {
    off();
    v.callbacks.progress(null);
  }
}
