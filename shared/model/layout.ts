import { z } from 'zod';
import { Anchor, lineEnds, shapeKinds, textRoles } from './slideObjects';

// A teaching layout (case presentation, myth vs fact, …) as data in templates/layouts/.
// One layout must fit every format, so its objects are placed in fractions of the slide's
// *content area*: the canvas less the platform's safe zone and a margin (shared/templates/
// contentArea.ts). Sizes of type, strokes and corners are in "units" of 1/100 of the content
// area's shorter side. The content area is classed portrait, square or landscape; an object may
// give another box per class (image beside the text on landscape, above it on portrait) or
// appear only in some classes. Colours are brand roles, never literal colours, so the brand kit
// colours the slide. `instantiateLayout` (shared/templates) turns a layout into model slides.

export const brandColourRoles = ['primary', 'accent', 'background', 'text', 'muted'] as const;
export type BrandColourRole = (typeof brandColourRoles)[number];

/** A brand colour by role, optionally see-through (alpha 0–1) for tints such as a pale panel. */
export const BrandColourRef = z.union([
  z.enum(brandColourRoles),
  z.object({ role: z.enum(brandColourRoles), alpha: z.number().min(0).max(1) }).strict(),
]);
export type BrandColourRef = z.infer<typeof BrandColourRef>;

export const orientations = ['portrait', 'square', 'landscape'] as const;
export const Orientation = z.enum(orientations);
export type Orientation = z.infer<typeof Orientation>;

const fraction = z.number().min(0).max(1);
const EPS = 1e-9;

/** A box in fractions of the content area; it must lie inside it. */
export const RelBox = z
  .object({ x: fraction, y: fraction, w: z.number().gt(0).max(1), h: z.number().gt(0).max(1) })
  .strict()
  .refine((b) => b.x + b.w <= 1 + EPS && b.y + b.h <= 1 + EPS, 'A box must lie inside the content area (x + w ≤ 1, y + h ≤ 1).');
export type RelBox = z.infer<typeof RelBox>;

/** A line's ends in fractions of the content area. */
export const RelPoints = z.object({ x1: fraction, y1: fraction, x2: fraction, y2: fraction }).strict();
export type RelPoints = z.infer<typeof RelPoints>;

const perOrientation = <T extends z.ZodType>(item: T) =>
  z.object({ portrait: item.optional(), square: item.optional(), landscape: item.optional() }).strict().default({});

const Common = {
  /** The orientations this object appears in; all when omitted. */
  only: z.array(Orientation).min(1).optional(),
  /** How the object follows a resize to another format; derived from its box when omitted. */
  anchor: Anchor.optional(),
  opacity: z.number().min(0).max(1).default(1),
};

const Boxed = {
  ...Common,
  box: RelBox,
  /** Other boxes by orientation of the content area. */
  boxes: perOrientation(RelBox),
};

/** Size in units (1/100 of the content area's shorter side). */
const units = z.number().min(0).max(100);

export const LayoutText = z
  .object({
    ...Boxed,
    kind: z.literal('text'),
    /** Styles the text from the brand kit; `handle` text is replaced by the kit's handle. */
    role: z.enum(textRoles),
    text: z.string().max(2000),
    /** Font size in units; the role's default when omitted. Auto-fit shrinks it further if needed. */
    size: units.optional(),
    sizes: perOrientation(units),
    weight: z.union([z.literal(400), z.literal(700)]).optional(),
    italic: z.boolean().optional(),
    colour: BrandColourRef.optional(),
    align: z.enum(['left', 'center', 'right', 'justify']).optional(),
    lineHeight: z.number().min(0.8).max(3).optional(),
  })
  .strict();

export const LayoutShape = z
  .object({
    ...Boxed,
    kind: z.literal('shape'),
    shape: z.enum(shapeKinds),
    fill: BrandColourRef.nullable(),
    stroke: BrandColourRef.nullable().default(null),
    strokeWidth: units.default(0),
    /** Corner radius of a roundRect, in units. */
    radius: units.default(3),
  })
  .strict();

export const LayoutLine = z
  .object({
    ...Common,
    kind: z.literal('line'),
    points: RelPoints,
    pointsAt: perOrientation(RelPoints),
    stroke: BrandColourRef,
    strokeWidth: units.default(0.8),
    dashed: z.boolean().default(false),
    startEnd: z.enum(lineEnds).default('none'),
    endEnd: z.enum(lineEnds).default('arrow'),
  })
  .strict();

/** An icon from the built-in set, drawn square and centred in its box. */
export const LayoutIcon = z
  .object({ ...Boxed, kind: z.literal('icon'), icon: z.string().min(1).max(64), fill: BrandColourRef })
  .strict();

/** A numbered marker, drawn as a circle centred in its box. */
export const LayoutMarker = z
  .object({
    ...Boxed,
    kind: z.literal('marker'),
    number: z.number().int().min(0).max(999),
    fill: BrandColourRef.default('accent'),
    textColour: BrandColourRef.default('background'),
  })
  .strict();

/**
 * A frame waiting for the user's image. It becomes an image object whose assetId is
 * PLACEHOLDER_ASSET_ID and whose `placeholder` flag is set: the canvas draws it as a dashed frame
 * with "Drop an image here", dropping an asset on it swaps the id in, and export refuses a slide
 * that still holds one (an empty frame is never what the user meant to post).
 */
export const LayoutImageSlot = z.object({ ...Boxed, kind: z.literal('image') }).strict();

export const LayoutObject = z.discriminatedUnion('kind', [
  LayoutText,
  LayoutShape,
  LayoutLine,
  LayoutIcon,
  LayoutMarker,
  LayoutImageSlot,
]);
export type LayoutObject = z.infer<typeof LayoutObject>;
export type LayoutObjectInput = z.input<typeof LayoutObject>;

/** The asset id a placeholder image carries until the user drops a real image on it. */
export const PLACEHOLDER_ASSET_ID = 'placeholder';

export function isPlaceholderImage(object: { type: string; assetId?: string; placeholder?: boolean }): boolean {
  return object.type === 'image' && (object.placeholder === true || object.assetId === PLACEHOLDER_ASSET_ID);
}

export const LayoutSlide = z
  .object({
    objects: z.array(LayoutObject).max(200),
    background: BrandColourRef.default('background'),
    /** Seeds the slide's alt text; the user edits it to describe the real content. */
    altText: z.string().max(1000).default(''),
  })
  .strict();
export type LayoutSlide = z.infer<typeof LayoutSlide>;

export const Layout = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{2,40}$/),
    name: z.string().min(1).max(60),
    description: z.string().max(300),
    category: z.enum(['case', 'quiz', 'teaching', 'reference', 'cover', 'closing']),
    slides: z.array(LayoutSlide).min(1).max(20),
  })
  .strict();
export type Layout = z.infer<typeof Layout>;
export type LayoutInput = z.input<typeof Layout>;
