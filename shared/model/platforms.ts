import { z } from 'zod';

export const platformIds = [
  'instagram',
  'tiktok',
  'x',
  'linkedin',
  'youtube',
  'threads',
  'bluesky',
  'mastodon',
  'lemon8',
] as const;

export const PlatformId = z.enum(platformIds);
export type PlatformId = z.infer<typeof PlatformId>;

export const platformLabels: Record<PlatformId, string> = {
  instagram: 'Instagram',
  tiktok: 'TikTok',
  x: 'X',
  linkedin: 'LinkedIn',
  youtube: 'YouTube',
  threads: 'Threads',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  lemon8: 'Lemon8',
};
