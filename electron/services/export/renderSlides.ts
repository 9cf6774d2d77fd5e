import type { Canvas } from 'canvas';
import type { StaticCanvas } from 'fabric/node';
import { StudioFailure } from '../../../shared/api/errors';
import type { CanvasSize } from '../../../shared/model/slideFormat';
import type { RedactionObject } from '../../../shared/model/slideObjects';
import type { Slide } from '../../../shared/model/postDocument';
import type { DrawContext, ImageSource } from '../../../draw/drawContext';
import { drawSlide } from '../../../draw/drawObject';
import type { JobContext } from '../jobs/jobRegistry';
import { registerExportFonts } from './exportFonts';

export type Rect = { x: number; y: number; width: number; height: number };

/** A redaction as burned into one slide, with what was drawn over it (the user's own objects). */
export type BurnedRedaction = {
  id: string;
  mode: RedactionObject['mode'];
  fill: [number, number, number];
  box: Rect & { rotation: number };
  /** Bounds of the objects drawn above the box: its pixels there are theirs, not the fill. */
  coveredBy: Rect[];
};

export type RenderedSlide = {
  slideId: string;
  /** Position in the post, 1-based: names the file. */
  number: number;
  width: number;
  height: number;
  /** Straight (not premultiplied) RGBA, row by row. */
  rgba: Buffer;
  redactions: BurnedRedaction[];
};

export function rgbOf(colour: string): [number, number, number] {
  return [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16)) as [number, number, number];
}

/**
 * Draws each slide through draw/ (the editor's own drawing code) on a node-canvas of the post's
 * exact pixel size, and reads the pixels back. Cancel is honoured between slides.
 */
export async function renderSlides(
  slides: readonly Slide[],
  canvasSize: CanvasSize,
  images: ReadonlyMap<string, Canvas>,
  numberOf: (slideId: string) => number,
  job: JobContext,
): Promise<RenderedSlide[]> {
  registerExportFonts();
  // fabric/node pulls in jsdom: loaded on the first export, not when the library opens.
  const fab = await import('fabric/node');
  const canvas = new fab.StaticCanvas(undefined, { width: canvasSize.width, height: canvasSize.height, enableRetinaScaling: false });
  const ctx: DrawContext = {
    mode: 'export',
    image: (id) => (images.get(id) as unknown as ImageSource | undefined) ?? null,
  };
  const out: RenderedSlide[] = [];
  try {
    for (const [i, slide] of slides.entries()) {
      if (job.signal.aborted) throw new StudioFailure('cancelled', 'Export cancelled.');
      job.progress(i, slides.length, `Drawing slide ${i + 1} of ${slides.length}`);
      const drawn = drawSlide(fab, canvas as unknown as Parameters<typeof drawSlide>[1], slide, ctx);
      const node = (canvas as StaticCanvas).getNodeCanvas();
      const pixels = node.getContext('2d').getImageData(0, 0, canvasSize.width, canvasSize.height);
      const redactions: BurnedRedaction[] = [];
      drawn.forEach((o, index) => {
        const model = slide.objects.find((m) => m.id === o.medpostId);
        if (model?.type !== 'redaction') return;
        redactions.push({
          id: model.id,
          mode: model.mode,
          fill: rgbOf(model.fill),
          box: { x: model.x, y: model.y, width: model.width, height: model.height, rotation: model.rotation },
          coveredBy: drawn.slice(index + 1).map((above) => {
            const r = above.getBoundingRect();
            return { x: r.left, y: r.top, width: r.width, height: r.height };
          }),
        });
      });
      out.push({
        slideId: slide.id,
        number: numberOf(slide.id),
        width: pixels.width,
        height: pixels.height,
        rgba: Buffer.from(pixels.data.buffer, pixels.data.byteOffset, pixels.data.byteLength),
        redactions,
      });
    }
  } finally {
    canvas.clear();
    await canvas.dispose();
  }
  job.progress(slides.length, slides.length, 'Slides drawn');
  return out;
}
