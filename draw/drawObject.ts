import type { FabricObject, StaticCanvas } from 'fabric';
import type { Slide } from '../shared/model/postDocument';
import type { SlideObject } from '../shared/model/slideObjects';
import type { DrawContext, Drawn, Fabric } from './drawContext';
import { drawImage } from './drawImage';
import { drawLine } from './drawLine';
import { drawRedaction } from './drawRedaction';
import { drawIcon, drawMarker, drawShape } from './drawShape';
import { drawText } from './drawText';
import { tag } from './placeInBox';

/** The fabric object that shows one model object; it carries the model's id as `medpostId`. */
export function drawObject(fab: Fabric, obj: SlideObject, ctx: DrawContext): Drawn<FabricObject> {
  return tag(drawUntagged(fab, obj, ctx), obj);
}

function drawUntagged(fab: Fabric, obj: SlideObject, ctx: DrawContext): FabricObject {
  switch (obj.type) {
    case 'text':
      return drawText(fab, obj, ctx);
    case 'image':
      return drawImage(fab, obj, ctx);
    case 'shape':
      return drawShape(fab, obj, ctx);
    case 'line':
      return drawLine(fab, obj, ctx);
    case 'icon':
      return drawIcon(fab, obj, ctx);
    case 'marker':
      return drawMarker(fab, obj, ctx);
    case 'redaction':
      return drawRedaction(fab, obj, ctx);
  }
}

/**
 * The order objects are drawn in: the slide's order, except that a redaction is never below the
 * image it sits on (else the image would paint over the box and show what it hides).
 */
export function drawingOrder(objects: readonly SlideObject[]): SlideObject[] {
  const ids = new Set(objects.map((o) => o.id));
  const seen = new Set<string>();
  const waiting = new Map<string, SlideObject[]>();
  const order: SlideObject[] = [];
  for (const o of objects) {
    if (o.type === 'redaction' && o.imageId && ids.has(o.imageId) && !seen.has(o.imageId)) {
      waiting.set(o.imageId, [...(waiting.get(o.imageId) ?? []), o]);
      continue;
    }
    order.push(o);
    seen.add(o.id);
    const lifted = waiting.get(o.id);
    if (lifted) order.push(...lifted);
  }
  return order;
}

/** Draws a whole slide: background, then every object in drawing order, then one render. */
export function drawSlide(fab: Fabric, canvas: StaticCanvas, slide: Slide, ctx: DrawContext): Drawn<FabricObject>[] {
  const withObjects: DrawContext = { ...ctx, slideObjects: slide.objects };
  canvas.renderOnAddRemove = false;
  canvas.clear();
  canvas.backgroundColor = slide.background;
  // A rejected proposal is a record of the user's judgement, not part of the picture.
  const shown = ctx.mode === 'export' ? slide.objects.filter((o) => !(o.type === 'redaction' && o.status === 'rejected')) : slide.objects;
  const drawn = drawingOrder(shown).map((o) => drawObject(fab, o, withObjects));
  if (drawn.length > 0) canvas.add(...drawn);
  canvas.renderAll();
  return drawn;
}
