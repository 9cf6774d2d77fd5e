import fs from 'node:fs';
import path from 'node:path';
import type { Library } from './library';
import { stagingOwnerPid } from './staging';

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function listShardedFiles(root: string): string[] {
  const out: string[] = [];
  for (const shard of fs.readdirSync(root, { withFileTypes: true })) {
    if (!shard.isDirectory()) continue;
    for (const f of fs.readdirSync(path.join(root, shard.name))) out.push(path.join(root, shard.name, f));
  }
  return out;
}

/**
 * A process killed mid-import can leave a staged temp file, or a stored file whose row never
 * committed. Files only move into `assets/` while their writer holds SQLite's write lock, so
 * taking that lock here means every unreferenced stored file really is an orphan.
 */
export function recoverInterruptedWork(lib: Library): { removed: number } {
  let removed = 0;
  for (const name of fs.readdirSync(lib.tmpDir)) {
    const pid = stagingOwnerPid(name);
    if (pid !== null && isAlive(pid)) continue;
    fs.rmSync(path.join(lib.tmpDir, name), { force: true, recursive: true });
    removed++;
  }
  lib.db
    .transaction(() => {
      const hashes = new Set(
        (lib.db.prepare('SELECT DISTINCT hash FROM assets').pluck().all() as string[]),
      );
      const thumbed = new Set(
        lib.db.prepare('SELECT DISTINCT hash FROM assets WHERE has_thumbnail = 1').pluck().all() as string[],
      );
      for (const file of listShardedFiles(lib.assetsDir)) {
        if (!hashes.has(path.basename(file))) {
          fs.rmSync(file, { force: true });
          removed++;
        }
      }
      for (const file of listShardedFiles(lib.thumbsDir)) {
        if (!thumbed.has(path.basename(file, '.jpg'))) {
          fs.rmSync(file, { force: true });
          removed++;
        }
      }
    })
    .immediate();
  return { removed };
}
