import { useEffect, useImperativeHandle, useLayoutEffect, useRef, useState, type Ref } from 'react';
import type { EditorSession } from '../../shared/editor/editorSession';
import type { BrandKit } from '../../shared/model/brandKit';
import type { SlideFormat } from '../../shared/model/slideFormat';
import { CanvasView } from './CanvasView';
import { ConsentChips } from './ConsentChips';
import type { EditorController, EditorNotice, EditorTool, UncoveredSummary } from './editorApi';

export { ASSET_DRAG_TYPE } from './editorApi';

/**
 * The slide canvas of the editor screen. React owns the frame around it; the pixels belong to a
 * `CanvasView` (fabric), which draws the session's current document and turns gestures into
 * commands. Mount it inside a box with a size (it fills its parent and scrolls when zoomed in).
 *
 * Props:
 * - `session`: the post's EditorSession (the canvas subscribes to it; it renders the selection too).
 * - `slideId`: the slide shown. The canvas keeps `session.select(slideId, …)` in step.
 * - `format`: the post's SlideFormat (its width/height must match `doc.canvas`); `safeZone` is shown
 *   dashed on the canvas and never exported.
 * - `tool`: the active tool; `onToolDone()` is called after a tool made one object.
 * - `onContextMenu(clientX, clientY)`: right-click on the canvas (the object under the pointer is
 *   selected first, so the shell's menu acts on the selection).
 * - `controllerRef`: receives the EditorController (zoom, delete, nudge, addImage, …).
 * - `onZoomChange(zoom)`: the zoom as a fraction (1 = 100 %), after every zoom change.
 * - `onNotice(notice)`: messages for the user (refused pixelate over text, scan failed, …).
 * - `onProgress(message | null)`: a scan running before an image's redactions can be proposed.
 * - `onUncovered(summary)`: findings on this slide not covered by accepted redactions.
 * - `brand`: the library's brand kit; objects made with the tools take its colours and fonts.
 * - `backdrop`: an image URL painted under a transparent slide at the slide's size (the scene a
 *   reel overlay is drawn over), on screen only.
 *
 * Keys: while the canvas has focus it handles arrows (nudge 1 px, Shift 10 px), Escape (cancel the
 * gesture or drop the selection) and Space+drag (pan). Everything else (undo, copy, delete…) is the
 * shell's, which calls the controller. While a text is being edited the canvas's hidden textarea has
 * focus and the keys are the text's: Ctrl/Cmd+B, I, U style the selected characters (the whole text
 * with none selected), Ctrl/Cmd+Z saves the typing and undoes it (Shift+Z / Y redo). An undo from
 * elsewhere while typing ends the edit without saving it against text that is no longer there.
 * The badge of uncovered findings has a button proposing boxes for them again (one undo step).
 * Each placed image carries a consent chip at its top-left corner (patient code and status; a click
 * links it to a patient): DOM over the canvas, never drawn into the slide (ConsentChips.tsx).
 *
 * Drops: an element dragged with dataTransfer type `application/x-medpost-asset` (the asset id)
 * is placed where it is dropped (into a placeholder frame under the pointer, if any).
 *
 * Tests: the wrapper is `data-testid="editor-canvas"` with `data-zoom`, `data-slide-id` and
 * `data-object-count`; the warning badge is `data-testid="uncovered-badge"`; each consent chip is
 * `data-testid="canvas-consent-chip"` with `data-object-id` and `data-asset-id`. With
 * `localStorage['medpost.testHooks'] = '1'` (set it in a Playwright init script) the canvas exposes
 * `window.__medpostEditor` (renderer/editor/testHook.ts): the controller, the drawn ids, each
 * object's client bounds (to click it), the active ids and `imagesSettled()`.
 */
export type EditorCanvasProps = {
  session: EditorSession;
  slideId: string;
  format: SlideFormat;
  tool: EditorTool;
  onToolDone(): void;
  onContextMenu(clientX: number, clientY: number): void;
  controllerRef?: Ref<EditorController | null>;
  onZoomChange?(zoom: number): void;
  onNotice?(notice: EditorNotice): void;
  onProgress?(message: string | null): void;
  onUncovered?(summary: UncoveredSummary): void;
  brand?: BrandKit;
  /** A picture shown under the slide (a reel overlay's scene); drawn only on screen, never into the slide. */
  backdrop?: string | null;
};

export function EditorCanvas(props: EditorCanvasProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<CanvasView | null>(null);
  // Callbacks change identity on every render of the shell; the view reads the latest through this.
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });

  const { session, format } = props;
  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const v = new CanvasView(host, session, format, {
      toolDone: () => latest.current.onToolDone(),
      contextMenu: (x, y) => latest.current.onContextMenu(x, y),
      zoomChanged: (z) => latest.current.onZoomChange?.(z),
      notice: (n) => latest.current.onNotice?.(n),
      progress: (m) => latest.current.onProgress?.(m),
      uncovered: (s) => latest.current.onUncovered?.(s),
    });
    setView(v);
    return () => {
      v.dispose();
      setView(null);
    };
  }, [session, format]);

  useEffect(() => view?.showSlide(props.slideId), [view, props.slideId]);
  useEffect(() => view?.setTool(props.tool), [view, props.tool]);
  useEffect(() => view?.setBrand(props.brand ?? null), [view, props.brand]);
  useEffect(() => view?.setBackdrop(props.backdrop ?? null), [view, props.backdrop]);
  useImperativeHandle<EditorController | null, EditorController | null>(props.controllerRef, () => view?.controller ?? null, [view]);

  return (
    <div className="editor-canvas" ref={hostRef} data-testid="editor-canvas" data-slide-id={props.slideId}>
      {view && <ConsentChips view={view} />}
    </div>
  );
}
