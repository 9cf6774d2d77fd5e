import fs from 'node:fs';
import path from 'node:path';
import { StudioFailure } from '../../../shared/api/errors';
import { openDatabase, type Db } from '../store/openDatabase';
import { recoverInterruptedWork } from './recoverInterruptedWork';

export type Library = {
  dir: string;
  dbFile: string;
  db: Db;
  schemaVersion: number;
  assetsDir: string;
  thumbsDir: string;
  tmpDir: string;
  close(): void;
};

export function openLibrary(dir: string): Library {
  const assetsDir = path.join(dir, 'assets');
  const thumbsDir = path.join(dir, 'thumbs');
  const tmpDir = path.join(dir, 'tmp');
  try {
    for (const d of [dir, assetsDir, thumbsDir, tmpDir]) fs.mkdirSync(d, { recursive: true });
  } catch (err) {
    throw new StudioFailure('forbidden', `Cannot create the library folder ${dir}: ${(err as Error).message}`);
  }
  const dbFile = path.join(dir, 'library.sqlite');
  const { db, schemaVersion } = openDatabase(dbFile);
  const library: Library = {
    dir,
    dbFile,
    db,
    schemaVersion,
    assetsDir,
    thumbsDir,
    tmpDir,
    close() {
      if (db.open) db.close();
    },
  };
  recoverInterruptedWork(library);
  return library;
}

export function assetFilePath(lib: Pick<Library, 'assetsDir'>, hash: string): string {
  return path.join(lib.assetsDir, hash.slice(0, 2), hash);
}

export function thumbnailPath(lib: Pick<Library, 'thumbsDir'>, hash: string): string {
  return path.join(lib.thumbsDir, hash.slice(0, 2), `${hash}.jpg`);
}
