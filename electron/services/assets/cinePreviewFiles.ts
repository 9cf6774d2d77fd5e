import fs from 'node:fs';
import path from 'node:path';
import { windowPresets, type WindowPreset } from '../../../shared/dicom/windowPresets';
import type { Library } from '../library/library';

/** Where a loop's preview is kept, one per window: content-addressed like the asset's own file. */
export function cinePreviewPath(lib: Pick<Library, 'dir'>, hash: string, window: WindowPreset): string {
  return path.join(lib.dir, 'previews', hash.slice(0, 2), `${hash}-cine-${window}.mp4`);
}

/** Removes the cached previews of a stored file (when no asset uses it any more). */
export function removeCinePreviews(lib: Pick<Library, 'dir'>, hash: string): void {
  for (const w of windowPresets) fs.rmSync(cinePreviewPath(lib, hash, w), { force: true });
}
