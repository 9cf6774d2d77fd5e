import { MAX_ZOOM, MIN_ZOOM } from './editorApi';

// The view onto the slide: screen = slide × zoom + pan. The fabric canvas is the size of the visible
// area (never slide × zoom: at 400 % a portrait slide would need a 4320×5400 backing store per layer).

export type View = { zoom: number; panX: number; panY: number };
export type Size = { width: number; height: number };

/** Room left around the slide when it is fitted, in screen pixels. */
export const FIT_MARGIN = 32;

export function clampZoom(zoom: number): number {
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
}

/** The slide as large as fits in the area, centred (not clamped below 25 %: a tiny window still shows all). */
export function fitView(area: Size, slide: Size): View {
  const zoom = Math.min(MAX_ZOOM, Math.max(0.02, Math.min((area.width - 2 * FIT_MARGIN) / slide.width, (area.height - 2 * FIT_MARGIN) / slide.height)));
  return { zoom, panX: (area.width - slide.width * zoom) / 2, panY: (area.height - slide.height * zoom) / 2 };
}

/** Zooms keeping the slide point under `at` (screen pixels) where it is. */
export function zoomAt(view: View, zoom: number, at: { x: number; y: number }, area: Size, slide: Size): View {
  const z = clampZoom(zoom);
  const sx = (at.x - view.panX) / view.zoom;
  const sy = (at.y - view.panY) / view.zoom;
  return clampPan({ zoom: z, panX: at.x - sx * z, panY: at.y - sy * z }, area, slide);
}

/** Keeps some of the slide on screen: it may not be panned further than the fit margin past an edge. */
export function clampPan(view: View, area: Size, slide: Size): View {
  const clampAxis = (pan: number, areaLen: number, slideLen: number) => {
    const a = FIT_MARGIN;
    const b = areaLen - slideLen * view.zoom - FIT_MARGIN;
    return Math.min(Math.max(a, b), Math.max(Math.min(a, b), pan));
  };
  return { zoom: view.zoom, panX: clampAxis(view.panX, area.width, slide.width), panY: clampAxis(view.panY, area.height, slide.height) };
}

export function toSlide(view: View, screen: { x: number; y: number }): { x: number; y: number } {
  return { x: (screen.x - view.panX) / view.zoom, y: (screen.y - view.panY) / view.zoom };
}

export function toScreen(view: View, p: { x: number; y: number }): { x: number; y: number } {
  return { x: p.x * view.zoom + view.panX, y: p.y * view.zoom + view.panY };
}

/** A zoom step for Ctrl/Cmd+wheel: proportional to the wheel distance, so trackpads zoom smoothly. */
export function wheelZoom(zoom: number, deltaY: number): number {
  return clampZoom(zoom * Math.exp(-deltaY / 300));
}
