import type { Database } from 'better-sqlite3';
import { StudioFailure } from '../../../shared/api/errors';
import type { Migration } from './migrations/migration';

export function latestVersion(list: readonly Migration[]): number {
  return list.length === 0 ? 0 : list[list.length - 1].version;
}

/**
 * Brings the database to the newest schema in one transaction, so a crash mid-way leaves the
 * old schema intact. A database written by a newer app is refused rather than guessed at.
 */
export function runMigrations(db: Database, list: readonly Migration[]): number {
  for (let i = 1; i < list.length; i++) {
    if (list[i].version <= list[i - 1].version) {
      throw new Error(`Migrations must rise strictly: ${list[i - 1].version} then ${list[i].version}`);
    }
  }
  const latest = latestVersion(list);
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > latest) {
    throw new StudioFailure(
      'schema_too_new',
      `This library was written by a newer MedPost Studio (schema ${current}; this app knows up to ${latest}). Update the app to open it.`,
    );
  }
  const pending = list.filter((m) => m.version > current);
  if (pending.length === 0) return current;
  // PRAGMA foreign_keys is a no-op inside a transaction, so a table rebuild switches it off
  // before the transaction opens (https://www.sqlite.org/lang_altertable.html#otheralter):
  // with it on, DROP TABLE on the old table would run ON DELETE CASCADE into its children.
  const rebuild = pending.some((m) => m.rebuildsTables);
  const keysWereOn = db.pragma('foreign_keys', { simple: true }) === 1;
  if (rebuild && db.inTransaction) throw new Error('A migration that rebuilds tables cannot run inside an open transaction.');
  if (rebuild && keysWereOn) db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      for (const m of pending) m.up(db);
      if (rebuild) assertForeignKeysHold(db);
      db.pragma(`user_version = ${latest}`);
    }).immediate();
  } finally {
    if (rebuild && keysWereOn) db.pragma('foreign_keys = ON');
  }
  return latest;
}

/** Rolls the migration back (by throwing) if any row points at a row that is not there. */
function assertForeignKeysHold(db: Database): void {
  const broken = db.pragma('foreign_key_check') as { table: string; parent: string }[];
  if (broken.length > 0) {
    const where = [...new Set(broken.map((b) => `${b.table} → ${b.parent}`))].join(', ');
    throw new Error(`Schema update stopped: ${broken.length} row(s) would point at missing rows (${where}). The library was left as it was.`);
  }
}
