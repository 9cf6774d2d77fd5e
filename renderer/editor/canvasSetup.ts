import { Canvas } from 'fabric';
import { registerEditorSelection } from './editorSelection';

/** The focusable element the canvas lives in: it takes the keys, wheel and drops aimed at the slide. */
export function createViewportElement(host: HTMLElement): { viewport: HTMLDivElement; canvasEl: HTMLCanvasElement } {
  const viewport = document.createElement('div');
  viewport.className = 'editor-viewport';
  viewport.tabIndex = 0;
  viewport.setAttribute('role', 'application');
  viewport.setAttribute('aria-label', 'Slide canvas');
  Object.assign(viewport.style, { position: 'absolute', inset: '0', overflow: 'hidden', outline: 'none' });
  const canvasEl = document.createElement('canvas');
  viewport.appendChild(canvasEl);
  host.appendChild(viewport);
  return { viewport, canvasEl };
}

/** fabric's canvas as the editor wants it: objects keep their layer when selected, right-click is ours. */
export function createFabricCanvas(el: HTMLCanvasElement, size: { width: number; height: number }): Canvas {
  registerEditorSelection();
  return new Canvas(el, {
    width: size.width,
    height: size.height,
    preserveObjectStacking: true,
    uniformScaling: true,
    fireRightClick: true,
    stopContextMenu: true,
    controlsAboveOverlay: true,
    selectionColor: 'rgba(47, 111, 237, 0.08)',
    selectionBorderColor: '#2f6fed',
    selectionLineWidth: 1,
    targetFindTolerance: 4,
  });
}

/** The handles of a multi-selection, matching those of single objects (controls.ts). */
export const SELECTION_HANDLES = {
  borderColor: '#2f6fed',
  cornerColor: '#ffffff',
  cornerStrokeColor: '#2f6fed',
  cornerStyle: 'circle' as const,
  transparentCorners: false,
  cornerSize: 11,
};
