import { z } from 'zod';
import { StudioFailure } from '../api/errors';

// The shape of templates/text-limits.json (and a library's override of it). How a platform
// counts is code (countText.ts); how far it may count is data, each entry with its source and the
// day it was last checked, so a user can correct a number or set their Mastodon server's limit.

export const textPlatformIds = ['x', 'threads', 'bluesky', 'mastodon', 'linkedin'] as const;
export const TextPlatformId = z.enum(textPlatformIds);
export type TextPlatformId = z.infer<typeof TextPlatformId>;

export const TextLimit = z
  .object({
    platform: TextPlatformId,
    /** Longest post in the platform's own count. */
    maxLength: z.number().int().min(10).max(100_000),
    /** A second, byte limit (Bluesky: 3,000 UTF-8 bytes); null when none. */
    maxBytes: z.number().int().positive().nullable().default(null),
    /** What every URL counts as, when the platform shortens links (X, Mastodon: 23). */
    urlLength: z.number().int().positive().nullable().default(null),
    /** False for platforms that take one long post (LinkedIn): the text is never split. */
    thread: z.boolean().default(true),
    /** Teaching guidance (warn, never block): sentences a post. */
    sentencesPerPost: z.object({ min: z.number().int().min(1), max: z.number().int().min(1) }).nullable().default(null),
    /** Where the feed cuts the post behind "see more" (LinkedIn). */
    seeMore: z.object({ chars: z.number().int().positive(), lines: z.number().int().positive() }).nullable().default(null),
    /** The counting rule in words, for people reading the file. */
    counting: z.string().max(500).optional(),
    source: z.string().url(),
    checked: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    secondary: z.boolean().default(false),
  })
  .strict();
export type TextLimit = z.infer<typeof TextLimit>;

export const ThreadGuidance = z
  .object({
    /** A first sentence longer than this is not much of a hook. */
    hookMaxChars: z.number().int().positive().default(140),
    takeawayWords: z.array(z.string().min(1)).default([]),
    sourceWords: z.array(z.string().min(1)).default([]),
    disclaimerWords: z.array(z.string().min(1)).default([]),
    /** The line offered when no post carries a disclaimer. */
    disclaimer: z.string().min(1).max(500),
  })
  .strict();
export type ThreadGuidance = z.infer<typeof ThreadGuidance>;

export const TextLimitsFile = z
  .object({
    about: z.string().optional(),
    platforms: z.array(TextLimit),
    guidance: ThreadGuidance.optional(),
  })
  .strict();
export type TextLimitsFile = z.infer<typeof TextLimitsFile>;

/** The app's file with a library's override laid over it, entry by entry (platform) and guidance whole. */
export function mergeTextLimits(app: TextLimitsFile, override: TextLimitsFile | null): TextLimitsFile {
  if (!override) return app;
  const byPlatform = new Map(app.platforms.map((p) => [p.platform, p]));
  for (const p of override.platforms) byPlatform.set(p.platform, p);
  return { ...app, platforms: [...byPlatform.values()], guidance: override.guidance ?? app.guidance };
}

/**
 * The limit one platform's posts are split to. `limit` overrides maxLength (a Mastodon server
 * with 1,000, an X Premium account); the byte limit, if any, still holds.
 */
export function textLimitFor(file: TextLimitsFile, platform: TextPlatformId, limit?: number): TextLimit {
  const found = file.platforms.find((p) => p.platform === platform);
  if (!found) throw new StudioFailure('not_found', `templates/text-limits.json has no limits for ${platform}.`);
  if (limit === undefined) return found;
  if (!Number.isInteger(limit) || limit < 10 || limit > 100_000) {
    throw new StudioFailure('invalid_input', `The limit must be a whole number from 10 to 100000 (got ${limit}).`);
  }
  return { ...found, maxLength: limit };
}
