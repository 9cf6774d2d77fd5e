import type { BrandKit } from '../model/brandKit';
import { PLACEHOLDER_ASSET_ID, type Layout, type LayoutObject, type Orientation, type RelBox, type RelPoints } from '../model/layout';
import type { Slide } from '../model/postDocument';
import type { CanvasSize, Insets } from '../model/slideFormat';
import type { Anchor, SlideObject } from '../model/slideObjects';
import { resolveColour, roleStyles } from './brandStyles';
import { contentArea, orientationOf, unitOf, type Area } from './contentArea';

type Frame = { area: Area; orientation: Orientation; unit: number; brand: BrandKit };

/**
 * A layout's slides laid out on one canvas: boxes from fractions of the content area (the
 * orientation's variant where the layout gives one), colours and fonts from the brand kit,
 * text auto-fit on, anchors set so a later resize to another format keeps things in place.
 */
export function instantiateLayout(
  layout: Layout,
  canvas: Pick<CanvasSize, 'width' | 'height'>,
  safeZone: Insets | null,
  brand: BrandKit,
  makeId: () => string,
): Slide[] {
  const area = contentArea(canvas, safeZone);
  const frame: Frame = { area, orientation: orientationOf(area), unit: unitOf(area), brand };
  return layout.slides.map((slide) => ({
    id: makeId(),
    background: resolveColour(slide.background, brand),
    objects: slide.objects
      .filter((o) => !o.only || o.only.includes(frame.orientation))
      .map((o) => toSlideObject(o, frame, makeId())),
    // The layout's alt text is a hint, never a value: a slide must be described by its author.
    altText: '',
    layoutId: layout.id,
  }));
}

/** The box in slide pixels, on whole pixels and never past the content area's edges. */
export function toPixels(box: RelBox, area: Area): { x: number; y: number; width: number; height: number } {
  const x0 = Math.round(area.x + box.x * area.width);
  const y0 = Math.round(area.y + box.y * area.height);
  const x1 = Math.min(area.x + area.width, Math.round(area.x + (box.x + box.w) * area.width));
  const y1 = Math.min(area.y + area.height, Math.round(area.y + (box.y + box.h) * area.height));
  return { x: x0, y: y0, width: Math.max(1, x1 - x0), height: Math.max(1, y1 - y0) };
}

/** Edges stay with edges, centred things stay centred, full-width bands stretch. */
export function anchorFor(box: RelBox): Anchor {
  const cx = box.x + box.w / 2;
  const cy = box.y + box.h / 2;
  return {
    x: box.w >= 0.9 ? 'stretch' : cx < 0.35 ? 'left' : cx > 0.65 ? 'right' : 'center',
    y: box.h >= 0.9 ? 'stretch' : cy < 0.35 ? 'top' : cy > 0.65 ? 'bottom' : 'middle',
  };
}

function squareIn(b: { x: number; y: number; width: number; height: number }) {
  const side = Math.min(b.width, b.height);
  return { x: Math.round(b.x + (b.width - side) / 2), y: Math.round(b.y + (b.height - side) / 2), width: side, height: side };
}

const px = (units: number, frame: Frame) => Math.round(units * frame.unit * 2) / 2;

function toSlideObject(o: LayoutObject, frame: Frame, id: string): SlideObject {
  const { brand, orientation } = frame;
  const base = { id, rotation: 0, opacity: o.opacity, locked: false, groupId: null };
  const colour = (ref: Parameters<typeof resolveColour>[0]) => resolveColour(ref, brand);
  if (o.kind === 'line') {
    const p: RelPoints = o.pointsAt[orientation] ?? o.points;
    const minX = Math.min(p.x1, p.x2);
    const minY = Math.min(p.y1, p.y2);
    const bounds = { x: minX, y: minY, w: Math.max(Math.abs(p.x2 - p.x1), 0.001), h: Math.max(Math.abs(p.y2 - p.y1), 0.001) };
    const { area } = frame;
    return {
      ...base,
      anchor: o.anchor ?? anchorFor(bounds),
      type: 'line',
      x1: Math.round(area.x + p.x1 * area.width),
      y1: Math.round(area.y + p.y1 * area.height),
      x2: Math.round(area.x + p.x2 * area.width),
      y2: Math.round(area.y + p.y2 * area.height),
      stroke: colour(o.stroke),
      strokeWidth: Math.max(1, px(o.strokeWidth, frame)),
      dashed: o.dashed,
      startEnd: o.startEnd,
      endEnd: o.endEnd,
    };
  }
  const rel = o.boxes[orientation] ?? o.box;
  const box = toPixels(rel, frame.area);
  const boxed = { ...base, anchor: o.anchor ?? anchorFor(rel) };
  switch (o.kind) {
    case 'text': {
      const role = roleStyles[o.role];
      const size = o.sizes[orientation] ?? o.size ?? role.size;
      return {
        ...boxed,
        ...box,
        type: 'text',
        // The handle slot signs the slide with the kit's handle; the layout's text is the hint.
        text: o.role === 'handle' && brand.handle ? brand.handle : o.text,
        style: {
          fontFamily: brand.fonts[role.font],
          fontSize: Math.max(4, px(size, frame)),
          fontWeight: o.weight ?? role.weight,
          italic: o.italic ?? false,
          underline: false,
          fill: colour(o.colour ?? role.colour),
        },
        ranges: [],
        align: o.align ?? 'left',
        lineHeight: o.lineHeight ?? role.lineHeight,
        autoFit: true,
        role: o.role,
      };
    }
    case 'shape':
      return {
        ...boxed,
        ...box,
        type: 'shape',
        shape: o.shape,
        fill: o.fill === null ? null : colour(o.fill),
        stroke: o.stroke === null ? null : colour(o.stroke),
        strokeWidth: px(o.strokeWidth, frame),
        radius: px(o.radius, frame),
      };
    case 'icon':
      return { ...boxed, ...squareIn(box), type: 'icon', icon: o.icon, fill: colour(o.fill) };
    case 'marker':
      return { ...boxed, ...squareIn(box), type: 'marker', number: o.number, fill: colour(o.fill), textColour: colour(o.textColour) };
    case 'image':
      return {
        ...boxed,
        ...box,
        type: 'image',
        assetId: PLACEHOLDER_ASSET_ID,
        crop: { x: 0, y: 0, width: 1, height: 1 },
        flipX: false,
        flipY: false,
        brightness: 0,
        contrast: 0,
        window: null,
        placeholder: true,
      };
  }
}
