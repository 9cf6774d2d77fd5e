import fs from 'node:fs';
import { assetFilePath, thumbnailPath, type Library } from '../library/library';
import { removeCinePreviews } from './cinePreviewFiles';

/**
 * Removes stored files that no asset row uses any more. Runs under the write lock so an import
 * adding the same content at the same moment cannot lose its file.
 */
export function releaseUnusedFiles(lib: Library, hashes: string[]): number {
  if (hashes.length === 0) return 0;
  let removed = 0;
  lib.db
    .transaction(() => {
      const inUse = lib.db.prepare('SELECT 1 FROM assets WHERE hash = ? LIMIT 1').pluck();
      for (const hash of new Set(hashes)) {
        if (inUse.get(hash)) continue;
        fs.rmSync(assetFilePath(lib, hash), { force: true });
        fs.rmSync(thumbnailPath(lib, hash), { force: true });
        removeCinePreviews(lib, hash);
        removed++;
      }
    })
    .immediate();
  return removed;
}
