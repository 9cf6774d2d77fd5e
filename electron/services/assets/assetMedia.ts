import fs from 'node:fs';
import { StudioFailure } from '../../../shared/api/errors';
import type { Asset } from '../../../shared/model/asset';
import { assetFilePath, type Library } from '../library/library';

/** Larger than this, a clip would not fit comfortably in the renderer's memory as one blob. */
export const MAX_MEDIA_BYTES = 500 * 1024 * 1024;

// What Chromium's <video>/<audio> plays these as: H.264/AAC in a QuickTime file plays as MP4,
// Matroska as WebM.
const playableMime: Record<string, string> = {
  'video/quicktime': 'video/mp4',
  'video/x-matroska': 'video/webm',
  'audio/x-matroska': 'audio/webm',
};

/**
 * The original bytes of a video or audio asset, for the timeline preview inside the app (a blob
 * URL for <video> or <audio>). Nothing here leaves the app: exports go through the reel export.
 */
export async function assetMedia(lib: Library, asset: Asset): Promise<{ mime: string; data: Uint8Array<ArrayBuffer> }> {
  if (asset.kind !== 'video' && asset.kind !== 'audio') {
    const instead = asset.kind === 'dicom' ? 'a DICOM plays through its cine preview (assets.cinePreview)' : 'an image is shown through assets.preview';
    throw new StudioFailure('invalid_input', `Only video and audio assets play in the timeline; ${instead}.`);
  }
  if (asset.bytes > MAX_MEDIA_BYTES) {
    throw new StudioFailure('too_large', `This file is ${Math.round(asset.bytes / 1024 / 1024)} MB; the timeline preview plays files up to ${MAX_MEDIA_BYTES / 1024 / 1024} MB. Trim or compress it first.`);
  }
  let data: Buffer;
  try {
    data = await fs.promises.readFile(assetFilePath(lib, asset.hash));
  } catch {
    throw new StudioFailure('not_found', 'The media file is missing from the library.');
  }
  return { mime: playableMime[asset.mime] ?? asset.mime, data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) as Uint8Array<ArrayBuffer> };
}
