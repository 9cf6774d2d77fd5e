import type { PlatformId } from '../model/platforms';
import type { CanvasSize, Insets, SlideFormat } from '../model/slideFormat';

/**
 * The safe zone a reel's captions keep inside: of the formats of the canvas's size that are the
 * canvas's own or belong to a target platform, the widest inset on each side, so the words clear
 * every chosen app's buttons at once. Null when no such format names a zone (square, landscape).
 * The export and the timeline preview both take it from here, so captions sit in the same place.
 */
export function reelCaptionSafeZone(formats: readonly Pick<SlideFormat, 'id' | 'platform' | 'width' | 'height' | 'safeZone'>[], canvas: CanvasSize, platforms: readonly PlatformId[]): Insets | null {
  const zones = formats
    .filter((f) => f.width === canvas.width && f.height === canvas.height && (f.id === canvas.formatId || platforms.includes(f.platform)))
    .map((f) => f.safeZone)
    .filter((z): z is Insets => z !== null);
  if (zones.length === 0) return null;
  const widest = (side: keyof Insets) => Math.max(...zones.map((z) => z[side]));
  return { top: widest('top'), right: widest('right'), bottom: widest('bottom'), left: widest('left') };
}

/**
 * Whose safe zones an export's captions keep inside: the post's chosen platforms (what the
 * timeline preview shows) and any other the export is for. An export for fewer platforms than
 * the post's then burns captions exactly where the preview drew them.
 */
export function captionZonePlatforms(postPlatforms: readonly PlatformId[], exportPlatforms: readonly PlatformId[]): PlatformId[] {
  return [...new Set([...postPlatforms, ...exportPlatforms])];
}
