import type { BrandKit } from '../model/brandKit';
import { DEFAULT_BRAND_KIT } from '../model/brandKit';
import type { Slide } from '../model/postDocument';
import type { CanvasSize } from '../model/slideFormat';
import {
  IconObject,
  ImageObject,
  LineObject,
  MarkerObject,
  RedactionObject,
  ShapeObject,
  TextObject,
  type SlideObject,
} from '../model/slideObjects';

// New objects start where a user would expect them: centred on the slide, sized for the format,
// in the brand's colours and fonts. Every factory returns a fully valid object.

type RandomSource = { randomUUID?: () => string };

/** A short unique id (ids only need to be unique within a post). */
export function newId(): string {
  const c = (globalThis as { crypto?: RandomSource }).crypto;
  if (c?.randomUUID) return c.randomUUID().replace(/-/g, '').slice(0, 16);
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
}

type Where = { x?: number; y?: number };

function centred(canvas: CanvasSize, width: number, height: number, at: Where): { x: number; y: number } {
  return {
    x: at.x !== undefined ? at.x - width / 2 : (canvas.width - width) / 2,
    y: at.y !== undefined ? at.y - height / 2 : (canvas.height - height) / 2,
  };
}

export function newSlide(brand: BrandKit = DEFAULT_BRAND_KIT, objects: SlideObject[] = []): Slide {
  return { id: newId(), background: brand.colours.background, objects, altText: '', layoutId: null };
}

export function newText(canvas: CanvasSize, text = 'Your text', at: Where = {}, brand: BrandKit = DEFAULT_BRAND_KIT): TextObject {
  const width = Math.round(canvas.width * 0.7);
  const height = Math.round(canvas.width * 0.12);
  return TextObject.parse({
    id: newId(),
    type: 'text',
    ...centred(canvas, width, height, at),
    width,
    height,
    text,
    style: { fontFamily: brand.fonts.body, fontSize: Math.round(canvas.width / 18), fontWeight: 400, italic: false, fill: brand.colours.text },
    align: 'center',
    role: 'body',
  });
}

export function newShape(canvas: CanvasSize, shape: ShapeObject['shape'], at: Where = {}, brand: BrandKit = DEFAULT_BRAND_KIT): ShapeObject {
  const size = Math.round(Math.min(canvas.width, canvas.height) * 0.3);
  const isOutline = shape === 'ellipse';
  return ShapeObject.parse({
    id: newId(),
    type: 'shape',
    shape,
    ...centred(canvas, size, size, at),
    width: size,
    height: size,
    // An ellipse starts as a teaching callout circle: a ring, not a disc.
    fill: isOutline ? null : brand.colours.primary,
    stroke: isOutline ? brand.colours.accent : null,
    strokeWidth: isOutline ? Math.max(4, Math.round(canvas.width / 120)) : 0,
  });
}

export function newArrow(canvas: CanvasSize, from?: { x: number; y: number }, to?: { x: number; y: number }, brand: BrandKit = DEFAULT_BRAND_KIT): LineObject {
  const len = canvas.width * 0.25;
  const a = from ?? { x: canvas.width / 2 - len / 2, y: canvas.height / 2 };
  const b = to ?? { x: a.x + len, y: a.y };
  return LineObject.parse({
    id: newId(),
    type: 'line',
    x1: a.x,
    y1: a.y,
    x2: b.x,
    y2: b.y,
    stroke: brand.colours.accent,
    strokeWidth: Math.max(4, Math.round(canvas.width / 100)),
    endEnd: 'arrow',
  });
}

export function newMarker(canvas: CanvasSize, number: number, at: Where = {}, brand: BrandKit = DEFAULT_BRAND_KIT): MarkerObject {
  const size = Math.round(canvas.width / 12);
  return MarkerObject.parse({ id: newId(), type: 'marker', ...centred(canvas, size, size, at), width: size, height: size, number, fill: brand.colours.accent });
}

export function newIcon(canvas: CanvasSize, icon: string, at: Where = {}, brand: BrandKit = DEFAULT_BRAND_KIT): IconObject {
  const size = Math.round(canvas.width / 8);
  return IconObject.parse({ id: newId(), type: 'icon', icon, ...centred(canvas, size, size, at), width: size, height: size, fill: brand.colours.primary });
}

export function newRedaction(box: { x: number; y: number; width: number; height: number }, imageId: string | null = null): RedactionObject {
  return RedactionObject.parse({ id: newId(), type: 'redaction', ...box, imageId, status: 'accepted', mode: 'solid' });
}

/** The next number for a marker: one past the highest on the slide. */
export function nextMarkerNumber(slide: Slide): number {
  return slide.objects.reduce((n, o) => (o.type === 'marker' ? Math.max(n, o.number) : n), 0) + 1;
}

/**
 * An image placed whole, as large as fits in 80% of the slide (or the given box), keeping its
 * aspect ratio, centred on the drop point or the box.
 */
export function newImage(
  asset: { id: string; width: number | null; height: number | null },
  canvas: CanvasSize,
  at: Where & { box?: { x: number; y: number; width: number; height: number } } = {},
): ImageObject {
  const aspect = asset.width && asset.height ? asset.width / asset.height : 1;
  const frame = at.box ?? { x: 0, y: 0, width: canvas.width * 0.8, height: canvas.height * 0.8 };
  let width = frame.width;
  let height = width / aspect;
  if (height > frame.height) {
    height = frame.height;
    width = height * aspect;
  }
  const pos = at.box
    ? { x: at.box.x + (at.box.width - width) / 2, y: at.box.y + (at.box.height - height) / 2 }
    : centred(canvas, width, height, at);
  return ImageObject.parse({ id: newId(), type: 'image', assetId: asset.id, ...pos, width, height });
}
