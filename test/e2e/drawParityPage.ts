// The browser half of the Skia-vs-Cairo test: bundled with esbuild into a blank page, it draws a
// slide with draw/ and the browser build of fabric, exactly as the editor's canvas does.
import * as fabric from 'fabric';
import { drawSlide } from '../../draw/drawObject';
import type { Slide } from '../../shared/model/postDocument';

export type ParityFont = { family: string; weight: string; style: string; base64: string };

async function drawParity(slide: Slide, size: { width: number; height: number }, images: Record<string, string>, fonts: ParityFont[]): Promise<string> {
  for (const f of fonts) {
    const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
    const face = new FontFace(f.family, bytes, { weight: f.weight, style: f.style });
    await face.load();
    document.fonts.add(face);
  }
  const loaded: Record<string, HTMLImageElement> = {};
  for (const [id, url] of Object.entries(images)) {
    const img = new Image();
    img.src = url;
    await img.decode();
    loaded[id] = img;
  }
  const canvas = new fabric.StaticCanvas(document.createElement('canvas'), { ...size, enableRetinaScaling: false });
  drawSlide(fabric, canvas, slide, { mode: 'export', image: (id) => loaded[id] ?? null });
  return canvas.toDataURL({ format: 'png', multiplier: 1 });
}

(window as unknown as { drawParity: typeof drawParity }).drawParity = drawParity;
