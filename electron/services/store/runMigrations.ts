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
  db.transaction(() => {
    for (const m of pending) m.up(db);
    db.pragma(`user_version = ${latest}`);
  }).immediate();
  return latest;
}
