import { z } from 'zod';

// The objects a slide holds, in the slide's own pixels (origin top-left, the format's exact size).
// fabric draws these; it never owns them. Ids are stable across undo, reload and export.

export const Colour = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}([0-9a-fA-F]{2})?$/, 'Colours are #rrggbb or #rrggbbaa.');
export type Colour = z.infer<typeof Colour>;

/** How an object follows its slide when the post is resized to another format. */
export const Anchor = z.object({
  x: z.enum(['left', 'center', 'right', 'stretch']),
  y: z.enum(['top', 'middle', 'bottom', 'stretch']),
});
export type Anchor = z.infer<typeof Anchor>;

const finite = z.number().finite();

const Base = {
  id: z.string().min(1).max(64),
  rotation: finite.default(0),
  opacity: z.number().min(0).max(1).default(1),
  locked: z.boolean().default(false),
  /** Objects sharing a groupId select, move and scale together. */
  groupId: z.string().max(64).nullable().default(null),
  anchor: Anchor.default({ x: 'center', y: 'middle' }),
};

const BoxGeometry = {
  x: finite,
  y: finite,
  width: z.number().finite().positive(),
  height: z.number().finite().positive(),
};

const textStyleFields = {
  fontFamily: z.string().min(1).max(80),
  fontSize: z.number().min(4).max(800),
  fontWeight: z.union([z.literal(400), z.literal(700)]),
  italic: z.boolean(),
  underline: z.boolean(),
  fill: Colour,
};

export const TextStyle = z.object({ ...textStyleFields, underline: textStyleFields.underline.default(false) });
export type TextStyle = z.infer<typeof TextStyle>;

/**
 * A run of characters styled differently from the rest (offsets in UTF-16 code units, end
 * exclusive). Built without defaults: a range states only what it changes.
 */
export const TextRange = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  style: z.object(textStyleFields).partial(),
});
export type TextRange = z.infer<typeof TextRange>;

export const textRoles = ['title', 'subtitle', 'body', 'caption', 'label', 'handle'] as const;

export const TextObject = z.object({
  ...Base,
  ...BoxGeometry,
  type: z.literal('text'),
  text: z.string().max(5000),
  style: TextStyle,
  ranges: z.array(TextRange).default([]),
  align: z.enum(['left', 'center', 'right', 'justify']).default('left'),
  lineHeight: z.number().min(0.5).max(4).default(1.2),
  /** Shrink the font until the text fits the box (never grows past style.fontSize). */
  autoFit: z.boolean().default(true),
  /** What the text is for; the brand kit styles by role, layouts fill by role. */
  role: z.enum(textRoles).nullable().default(null),
});
export type TextObject = z.infer<typeof TextObject>;

/** Part of the source image shown, as fractions of its width and height. */
export const Crop = z.object({
  x: z.number().min(0).max(1),
  y: z.number().min(0).max(1),
  width: z.number().gt(0).max(1),
  height: z.number().gt(0).max(1),
});
export type Crop = z.infer<typeof Crop>;

/** A display window on 0–255 grey levels (radiographs): level is the centre, width the span. */
export const GreyWindow = z.object({ level: z.number().min(0).max(255), width: z.number().min(1).max(512) });
export type GreyWindow = z.infer<typeof GreyWindow>;

export const ImageObject = z.object({
  ...Base,
  ...BoxGeometry,
  type: z.literal('image'),
  assetId: z.string().min(1).max(64),
  crop: Crop.default({ x: 0, y: 0, width: 1, height: 1 }),
  flipX: z.boolean().default(false),
  flipY: z.boolean().default(false),
  brightness: z.number().min(-1).max(1).default(0),
  contrast: z.number().min(-1).max(1).default(0),
  window: GreyWindow.nullable().default(null),
  /** A placeholder frame from a layout, waiting for the user's image. */
  placeholder: z.boolean().default(false),
});
export type ImageObject = z.infer<typeof ImageObject>;

export const shapeKinds = ['rect', 'roundRect', 'ellipse', 'triangle'] as const;

export const ShapeObject = z.object({
  ...Base,
  ...BoxGeometry,
  type: z.literal('shape'),
  shape: z.enum(shapeKinds),
  fill: Colour.nullable(),
  stroke: Colour.nullable().default(null),
  strokeWidth: z.number().min(0).max(200).default(0),
  /** Corner radius of a roundRect, in slide pixels. */
  radius: z.number().min(0).max(2000).default(24),
});
export type ShapeObject = z.infer<typeof ShapeObject>;

export const lineEnds = ['none', 'arrow', 'dot'] as const;

/** A line or teaching arrow from (x1,y1) to (x2,y2). */
export const LineObject = z.object({
  ...Base,
  type: z.literal('line'),
  x1: finite,
  y1: finite,
  x2: finite,
  y2: finite,
  stroke: Colour,
  strokeWidth: z.number().min(1).max(200).default(8),
  dashed: z.boolean().default(false),
  startEnd: z.enum(lineEnds).default('none'),
  endEnd: z.enum(lineEnds).default('arrow'),
});
export type LineObject = z.infer<typeof LineObject>;

export const IconObject = z.object({
  ...Base,
  ...BoxGeometry,
  type: z.literal('icon'),
  /** An id from the built-in icon set (shared/model/icons.ts). */
  icon: z.string().min(1).max(64),
  fill: Colour,
});
export type IconObject = z.infer<typeof IconObject>;

/** A numbered teaching marker: a filled circle with a number, pointing at a finding. */
export const MarkerObject = z.object({
  ...Base,
  ...BoxGeometry,
  type: z.literal('marker'),
  number: z.number().int().min(0).max(999),
  fill: Colour,
  textColour: Colour.default('#ffffff'),
});
export type MarkerObject = z.infer<typeof MarkerObject>;

export const redactionModes = ['solid', 'pixelate', 'blur'] as const;

/**
 * An area destroyed in every export. `proposed` ones come from the de-identification engine and
 * wait for the user; `accepted` ones cover their finding; `rejected` ones record that the user
 * judged the finding not identifying (an "R" side marker): kept, audited at export, not drawn.
 */
export const RedactionObject = z.object({
  ...Base,
  ...BoxGeometry,
  type: z.literal('redaction'),
  mode: z.enum(redactionModes).default('solid'),
  fill: Colour.default('#000000'),
  status: z.enum(['proposed', 'accepted', 'rejected']).default('accepted'),
  /** The image object this box sits on: it moves, scales and is deleted with it. */
  imageId: z.string().max(64).nullable().default(null),
  /** The kind of finding it was proposed for (plain words in the UI), or null when drawn by hand. */
  finding: z.string().max(40).nullable().default(null),
});
export type RedactionObject = z.infer<typeof RedactionObject>;

export const SlideObject = z.discriminatedUnion('type', [
  TextObject,
  ImageObject,
  ShapeObject,
  LineObject,
  IconObject,
  MarkerObject,
  RedactionObject,
]);
export type SlideObject = z.infer<typeof SlideObject>;
export type SlideObjectInput = z.input<typeof SlideObject>;
export type SlideObjectType = SlideObject['type'];
export type BoxedObject = Exclude<SlideObject, LineObject>;
