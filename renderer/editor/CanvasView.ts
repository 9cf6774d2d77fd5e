import * as fabric from 'fabric';
import type { DrawContext } from '../../draw/drawContext';
import type { Command } from '../../shared/commands/command';
import type { EditorSession } from '../../shared/editor/editorSession';
import type { Guide } from '../../shared/editor/snapping';
import type { PostDocument, Slide } from '../../shared/model/postDocument';
import { DEFAULT_BRAND_KIT, type BrandKit } from '../../shared/model/brandKit';
import type { SlideFormat } from '../../shared/model/slideFormat';
import type { Matrix, Pt } from './affine';
import { AssetImages } from './assetImages';
import { AssetInfo } from './assetInfo';
import { makeDecorator } from './controls';
import { makeController } from './controller';
import { DragLayers } from './dragLayers';
import { loadBundledFonts } from './fontsReady';
import { EditorSelection } from './editorSelection';
import { createFabricCanvas, createViewportElement, SELECTION_HANDLES } from './canvasSetup';
import type { EditorController, EditorNotice, EditorTool, UncoveredSummary } from './editorApi';
import { installGestures } from './gestures';
import { installInput } from './input';
import { overlayStateOf, paintAbove, paintBelow, type ToolPreview } from './overlays';
import { UncoveredTracker, uncoveredOn } from './redactionView';
import { Scene } from './scene';
import { TextEditing } from './textEditing';
import { installTestHook } from './testHook';
import { installTools } from './tools';
import { clampPan, fitView, toScreen, toSlide, zoomAt, type View } from './viewport';

export type ViewCallbacks = {
  toolDone(): void;
  contextMenu(clientX: number, clientY: number): void;
  zoomChanged(zoom: number): void;
  notice(n: EditorNotice): void;
  progress(message: string | null): void;
  uncovered(summary: UncoveredSummary): void;
};

/**
 * The slide canvas: a fabric Canvas the size of the visible area, showing one slide of the
 * session's document through draw/, zoomed and panned with a viewport transform. It owns the
 * canvas's pixels; React only mounts it. It never reads fabric state back as truth: the document in
 * the session is drawn, gestures end as commands, and the objects they touched are drawn again.
 */
export class CanvasView {
  readonly fab = fabric;
  readonly canvas: fabric.Canvas;
  readonly viewport: HTMLDivElement;
  readonly scene: Scene;
  readonly images: AssetImages;
  readonly info: AssetInfo;
  readonly controller: EditorController;
  readonly layers: DragLayers;
  view: View = { zoom: 1, panX: 0, panY: 0 };
  /** While true the view refits when the area changes size; a manual zoom or pan turns it off. */
  fitted = true;
  tool: EditorTool = 'select';
  brand: BrandKit = DEFAULT_BRAND_KIT;
  slideId: string | null = null;
  guides: readonly Guide[] = [];
  toolPreview: ToolPreview | null = null;
  ghost: fabric.FabricObject | null = null;
  /** Text objects being edited in place: their fabric object holds the typing until editing ends. */
  readonly held = new Set<string>();
  readonly text: TextEditing = new TextEditing(this);
  /** Set while the view itself changes fabric's selection, so the echo is not sent back. */
  syncingSelection = false;
  /** A render was asked for during a gesture; it runs when the gesture ends. */
  renderPending = false;
  private readonly force = new Set<string>();
  private shownDoc: PostDocument | null = null;
  private disposed = false;
  private readonly cleanups: (() => void)[] = [];
  readonly uncovered: UncoveredTracker;

  constructor(
    private readonly host: HTMLElement,
    readonly session: EditorSession,
    readonly format: SlideFormat,
    readonly callbacks: ViewCallbacks,
  ) {
    const { viewport, canvasEl } = createViewportElement(host);
    this.viewport = viewport;
    this.uncovered = new UncoveredTracker(this.viewport, (summary) => this.callbacks.uncovered(summary), () => this.controller.proposeUncovered());
    this.canvas = createFabricCanvas(canvasEl, this.areaSize());
    this.layers = new DragLayers(this.canvas);
    this.images = new AssetImages((assetId) => this.imageLoaded(assetId));
    this.info = new AssetInfo(() => this.refreshUncovered());
    this.scene = new Scene(
      fabric,
      this.canvas,
      makeDecorator(fabric, {
        endpointNow: (id, end) => this.endpointNow(id, end),
        endpointDrag: (id, end, to, shift) => this.endpointDrag?.(id, end, to, shift),
        endpointDone: (id) => this.endpointDone?.(id),
        // Deferred: fabric calls handles from inside its pointer-up, before it lets go of the transform.
        accept: (id) => queueMicrotask(() => this.controller.acceptRedactions([id])),
        viewport: () => this.canvas.viewportTransform as unknown as Matrix,
        textareaHost: this.viewport,
      }),
    );
    this.canvas.on('before:render', ({ ctx }) => paintBelow(ctx, overlayStateOf(this), this.areaSize()));
    this.canvas.on('after:render', ({ ctx }) => paintAbove(ctx, overlayStateOf(this), this.areaSize()));
    this.controller = makeController(this);
    this.cleanups.push(
      installGestures(this),
      this.text.install(),
      installTools(this),
      installInput(this),
      installTestHook(this),
      session.subscribe(() => this.render()),
    );
    this.zoomToFit();
    // Text is measured with the bundled fonts: draw it again once they are in.
    void loadBundledFonts().then(() => {
      if (!this.disposed) this.redrawAll();
    });
  }

  /** Set by gestures: a line end being dragged, and its release. */
  endpointDrag: ((id: string, end: 'start' | 'end', to: Pt, shift: boolean) => void) | null = null;
  endpointDone: ((id: string) => void) | null = null;
  endpointNow: (id: string, end: 'start' | 'end') => Pt | null = () => null;

  drawContext(): DrawContext {
    return { mode: 'editor', image: this.images.get };
  }

  /** The slide shown, from the session's current document. */
  slide(): Slide | null {
    return this.session.getSnapshot().doc.slides.find((s) => s.id === this.slideId) ?? null;
  }

  showSlide(slideId: string): void {
    if (this.slideId === slideId) return;
    this.text.finish();
    this.held.clear();
    this.syncingSelection = true;
    this.canvas.discardActiveObject();
    this.syncingSelection = false;
    this.scene.clear();
    this.slideId = slideId;
    this.shownDoc = null;
    if (this.session.getSnapshot().selection.slideId !== slideId) this.session.select(slideId, []);
    this.render();
  }

  setBrand = (brand: BrandKit | null): void => void (this.brand = brand ?? DEFAULT_BRAND_KIT);

  backdrop: HTMLImageElement | null = null;
  /** A picture (URL, slide-sized) painted under the slide's page, e.g. the video a reel overlay goes over. */
  setBackdrop(url: string | null): void {
    if (!url) {
      this.backdrop = null;
      this.canvas.requestRenderAll();
      return;
    }
    const img = new Image();
    img.onload = () => {
      // A later call may have replaced it while this one loaded.
      if (img.dataset.want !== 'no') {
        this.backdrop = img;
        this.canvas.requestRenderAll();
      }
    };
    if (this.pendingBackdrop) this.pendingBackdrop.dataset.want = 'no';
    this.pendingBackdrop = img;
    img.src = url;
  }
  private pendingBackdrop: HTMLImageElement | null = null;

  setTool(tool: EditorTool): void {
    this.tool = tool;
    this.toolPreview = null;
    const drawing = tool !== 'select';
    this.canvas.selection = !drawing;
    this.canvas.skipTargetFind = drawing;
    this.canvas.defaultCursor = drawing ? 'crosshair' : 'default';
    if (drawing && this.slideId) this.session.select(this.slideId, []);
    this.canvas.requestRenderAll();
  }

  /** Applies a command as one undo step; the objects in `redraw` are drawn again even if unchanged. */
  dispatch(cmd: Command | null, label: string, redraw: Iterable<string> = []): void {
    for (const id of redraw) this.force.add(id);
    if (cmd) {
      try {
        this.session.dispatch(cmd, label);
      } catch (err) {
        this.callbacks.notice({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
      }
    }
    if (this.force.size > 0) this.render();
  }

  /** Draws the session's state: the slide's objects (reconciled by id) and the selection. */
  render(): void {
    // Never replace objects under the pointer mid-gesture (an image or a font arriving): fabric would
    // go on moving an object no longer shown. The gesture's end draws everything (see gestures).
    if (this.canvas._currentTransform) {
      this.renderPending = true;
      return;
    }
    this.renderPending = false;
    const snap = this.session.getSnapshot();
    const slide = this.slide();
    if (!slide) {
      this.scene.clear();
      this.canvas.requestRenderAll();
      return;
    }
    if (snap.doc !== this.shownDoc || this.force.size > 0) {
      this.text.documentChanged();
      const selected = new Set(this.scene.idsOf(this.canvas.getActiveObjects()));
      const touched = new Set([...this.force, ...slide.objects.filter((o) => this.scene.get(o.id)?.model !== o).map((o) => o.id)]);
      const removed = this.scene.ids().filter((id) => !slide.objects.some((o) => o.id === id));
      // fabric's selection holds the old objects: let go of it before they are replaced.
      if ([...selected].some((id) => touched.has(id) || removed.includes(id))) this.selectIds([]);
      this.scene.sync(slide, this.drawContext(), this.force, this.held);
      this.force.clear();
      this.shownDoc = snap.doc;
      this.info.want(slide.objects.flatMap((o) => (o.type === 'image' && !o.placeholder ? [o.assetId] : [])));
      this.refreshUncovered();
    }
    this.selectIds(snap.selection.slideId === this.slideId ? snap.selection.objectIds : []);
    this.host.dataset.objectCount = String(slide.objects.length);
    this.canvas.requestRenderAll();
  }

  redrawAll(): void {
    this.dispatch(null, '', this.scene.ids());
  }

  /** Makes fabric's selection show `ids` (no-op when it already does). */
  selectIds(ids: readonly string[]): void {
    const current = this.scene.idsOf(this.canvas.getActiveObjects());
    const wanted = ids.filter((id) => this.scene.get(id) && !this.held.has(id));
    if (this.held.size > 0) return; // text being edited keeps fabric's own selection
    if (current.length === wanted.length && current.every((id, i) => id === wanted[i])) return;
    this.syncingSelection = true;
    try {
      this.canvas.discardActiveObject();
      const objs = wanted.map((id) => this.scene.get(id)!.fab);
      if (objs.length === 1) this.canvas.setActiveObject(objs[0]);
      else if (objs.length > 1) this.canvas.setActiveObject(new EditorSelection(objs, { canvas: this.canvas, ...SELECTION_HANDLES }));
    } finally {
      this.syncingSelection = false;
    }
    this.canvas.requestRenderAll();
  }

  // --- view ---

  areaSize(): { width: number; height: number } {
    return { width: Math.max(50, this.host.clientWidth), height: Math.max(50, this.host.clientHeight) };
  }

  slideSize(): { width: number; height: number } {
    const c = this.session.getSnapshot().doc.canvas;
    return { width: c.width, height: c.height };
  }

  setView(view: View, fitted = false): void {
    this.view = fitted ? view : clampPan(view, this.areaSize(), this.slideSize());
    this.fitted = fitted;
    this.canvas.setViewportTransform([this.view.zoom, 0, 0, this.view.zoom, this.view.panX, this.view.panY]);
    this.canvas.requestRenderAll();
    this.host.dataset.zoom = this.view.zoom.toFixed(4);
    this.callbacks.zoomChanged(this.view.zoom);
  }

  zoomToFit = (): void => this.setView(fitView(this.areaSize(), this.slideSize()), true);

  zoomTo(zoom: number, at?: Pt): void {
    const area = this.areaSize();
    this.setView(zoomAt(this.view, zoom, at ?? { x: area.width / 2, y: area.height / 2 }, area, this.slideSize()));
  }

  resized(): void {
    const size = this.areaSize();
    this.canvas.setDimensions(size);
    if (this.fitted) this.zoomToFit();
    else this.setView(this.view);
  }

  /** Client (window) point → slide pixels. */
  clientToSlide(clientX: number, clientY: number): Pt {
    const r = this.viewport.getBoundingClientRect();
    return toSlide(this.view, { x: clientX - r.left, y: clientY - r.top });
  }

  slideToClient(p: Pt): Pt {
    const r = this.viewport.getBoundingClientRect();
    const s = toScreen(this.view, p);
    return { x: s.x + r.left, y: s.y + r.top };
  }

  // --- images and redaction state ---

  private imageLoaded(assetId: string): void {
    const slide = this.slide();
    if (!slide) return;
    for (const o of slide.objects) if (o.type === 'image' && o.assetId === assetId) this.force.add(o.id);
    this.render();
  }

  refreshUncovered(): void {
    const slide = this.slide();
    const found = slide ? uncoveredOn(slide, this.session.getSnapshot().doc.canvas, this.info) : [];
    if (this.uncovered.update(found)) this.canvas.requestRenderAll();
  }

  dispose(): void {
    this.disposed = true;
    for (const c of this.cleanups.splice(0)) c();
    this.images.dispose();
    this.info.dispose();
    void this.canvas.dispose();
    this.viewport.remove();
  }
}
