import Database from 'better-sqlite3';
import { StudioFailure } from '../../../shared/api/errors';
import { migrations } from './migrations';
import { runMigrations } from './runMigrations';

export type Db = Database.Database;

export function openDatabase(file: string): { db: Db; schemaVersion: number } {
  let db: Db;
  try {
    // MEDPOST_SQLITE_BINDING: the module built for Electron's ABI when running from a checkout.
    const nativeBinding = process.env.MEDPOST_SQLITE_BINDING || undefined;
    db = new Database(file, { timeout: 5000, nativeBinding });
  } catch (err) {
    throw new StudioFailure('corrupt', `Cannot open the library database at ${file}: ${(err as Error).message}`);
  }
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    const schemaVersion = runMigrations(db, migrations);
    return { db, schemaVersion };
  } catch (err) {
    db.close();
    if (err instanceof StudioFailure) throw err;
    const code = (err as { code?: string }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw new StudioFailure('corrupt', `The library database at ${file} is not a readable SQLite file.`);
    }
    throw err;
  }
}
