import fs from 'node:fs';
import sharp from 'sharp';
import { StudioFailure } from '../../../shared/api/errors';
import type { Asset } from '../../../shared/model/asset';
import { assetFilePath, type Library } from '../library/library';
import { MAX_IMAGE_PIXELS } from '../media/imageLimits';
import { extractFrame } from '../media/extractFrame';
import { renderDicomPng } from '../dicom/renderDicomPng';
import type { WindowPreset } from '../../../shared/dicom/windowPresets';

export const PREVIEW_SIZE = 2048;

/**
 * A display rendition of an asset for the viewer. Boxes are drawn in the asset's own pixel
 * coordinates, so the preview only needs the same aspect ratio, not the same size.
 */
export async function previewAsset(lib: Library, asset: Asset, window: WindowPreset = 'default'): Promise<{ mime: string; data: Uint8Array<ArrayBuffer> }> {
  const file = assetFilePath(lib, asset.hash);
  if (asset.kind === 'image') {
    const png = asset.mime === 'image/png';
    const out = sharp(file, { limitInputPixels: MAX_IMAGE_PIXELS })
      .rotate()
      .resize(PREVIEW_SIZE, PREVIEW_SIZE, { fit: 'inside', withoutEnlargement: true });
    const data = png ? await out.png().toBuffer() : await out.jpeg({ quality: 88 }).toBuffer();
    return { mime: png ? 'image/png' : 'image/jpeg', data: new Uint8Array(data) };
  }
  if (asset.kind === 'dicom') {
    const { png } = await renderDicomPng(new Uint8Array(await fs.promises.readFile(file)), { window });
    const data = await sharp(png).resize(PREVIEW_SIZE, PREVIEW_SIZE, { fit: 'inside', withoutEnlargement: true }).png().toBuffer();
    return { mime: 'image/png', data: new Uint8Array(data) };
  }
  if (asset.kind === 'audio') throw new StudioFailure('invalid_input', 'An audio file has no picture to preview.');
  const frame = await extractFrame(file, 0, PREVIEW_SIZE);
  if (!frame) throw new StudioFailure('corrupt', 'No frame of this video can be shown.');
  return { mime: 'image/jpeg', data: new Uint8Array(frame) };
}
