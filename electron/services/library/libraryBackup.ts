import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { StudioFailure } from '../../../shared/api/errors';
import { testDelayMs, testMarker, testPause } from '../consent/testDelay';
import { formFilePath } from '../consent/formStore';
import { assetFilePath, thumbnailPath, type Library } from './library';
import { checkLibraryFolder, sha256File, type CheckReport } from './libraryCheck';

export type BackupResult = { path: string; schemaVersion: number; assets: number; forms: number; bytes: number; verified: CheckReport };

const PARTIAL = /^\.(.+)\.partial-(\d+)$/;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Copies a content-addressed file and checks the copy against its name before counting it. */
function copyChecked(from: string, to: string, hash: string): number {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.copyFileSync(from, to, fs.constants.COPYFILE_EXCL);
  if (sha256File(to) !== hash) throw new StudioFailure('corrupt', `The library file ${hash.slice(0, 12)}… does not match its SHA-256: run \`medpost library check\`; nothing was backed up.`);
  return fs.statSync(to).size;
}

/**
 * A consistent backup of a live library into DEST (a new folder): SQLite's online backup API
 * takes the database as of one moment, then the asset and form files that copy refers to are
 * copied and hash-checked (content-addressed files never change once stored). Everything is
 * written to a hidden temp folder beside DEST, verified by reopening it (integrity_check and
 * every hash), and only then renamed to DEST: a killed backup leaves no DEST, and the library
 * is only ever read.
 */
export async function backupLibrary(lib: Library, dest: string): Promise<BackupResult> {
  const target = path.resolve(dest);
  if (fs.existsSync(target)) throw new StudioFailure('conflict', `${target} already exists: back up into a new folder.`);
  const parent = path.dirname(target);
  if (!fs.existsSync(parent)) throw new StudioFailure('not_found', `The folder ${parent} does not exist.`);
  if (target.startsWith(path.resolve(lib.dir) + path.sep)) throw new StudioFailure('invalid_input', 'Back up outside the library folder.');
  // Leftovers of backups killed earlier (their process is gone).
  for (const name of fs.readdirSync(parent)) {
    const m = PARTIAL.exec(name);
    if (m && m[1] === path.basename(target) && !isAlive(Number(m[2]))) fs.rmSync(path.join(parent, name), { recursive: true, force: true });
  }
  const temp = path.join(parent, `.${path.basename(target)}.partial-${process.pid}`);
  fs.mkdirSync(temp);
  try {
    const delay = testDelayMs();
    const dbCopy = path.join(temp, 'library.sqlite');
    await lib.db.backup(dbCopy, {
      progress: () => {
        testMarker('backup copying database');
        testPause(delay);
        return delay > 0 ? 1 : 256;
      },
    });
    // A single file: readers of the backup (check, restore) need no -wal/-shm beside it.
    const single = new Database(dbCopy);
    single.pragma('journal_mode = DELETE');
    single.close();
    const snapshot = new Database(dbCopy, { readonly: true });
    let hashes: string[];
    let thumbs: string[];
    let forms: string[];
    let schemaVersion: number;
    try {
      hashes = snapshot.prepare('SELECT DISTINCT hash FROM assets').pluck().all() as string[];
      thumbs = snapshot.prepare('SELECT DISTINCT hash FROM assets WHERE has_thumbnail = 1').pluck().all() as string[];
      forms = snapshot.prepare('SELECT hash FROM consent_forms').pluck().all() as string[];
      schemaVersion = snapshot.pragma('user_version', { simple: true }) as number;
    } finally {
      snapshot.close();
    }
    let bytes = fs.statSync(dbCopy).size;
    testMarker('backup copying files');
    for (const h of hashes) {
      bytes += copyChecked(assetFilePath(lib, h), assetFilePath({ assetsDir: path.join(temp, 'assets') }, h), h);
      testPause(delay);
    }
    // Thumbnails are derived (and can be redrawn), so they are copied but not hash-named.
    for (const h of thumbs) {
      const from = thumbnailPath(lib, h);
      if (!fs.existsSync(from)) continue;
      const to = thumbnailPath({ thumbsDir: path.join(temp, 'thumbs') }, h);
      fs.mkdirSync(path.dirname(to), { recursive: true });
      fs.copyFileSync(from, to);
      bytes += fs.statSync(to).size;
    }
    for (const h of forms) {
      bytes += copyChecked(formFilePath(lib, h), formFilePath({ dir: temp }, h), h);
      testPause(delay);
    }
    const verified = checkLibraryFolder(temp);
    if (!verified.ok) throw new StudioFailure('corrupt', `The backup did not verify: ${verified.problems[0].message}. Nothing was written to ${target}.`);
    fs.writeFileSync(
      path.join(temp, 'backup.json'),
      JSON.stringify({ createdAt: new Date().toISOString(), schemaVersion, assets: hashes.length, forms: forms.length, bytes }, null, 2),
    );
    fs.renameSync(temp, target);
    return { path: target, schemaVersion, assets: hashes.length, forms: forms.length, bytes, verified };
  } catch (err) {
    fs.rmSync(temp, { recursive: true, force: true });
    throw err;
  }
}
