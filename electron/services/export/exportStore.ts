import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { StudioFailure } from '../../../shared/api/errors';
import type { Library } from '../library/library';

/** Finished exports wait here for `exports.download`; nothing stays longer than this. */
export const EXPORT_LIFETIME_MS = 60 * 60 * 1000;

const EXPORT_ID = /^[0-9a-f]{32}$/;
const MIMES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.pdf': 'application/pdf',
  '.zip': 'application/zip',
  '.mp4': 'video/mp4',
  '.srt': 'application/x-subrip',
};

export function exportsDir(lib: Pick<Library, 'dir'>): string {
  return path.join(lib.dir, 'exports');
}

export function newExportId(): string {
  return randomBytes(16).toString('hex');
}

export function mimeForName(name: string): string {
  return MIMES[path.extname(name)] ?? 'application/octet-stream';
}

/**
 * Moves a checked file from staging into the export area in one rename: a reader finds the
 * whole file or none. Exports and staging share the library's volume, so the rename is atomic.
 */
export async function commitExport(lib: Pick<Library, 'dir'>, exportId: string, name: string, stagedFile: string): Promise<void> {
  const folder = path.join(exportsDir(lib), exportId);
  await fs.promises.mkdir(folder, { recursive: true });
  try {
    await fs.promises.rename(stagedFile, path.join(folder, name));
  } catch (err) {
    await fs.promises.rm(folder, { recursive: true, force: true });
    throw err;
  }
}

/** The bytes of a finished export; an unknown or expired id is `not_found`. */
export async function readExport(lib: Pick<Library, 'dir'>, exportId: string): Promise<{ name: string; mime: string; data: Uint8Array<ArrayBuffer> }> {
  const gone = new StudioFailure('not_found', 'That export is no longer available (exports are kept for an hour): export again.');
  // The id becomes a path: only our own ids are accepted.
  if (!EXPORT_ID.test(exportId)) throw gone;
  const folder = path.join(exportsDir(lib), exportId);
  let names: string[];
  try {
    names = await fs.promises.readdir(folder);
  } catch {
    throw gone;
  }
  if (names.length !== 1) throw gone;
  const data = new Uint8Array(await fs.promises.readFile(path.join(folder, names[0])));
  return { name: names[0], mime: mimeForName(names[0]), data };
}

/** Removes exports older than their lifetime; run when the library opens and before each export. */
export function removeOldExports(lib: Pick<Library, 'dir'>, now = Date.now()): number {
  const root = exportsDir(lib);
  let removed = 0;
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(root, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const full = path.join(root, entry.name);
    try {
      if (now - fs.statSync(full).mtimeMs < EXPORT_LIFETIME_MS) continue;
      fs.rmSync(full, { recursive: true, force: true });
      removed++;
    } catch {
      // Another process removed it first.
    }
  }
  return removed;
}
