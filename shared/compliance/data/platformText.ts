import type { PlatformId } from '../../model/platforms';

/** How a platform counts the characters of a post. */
export type Counting = 'x-weighted' | 'threads' | 'graphemes' | 'code-points' | 'mastodon';

export type PlatformText = {
  /** Longest post text (caption, or one thread part), counted the platform's way; null when none is published. */
  maxText: number | null;
  counting: Counting;
  /** Posts of a thread are separate posts here (X, Threads, Bluesky, Mastodon). */
  threads: boolean;
  /** Most hashtags in one post, null when none is published. */
  maxHashtags: number | null;
  source: string;
};

// Checked 2026-11-25; the source of each figure is on its line. Counting follows each platform's
// own rule: X weighs CJK and emoji double and every link as 23; Bluesky counts graphemes.
export const platformText: Record<PlatformId, PlatformText> = {
  x: { maxText: 280, counting: 'x-weighted', threads: true, maxHashtags: null, source: 'https://docs.x.com/resources/fundamentals/counting-characters' },
  threads: { maxText: 500, counting: 'threads', threads: true, maxHashtags: 1, source: 'https://developers.facebook.com/docs/threads/create-posts' },
  bluesky: { maxText: 300, counting: 'graphemes', threads: true, maxHashtags: null, source: 'https://docs.bsky.app/docs/advanced-guides/post-richtext' },
  mastodon: { maxText: 500, counting: 'mastodon', threads: true, maxHashtags: null, source: 'https://docs.joinmastodon.org/user/posting/#text' },
  instagram: { maxText: 2200, counting: 'code-points', threads: false, maxHashtags: 30, source: 'https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/media' },
  tiktok: { maxText: 2200, counting: 'code-points', threads: false, maxHashtags: null, source: 'https://developers.tiktok.com/doc/content-posting-api-reference-direct-post' },
  linkedin: { maxText: 3000, counting: 'code-points', threads: false, maxHashtags: null, source: 'https://learn.microsoft.com/en-us/linkedin/marketing/community-management/shares/posts-api' },
  youtube: { maxText: 5000, counting: 'code-points', threads: false, maxHashtags: 60, source: 'https://support.google.com/youtube/answer/15424877' },
  lemon8: { maxText: null, counting: 'code-points', threads: false, maxHashtags: null, source: 'no published limits (Lemon8 help centre, checked 2026-11-25)' },
};
