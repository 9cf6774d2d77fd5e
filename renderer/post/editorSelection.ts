import type { SessionSnapshot } from '../../shared/editor/editorSession';
import type { Slide } from '../../shared/model/postDocument';
import type { CanvasSize, SlideFormat } from '../../shared/model/slideFormat';
import type { SlideObject } from '../../shared/model/slideObjects';

export function currentSlide(snap: SessionSnapshot): Slide | null {
  return snap.doc.slides.find((s) => s.id === snap.selection.slideId) ?? snap.doc.slides[0] ?? null;
}

/** The selected objects in slide order (bottom first). */
export function selectedObjects(snap: SessionSnapshot): SlideObject[] {
  const slide = currentSlide(snap);
  if (!slide) return [];
  const ids = new Set(snap.selection.objectIds);
  return slide.objects.filter((o) => ids.has(o.id));
}

/**
 * The post's format from the template data; a post whose format is unknown (templates not loaded,
 * or a format removed since) still edits, on its own canvas size without a safe zone.
 */
export function formatFor(formats: readonly SlideFormat[], canvas: CanvasSize): SlideFormat {
  const known = formats.find((f) => f.id === canvas.formatId && f.width === canvas.width && f.height === canvas.height);
  if (known) return known;
  return {
    id: canvas.formatId,
    label: `${canvas.width} × ${canvas.height}`,
    platform: 'instagram',
    width: canvas.width,
    height: canvas.height,
    safeZone: null,
    source: 'https://medpost.invalid/custom',
    checked: '2025-01-01',
    secondary: false,
    media: 'image',
  };
}
