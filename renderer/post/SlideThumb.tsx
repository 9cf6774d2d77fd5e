import { useMemo } from 'react';
import type { BrandKit } from '../../shared/model/brandKit';
import type { Layout } from '../../shared/model/layout';
import type { Slide } from '../../shared/model/postDocument';
import type { CanvasSize, SlideFormat } from '../../shared/model/slideFormat';
import { instantiateLayout } from '../../shared/templates/instantiateLayout';
import { SlideThumbnail } from '../editor/SlideThumbnail';

/** A slide in the strip, drawn small at the post's proportions. */
export function SlideThumb({ slide, canvas }: { slide: Slide; canvas: CanvasSize }) {
  return (
    <span className="slide-thumb">
      <SlideThumbnail slide={slide} canvas={canvas} height={100} />
    </span>
  );
}

/** A layout's first slide as it would look on this post, in this brand. */
export function LayoutPreview({ layout, format, brand }: { layout: Layout; format: SlideFormat; brand: BrandKit }) {
  const slide = useMemo(() => {
    let n = 0;
    return instantiateLayout(layout, format, format.safeZone, brand, () => `preview-${n++}`)[0];
  }, [layout, format, brand]);
  return <SlideThumbnail slide={slide} canvas={format} height={96} delayMs={0} />;
}
