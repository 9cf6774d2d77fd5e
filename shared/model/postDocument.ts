import { z } from 'zod';
import { StudioFailure } from '../api/errors';
import { IsoDate } from '../consent/consentDates';
import { CanvasSize } from './slideFormat';
import { ReelScene, ReelSettings } from './reel';
import { Colour, SlideObject } from './slideObjects';

// The editor's own document, not fabric's JSON. Each schema bump gets a step in `upgrades` so
// files written by older builds still open; newer versions are refused in plain words.
export const DOCUMENT_SCHEMA_VERSION = 3;

export const Slide = z.object({
  id: z.string().min(1).max(64),
  background: Colour.default('#ffffff'),
  objects: z.array(SlideObject).max(2000),
  /** Describes the slide for screen-reader users; required before export. */
  altText: z.string().max(5000).default(''),
  /** The layout the slide was made from, if any. */
  layoutId: z.string().max(64).nullable().default(null),
});
export type Slide = z.infer<typeof Slide>;
export type SlideInput = z.input<typeof Slide>;

/** An image under one thread part (the first post of its section on each platform), with its alt text. */
export const ThreadImage = z.object({ assetId: z.string().min(1).max(64), alt: z.string().max(2000).default('') });
export type ThreadImage = z.infer<typeof ThreadImage>;
// images is optional so documents saved before it still parse as version 2 (no migration needed).
export const ThreadPart = z.object({ id: z.string(), text: z.string(), images: z.array(ThreadImage).max(20).optional() });
export type ThreadPart = z.infer<typeof ThreadPart>;

/** Who a post is written for (the compliance pass words its advice checks by it). */
export const audiences = ['public', 'students', 'clinicians'] as const;
export const Audience = z.enum(audiences);
export type Audience = z.infer<typeof Audience>;

/** Instagram portrait, the most common carousel shape: where new posts start. */
export const DEFAULT_CANVAS: CanvasSize = { formatId: 'instagram-portrait', width: 1080, height: 1350 };

export const PostDocument = z.object({
  schemaVersion: z.literal(DOCUMENT_SCHEMA_VERSION),
  canvas: CanvasSize.default(DEFAULT_CANVAS),
  slides: z.array(Slide).max(300),
  /** A reel's scenes, in playing order (shared/model/reel.ts). */
  scenes: z.array(ReelScene).max(200),
  parts: z.array(ThreadPart),
  // Optional, so documents saved before them still parse as version 2 (no migration needed).
  /** Declared audience; undeclared posts are checked as if public. */
  audience: Audience.optional(),
  /** The text posted with the media (Instagram caption, the post body on X, LinkedIn…). */
  caption: z.string().max(10000).optional(),
  /** The day the post is planned to go out: consent and dates are checked for that day. */
  plannedDate: IsoDate.optional(),
  /** A reel's captions, caption style and audio; absent on other formats. */
  reel: ReelSettings.optional(),
});
export type PostDocument = z.infer<typeof PostDocument>;

export function emptyDocument(canvas: CanvasSize = DEFAULT_CANVAS): PostDocument {
  return { schemaVersion: DOCUMENT_SCHEMA_VERSION, canvas, slides: [], scenes: [], parts: [] };
}

type Raw = Record<string, unknown>;
/** upgrades[n] turns a version-n document into version n+1. Shipped steps are never edited. */
const upgrades: Record<number, (doc: Raw) => Raw> = {
  // v1 slides held untyped objects that nothing ever wrote; v2 adds the canvas and typed objects.
  1: (doc) => ({
    ...doc,
    schemaVersion: 2,
    canvas: DEFAULT_CANVAS,
  }),
  // v2 scenes were placeholders ({id, durationMs}) that no editor could fill; v3 scenes are typed.
  2: (doc) => ({
    ...doc,
    schemaVersion: 3,
    scenes: Array.isArray(doc.scenes) ? doc.scenes.filter((s) => typeof s === 'object' && s !== null && 'kind' in s) : [],
  }),
};

/** Reads a stored document, upgrading older versions and refusing newer ones in plain words. */
export function migrateDocument(raw: unknown): PostDocument {
  const version =
    typeof raw === 'object' && raw !== null ? (raw as { schemaVersion?: unknown }).schemaVersion : undefined;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new StudioFailure('corrupt', 'This post’s document has no valid schema version.');
  }
  if (version > DOCUMENT_SCHEMA_VERSION) {
    throw new StudioFailure(
      'schema_too_new',
      `This post was saved by a newer MedPost Studio (document version ${version}); update the app to open it.`,
    );
  }
  let doc = raw as Raw;
  for (let v = version; v < DOCUMENT_SCHEMA_VERSION; v++) doc = upgrades[v](doc);
  const parsed = PostDocument.safeParse(doc);
  if (!parsed.success) {
    throw new StudioFailure('corrupt', 'This post’s document is damaged and cannot be opened.');
  }
  return parsed.data;
}
