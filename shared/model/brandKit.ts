import { z } from 'zod';
import { Colour } from './slideObjects';

/** One library's look: layouts take their colours and fonts from here, and the handle signs slides. */
export const BrandKit = z.object({
  colours: z.object({
    primary: Colour,
    accent: Colour,
    background: Colour,
    text: Colour,
    muted: Colour,
  }),
  fonts: z.object({
    heading: z.string().min(1).max(80),
    body: z.string().min(1).max(80),
  }),
  /** An image asset shown on covers and call-to-action slides, or null. */
  logoAssetId: z.string().max(64).nullable(),
  /** The author's handle, e.g. "@dr.rivera", shown small on every slide that has a handle slot. */
  handle: z.string().max(60),
});
export type BrandKit = z.infer<typeof BrandKit>;

export const DEFAULT_BRAND_KIT: BrandKit = {
  colours: { primary: '#0f4c81', accent: '#e4572e', background: '#ffffff', text: '#1b1f24', muted: '#5b6570' },
  fonts: { heading: 'Inter', body: 'Source Sans 3' },
  logoAssetId: null,
  handle: '',
};
