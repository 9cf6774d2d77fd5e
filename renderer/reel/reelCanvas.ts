import type { PostDocument } from '../../shared/model/postDocument';
import type { SlideFormat } from '../../shared/model/slideFormat';
import type { PlatformId } from '../../shared/model/platforms';

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
export function reelStartDocument(doc: PostDocument, formats: readonly SlideFormat[], platforms: readonly PlatformId[]): PostDocument {
  if (isVideoShape(doc.canvas) || doc.slides.length > 0 || doc.scenes.length > 0) return doc;
  const vertical = formats.filter((f) => f.media === 'video' && f.width === 1080 && f.height === 1920);
  const pick = vertical.find((f) => platforms.includes(f.platform)) ?? vertical[0];
  return { ...doc, canvas: { formatId: pick?.id ?? 'instagram-reel', width: 1080, height: 1920 } };
}
