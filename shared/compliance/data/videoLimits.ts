import type { PlatformId } from '../../model/platforms';

/** How long a video may be on a platform, and whether the short-video teaching guidance applies. */
export type VideoLimit = {
  /** Longest upload, seconds (null: none published, or set per server). A hard limit: longer is refused. */
  maxSeconds: number | null;
  /** Shortest upload the platform accepts, seconds (null: none published). */
  minSeconds: number | null;
  /** Longest video still shown as short-form (YouTube Shorts); longer ones post as regular videos. */
  shortFormMaxSeconds: number | null;
  /** Reels, TikTok, Shorts and Lemon8 are short-form: the 10 s – 1 min teaching guidance applies. */
  shortForm: boolean;
  source: string;
  checked: string;
  /** Only third-party sources give the number. */
  secondary: boolean;
};

// From ../shared/PLATFORM_FACTS.md (collected 2026-11). Where sources disagree the smaller figure
// is used (X: 140 s widely quoted, 20 min in newer docs), so a reel we pass is never refused.
// Block only on these hard limits; the guidance is a warning (see reelLengthAdvice).
export const videoLimits: Record<PlatformId, VideoLimit> = {
  // Up to 3 min in the app since Jan 2025 (the API takes 3 s – 15 min).
  instagram: { maxSeconds: 180, minSeconds: 3, shortFormMaxSeconds: null, shortForm: true, source: 'https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/media', checked: '2026-11-25', secondary: false },
  tiktok: { maxSeconds: 600, minSeconds: 3, shortFormMaxSeconds: null, shortForm: true, source: 'https://developers.tiktok.com/doc/content-posting-api-reference-direct-post', checked: '2026-11-25', secondary: false },
  // 15 min for an unverified channel; Shorts up to 3 min (since Oct 2024), square or taller.
  youtube: { maxSeconds: 900, minSeconds: null, shortFormMaxSeconds: 180, shortForm: true, source: 'https://support.google.com/youtube/answer/15424877', checked: '2026-11-25', secondary: false },
  x: { maxSeconds: 140, minSeconds: null, shortFormMaxSeconds: null, shortForm: false, source: 'https://developer.x.com/en/docs/x-api/v1/media/upload-media/uploading-media/media-best-practices', checked: '2026-11-25', secondary: false },
  threads: { maxSeconds: 300, minSeconds: null, shortFormMaxSeconds: null, shortForm: false, source: 'https://developers.facebook.com/docs/threads/overview', checked: '2026-11-25', secondary: true },
  bluesky: { maxSeconds: 180, minSeconds: null, shortFormMaxSeconds: null, shortForm: false, source: 'https://docs.bsky.app/blog/video-post-launch', checked: '2026-11-25', secondary: true },
  linkedin: { maxSeconds: 900, minSeconds: 3, shortFormMaxSeconds: null, shortForm: false, source: 'https://learn.microsoft.com/en-us/linkedin/marketing/community-management/shares/videos-api', checked: '2026-11-25', secondary: false },
  // Set per server (40 MB by default, no time limit published).
  mastodon: { maxSeconds: null, minSeconds: null, shortFormMaxSeconds: null, shortForm: false, source: 'https://docs.joinmastodon.org/entities/Instance/', checked: '2026-11-25', secondary: false },
  lemon8: { maxSeconds: null, minSeconds: null, shortFormMaxSeconds: null, shortForm: true, source: 'no published limits (Lemon8 help centre, checked 2026-11-25)', checked: '2026-11-25', secondary: true },
};

/** The teaching guidance for short video (warn, never block). */
export const SHORT_VIDEO_GUIDANCE = { minSeconds: 10, maxSeconds: 60, longFormSeconds: 180 } as const;
