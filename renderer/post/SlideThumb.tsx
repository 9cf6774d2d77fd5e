import type { Slide } from '../../shared/model/postDocument';
import type { CanvasSize } from '../../shared/model/slideFormat';

/** A slide in small, at the post's proportions. */
export function SlideThumb({ slide, canvas }: { slide: Slide; canvas: CanvasSize }) {
  return <span className="slide-thumb" style={{ aspectRatio: `${canvas.width} / ${canvas.height}`, background: slide.background }} />;
}
