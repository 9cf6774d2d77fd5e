import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { StudioFailure } from '../../../shared/api/errors';

/**
 * Writes `bytes` to `target` through a temporary file beside it, runs `check` on the temporary
 * file, and only then renames it into place. Readers see no file or the whole checked file;
 * on any failure (a write error, a failed check, a cancel) nothing is left behind.
 */
export async function writeChecked(target: string, bytes: Uint8Array, check: (written: string) => Promise<void>): Promise<void> {
  const dir = path.dirname(path.resolve(target));
  // Named "<pid>-…" like the library's own staging files, so a library's crash recovery can
  // tell a live writer's file from a dead one's when the output goes into its tmp folder.
  const temp = path.join(dir, `${process.pid}-${randomBytes(6).toString('hex')}-${path.basename(target)}.partial`);
  try {
    await fs.promises.mkdir(dir, { recursive: true });
    const fh = await fs.promises.open(temp, 'wx');
    try {
      await fh.writeFile(bytes);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await check(temp);
    await fs.promises.rename(temp, target);
  } catch (err) {
    await fs.promises.rm(temp, { force: true });
    if (err instanceof StudioFailure) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOSPC') throw new StudioFailure('too_large', 'The disk is full: free some space and try again.');
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw new StudioFailure('forbidden', `The redacted image cannot be written there (${code}).`);
    throw new StudioFailure('internal', `The redacted image could not be written: ${(err as Error).message}`);
  }
}
