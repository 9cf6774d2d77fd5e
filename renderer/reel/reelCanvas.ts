import type { PostDocument } from '../../shared/model/postDocument';
import type { Insets, SlideFormat } from '../../shared/model/slideFormat';
import type { PlatformId } from '../../shared/model/platforms';
import type { ZonePlatform } from './SafeZones';

/** The video shapes a reel can take (templates/formats.json; 9:16 first). */
const VIDEO_SHAPES = [
  [1080, 1920],
  [1080, 1080],
  [1920, 1080],
] as const;

export function isVideoShape(c: { width: number; height: number }): boolean {
  return VIDEO_SHAPES.some(([w, h]) => w === c.width && h === c.height);
}

/**
 * The document a reel editor starts from. A reel created with no canvas of its own (the post
 * service starts every post at the carousel default) becomes 9:16 before anything is on it; the
 * change is saved with the first edit. A reel with content keeps its canvas.
 */
export function reelStartDocument(doc: PostDocument, formats: readonly SlideFormat[]): PostDocument {
  if (isVideoShape(doc.canvas) || doc.slides.length > 0 || doc.scenes.length > 0) return doc;
  const vertical = formats.find((f) => f.width === 1080 && f.height === 1920 && /reel/.test(f.id)) ?? formats.find((f) => f.width === 1080 && f.height === 1920);
  return { ...doc, canvas: { formatId: vertical?.id ?? 'instagram-story', width: 1080, height: 1920 } };
}

const zoneOf: Partial<Record<PlatformId, ZonePlatform>> = { instagram: 'reels', tiktok: 'tiktok', youtube: 'shorts' };

/** The chosen platforms' video overlays (Reels when none of them has one). */
export function platformZones(platforms: readonly PlatformId[]): ZonePlatform[] {
  const z = [...new Set(platforms.map((p) => zoneOf[p]).filter((x): x is ZonePlatform => !!x))];
  return z.length ? z : ['reels'];
}

/**
 * Where captions may sit: clear of every chosen platform's buttons on a 9:16 reel (the largest
 * inset on each side); on square and landscape reels, a plain 5 % margin.
 */
export function captionSafeArea(canvas: { width: number; height: number }, zones: Record<ZonePlatform, Insets>, on: readonly ZonePlatform[]): Insets {
  if (canvas.width !== 1080 || canvas.height !== 1920) {
    const m = Math.round(Math.min(canvas.width, canvas.height) * 0.05);
    return { top: m, right: m, bottom: m, left: m };
  }
  const pick = (side: keyof Insets) => Math.max(...on.map((p) => zones[p][side]));
  return { top: pick('top'), right: pick('right'), bottom: pick('bottom'), left: Math.max(40, pick('left')) };
}
