import type { Insets, SlideFormat } from '../../shared/model/slideFormat';

// Where each platform's buttons and captions cover a 9:16 video (PLATFORM_FACTS.md, third-party
// guidance): shown as overlays to keep text clear of, never enforced. Reels and TikTok take the
// numbers from templates/formats.json when a format there carries them, so an update there shows here.

export const zonePlatforms = ['reels', 'tiktok', 'shorts'] as const;
export type ZonePlatform = (typeof zonePlatforms)[number];
export const zoneLabels: Record<ZonePlatform, string> = { reels: 'Reels', tiktok: 'TikTok', shorts: 'Shorts' };

const fallback: Record<ZonePlatform, Insets> = {
  reels: { top: 270, right: 65, bottom: 670, left: 65 },
  tiktok: { top: 250, right: 170, bottom: 480, left: 0 },
  shorts: { top: 192, right: 190, bottom: 480, left: 0 },
};
const platformOf: Record<ZonePlatform, SlideFormat['platform']> = { reels: 'instagram', tiktok: 'tiktok', shorts: 'youtube' };

/** Each overlay's numbers: the platform's 9:16 video format in templates/, else PLATFORM_FACTS.md's. */
export function safeZonesFrom(formats: readonly SlideFormat[]): Record<ZonePlatform, Insets> {
  const out = { ...fallback };
  for (const p of zonePlatforms) {
    const f = formats.find((x) => x.media === 'video' && x.platform === platformOf[p] && x.width === 1080 && x.height === 1920 && x.safeZone);
    if (f?.safeZone) out[p] = f.safeZone;
  }
  return out;
}

const colours: Record<ZonePlatform, string> = { reels: '#e4572e', tiktok: '#14b8a6', shorts: '#7c3aed' };

/** The covered areas of each chosen platform, scaled to the canvas (numbers are for 1080×1920). */
export function SafeZones({ on, zones, canvas }: { on: readonly ZonePlatform[]; zones: Record<ZonePlatform, Insets>; canvas: { width: number; height: number } }) {
  const kx = canvas.width / 1080;
  const ky = canvas.height / 1920;
  return (
    <>
      {on.map((p) => {
        const z = zones[p];
        return (
          <div
            key={p}
            className="reel-safezone"
            data-testid={`safezone-${p}`}
            style={{ left: z.left * kx, top: z.top * ky, right: z.right * kx, bottom: z.bottom * ky, borderColor: colours[p], color: colours[p] }}
          >
            <span>{zoneLabels[p]} safe area</span>
          </div>
        );
      })}
    </>
  );
}
