import { z } from 'zod';
import { PlatformId } from './platforms';

// Platform formats and limits are data in templates/ (each with its source and the date it was
// checked), so a user can update them without a new release; these schemas read that data.

export const Insets = z.object({
  top: z.number().min(0),
  right: z.number().min(0),
  bottom: z.number().min(0),
  left: z.number().min(0),
});
export type Insets = z.infer<typeof Insets>;

const Sourced = {
  /** Where the numbers come from. */
  source: z.string().url(),
  /** When someone last checked them against the source (YYYY-MM-DD). */
  checked: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** True when only third-party sources give the numbers. */
  secondary: z.boolean().default(false),
};

export const SlideFormat = z.object({
  id: z.string().regex(/^[a-z0-9-]{2,40}$/),
  label: z.string().min(1).max(60),
  platform: PlatformId,
  width: z.number().int().min(100).max(4096),
  height: z.number().int().min(100).max(4096),
  /** Areas the platform's own buttons and captions cover; a warning, never a hard rule. */
  safeZone: Insets.nullable().default(null),
  /**
   * What the format is for: slides (images, carousels, documents) or video (reels). The carousel
   * editor offers only image formats and the reel editor only video ones.
   */
  media: z.enum(['image', 'video']).default('image'),
  ...Sourced,
});
export type SlideFormat = z.infer<typeof SlideFormat>;
export type FormatMedia = SlideFormat['media'];

/** The formats for one kind of post: image formats for slides, video formats for reels. */
export function formatsFor<F extends Pick<SlideFormat, 'media'>>(formats: readonly F[], media: FormatMedia): F[] {
  return formats.filter((f) => f.media === media);
}

export const PlatformLimits = z.object({
  platform: PlatformId,
  /** Most images (or PDF pages for a document post) in one post. */
  maxItems: z.number().int().min(1),
  /** Largest file one image may be, in bytes (null: none published). */
  maxImageBytes: z.number().int().positive().nullable(),
  /** Longest alt text, in graphemes (null: none published). */
  maxAltText: z.number().int().positive().nullable(),
  /** LinkedIn document posts are one PDF. */
  documentPdf: z.object({ maxPages: z.number().int().positive(), maxBytes: z.number().int().positive() }).nullable().default(null),
  ...Sourced,
});
export type PlatformLimits = z.infer<typeof PlatformLimits>;

/** The canvas a post's slides are laid out on. */
export const CanvasSize = z.object({
  formatId: z.string().min(1).max(40),
  width: z.number().int().min(100).max(4096),
  height: z.number().int().min(100).max(4096),
});
export type CanvasSize = z.infer<typeof CanvasSize>;
