import type { BrandKit } from '../model/brandKit';
import { DEFAULT_BRAND_KIT } from '../model/brandKit';
import { emptyDocument, type PostDocument } from '../model/postDocument';
import { ReelSettings } from '../model/reel';
import type { CanvasSize } from '../model/slideFormat';

/** Where a new reel starts: Instagram's 9:16 Reel (templates/formats.json 'instagram-reel'). */
export const REEL_CANVAS: CanvasSize = { formatId: 'instagram-reel', width: 1080, height: 1920 };

/**
 * An empty reel: the 9:16 canvas, no scenes, and reel settings whose captions take the brand kit's
 * body font (its colours are for slides; captions stay white on a dark box, readable over video).
 */
export function newReelDocument(brand: Pick<BrandKit, 'fonts'> = DEFAULT_BRAND_KIT, canvas: CanvasSize = REEL_CANVAS): PostDocument {
  return { ...emptyDocument(canvas), reel: ReelSettings.parse({ captionStyle: { font: brand.fonts.body } }) };
}
