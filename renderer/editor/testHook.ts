import { boundsOf } from '../../shared/editor/geometry';
import type { PostDocument } from '../../shared/model/postDocument';
import type { CanvasView } from './CanvasView';
import type { EditorController } from './editorApi';

/** What end-to-end tests and the drag bench may ask the canvas (never present for users). */
export type EditorTestHook = {
  controller: EditorController;
  /** Ids of the objects drawn on the canvas, bottom to top. */
  drawnIds(): readonly string[];
  /** An object's bounds on screen (client pixels), from the model. */
  clientBounds(id: string): { x: number; y: number; width: number; height: number } | null;
  /** Resolves once every image asked for has loaded (or failed). */
  imagesSettled(): Promise<void>;
  /** Whether the selection handles of an object are shown by fabric now. */
  activeIds(): readonly string[];
  /** The session's document and undo label now (what the canvas draws from). */
  doc(): PostDocument;
  undoLabel(): string | null;
};

declare global {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    __medpostEditor?: EditorTestHook;
  }
}

/** Tests opt in with `localStorage['medpost.testHooks'] = '1'` (e.g. in a Playwright init script). */
export function installTestHook(v: CanvasView): () => void {
  let enabled = false;
  try {
    enabled = window.localStorage.getItem('medpost.testHooks') === '1';
  } catch {
    enabled = false;
  }
  if (!enabled) return () => undefined;
  const hook: EditorTestHook = {
    controller: v.controller,
    drawnIds: () => v.scene.ids(),
    clientBounds(id) {
      const o = v.slide()?.objects.find((x) => x.id === id);
      if (!o) return null;
      const b = boundsOf(o);
      const a = v.slideToClient({ x: b.x, y: b.y });
      const z = v.view.zoom;
      return { x: a.x, y: a.y, width: b.width * z, height: b.height * z };
    },
    imagesSettled: () => v.images.settled(),
    activeIds: () => v.scene.idsOf(v.canvas.getActiveObjects()),
    doc: () => v.session.getSnapshot().doc,
    undoLabel: () => v.session.getSnapshot().undoLabel,
  };
  window.__medpostEditor = hook;
  return () => {
    if (window.__medpostEditor === hook) delete window.__medpostEditor;
  };
}
