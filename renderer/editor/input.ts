import type { CanvasView } from './CanvasView';
import { ASSET_DRAG_TYPE } from './editorApi';
import { wheelZoom } from './viewport';

/**
 * Input the canvas takes straight from the DOM, before fabric sees it: zoom (Ctrl/Cmd+wheel), pan
 * (wheel, Space+drag, middle button), the keys the canvas owns (arrows, Escape), right-click,
 * assets dropped from the bin, and the area changing size.
 */
export function installInput(v: CanvasView): () => void {
  const el = v.viewport;
  let spaceDown = false;
  let pan: { x: number; y: number; panX: number; panY: number; pointerId: number } | null = null;

  const onWheel = (e: WheelEvent) => {
    e.preventDefault();
    const r = el.getBoundingClientRect();
    if (e.ctrlKey || e.metaKey) {
      v.zoomTo(wheelZoom(v.view.zoom, e.deltaY), { x: e.clientX - r.left, y: e.clientY - r.top });
      return;
    }
    const dx = e.shiftKey && e.deltaX === 0 ? e.deltaY : e.deltaX;
    const dy = e.shiftKey && e.deltaX === 0 ? 0 : e.deltaY;
    v.setView({ ...v.view, panX: v.view.panX - dx, panY: v.view.panY - dy });
  };

  // Capture phase on the wrapper: a pan press never reaches fabric (no selection, no marquee).
  const onPointerDown = (e: PointerEvent) => {
    if (!(e.button === 1 || (e.button === 0 && spaceDown))) return;
    e.preventDefault();
    e.stopPropagation();
    pan = { x: e.clientX, y: e.clientY, panX: v.view.panX, panY: v.view.panY, pointerId: e.pointerId };
    el.setPointerCapture(e.pointerId);
    el.style.cursor = 'grabbing';
  };
  const onPointerMove = (e: PointerEvent) => {
    if (!pan || e.pointerId !== pan.pointerId) return;
    e.stopPropagation();
    v.setView({ ...v.view, panX: pan.panX + e.clientX - pan.x, panY: pan.panY + e.clientY - pan.y });
  };
  const onPointerUp = (e: PointerEvent) => {
    if (!pan || e.pointerId !== pan.pointerId) return;
    e.stopPropagation();
    pan = null;
    el.style.cursor = spaceDown ? 'grab' : '';
  };
  // The middle button would start the browser's autoscroll.
  const onMouseDown = (e: MouseEvent) => {
    if (e.button === 1 || spaceDown) {
      e.preventDefault();
      e.stopPropagation();
    }
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (v.held.size > 0) {
      // Typing in a text box (fabric's textarea lives in this element): the keys are the text's, and
      // none may reach the app's shortcuts. Undo saves the typing first and undoes it (the textarea's
      // own undo would change the text behind the model's back); B/I/U style the selection.
      e.stopPropagation();
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const key = e.key.toLowerCase();
      const styles: Record<string, ['bold' | 'italic' | 'underline', string]> = { b: ['bold', 'Bold'], i: ['italic', 'Italic'], u: ['underline', 'Underline'] };
      if (key === 'z' || key === 'y') {
        e.preventDefault();
        if (key === 'y' || e.shiftKey) v.controller.redo();
        else v.controller.undo();
      } else if (key in styles && !e.shiftKey) {
        e.preventDefault();
        v.text.toggle(...styles[key]);
      }
      return;
    }
    const step = e.shiftKey ? 10 : 1;
    const arrows: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    if (e.key in arrows && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      v.controller.nudge(...arrows[e.key]);
    } else if (e.key === ' ' && !spaceDown) {
      e.preventDefault();
      spaceDown = true;
      el.style.cursor = 'grab';
    } else if (e.key === 'Escape') {
      if (v.tool !== 'select') v.callbacks.toolDone();
      else v.controller.clearSelection();
    }
  };
  const onKeyUp = (e: KeyboardEvent) => {
    if (e.key === ' ') {
      spaceDown = false;
      if (!pan) el.style.cursor = '';
    }
  };
  const onBlur = () => {
    spaceDown = false;
  };

  const onContextMenu = (e: MouseEvent) => {
    e.preventDefault();
    if (v.held.size > 0) return;
    const { target } = v.canvas.findTarget(e);
    const id = target ? v.scene.idsOf([target])[0] : undefined;
    const selected = v.session.getSnapshot().selection.objectIds;
    if (v.slideId && id && !selected.includes(id)) v.session.select(v.slideId, [id]);
    v.callbacks.contextMenu(e.clientX, e.clientY);
  };

  const carriesAsset = (e: DragEvent) => e.dataTransfer?.types.includes(ASSET_DRAG_TYPE) ?? false;
  const onDragOver = (e: DragEvent) => {
    if (!carriesAsset(e)) return;
    e.preventDefault();
    e.dataTransfer!.dropEffect = 'copy';
  };
  const onDrop = (e: DragEvent) => {
    if (!carriesAsset(e)) return;
    e.preventDefault();
    e.stopPropagation();
    const assetId = e.dataTransfer!.getData(ASSET_DRAG_TYPE);
    if (assetId) void v.controller.addImage(assetId, v.clientToSlide(e.clientX, e.clientY));
  };

  const resize = new ResizeObserver(() => v.resized());
  resize.observe(el);

  const listeners: [string, EventListener, AddEventListenerOptions | boolean][] = [
    ['wheel', onWheel as EventListener, { passive: false }],
    ['pointerdown', onPointerDown as EventListener, true],
    ['pointermove', onPointerMove as EventListener, true],
    ['pointerup', onPointerUp as EventListener, true],
    ['pointercancel', onPointerUp as EventListener, true],
    ['mousedown', onMouseDown as EventListener, true],
    ['keydown', onKeyDown as EventListener, false],
    ['keyup', onKeyUp as EventListener, false],
    ['blur', onBlur, false],
    ['contextmenu', onContextMenu as EventListener, true],
    ['dragover', onDragOver as EventListener, false],
    ['drop', onDrop as EventListener, true],
  ];
  for (const [type, fn, opts] of listeners) el.addEventListener(type, fn, opts);
  return () => {
    resize.disconnect();
    for (const [type, fn, opts] of listeners) el.removeEventListener(type, fn, opts);
  };
}
