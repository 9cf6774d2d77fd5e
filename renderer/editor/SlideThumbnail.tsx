import * as fabric from 'fabric';
import { useEffect, useState } from 'react';
import type { DrawContext } from '../../draw/drawContext';
import { drawSlide } from '../../draw/drawObject';
import { PLACEHOLDER_ASSET_ID } from '../../shared/model/layout';
import { ICON_VIEWBOX, iconById } from '../../shared/model/icons';
import type { Slide } from '../../shared/model/postDocument';
import { AssetImages } from './assetImages';
import { loadBundledFonts } from './fontsReady';

// Small pictures of slides (the slides strip, layout previews), drawn by the same draw/ code as
// the canvas and the export, on one offscreen StaticCanvas shared by every thumbnail, one at a time.

type Size = { width: number; height: number };

let surface: fabric.StaticCanvas | null = null;
let queue: Promise<unknown> = Promise.resolve();
// Display images stay loaded for the whole session: thumbnails of the same post reuse them.
const images = new AssetImages(() => undefined);

const iconPath: DrawContext['iconPath'] = (id) => {
  const icon = iconById(id);
  return icon ? { path: icon.path, size: ICON_VIEWBOX } : null;
};

async function render(slide: Slide, canvas: Size, height: number): Promise<string> {
  await loadBundledFonts();
  for (const o of slide.objects) if (o.type === 'image' && o.assetId !== PLACEHOLDER_ASSET_ID) images.get(o.assetId);
  await images.settled();
  const scale = height / canvas.height;
  const width = Math.max(1, Math.round(canvas.width * scale));
  surface ??= new fabric.StaticCanvas(undefined, { enableRetinaScaling: false, renderOnAddRemove: false });
  surface.setDimensions({ width, height });
  surface.setZoom(scale);
  const drawn = drawSlide(fabric, surface, slide, { mode: 'editor', image: images.get, iconPath });
  const url = surface.getElement().toDataURL('image/png');
  surface.clear();
  for (const d of drawn) d.dispose();
  return url;
}

/** Renders in turn, never two at once on the shared surface. */
function renderQueued(slide: Slide, canvas: Size, height: number): Promise<string> {
  const next = queue.then(() => render(slide, canvas, height));
  queue = next.catch(() => undefined);
  return next;
}

type Props = { slide: Slide; canvas: Size; height: number; delayMs?: number };

/**
 * A slide drawn small. A slide changing fast (a drag on the canvas) is drawn again once it has
 * been still for a moment; the last picture stays up meanwhile, so nothing flickers.
 */
export function SlideThumbnail({ slide, canvas, height, delayMs = 250 }: Props) {
  const [url, setUrl] = useState<string | null>(null);
  const { width: cw, height: ch } = canvas;
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      void renderQueued(slide, { width: cw, height: ch }, height).then(
        (u) => live && setUrl(u),
        () => undefined,
      );
    }, delayMs);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [slide, cw, ch, height, delayMs]);
  const width = Math.round((cw * height) / ch);
  return url ? (
    <img src={url} width={width} height={height} alt="" draggable={false} />
  ) : (
    <span style={{ display: 'block', width, height, background: slide.background }} />
  );
}
