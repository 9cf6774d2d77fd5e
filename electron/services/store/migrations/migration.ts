import type { Database } from 'better-sqlite3';

/** One schema step. Shipped migrations are never edited: a fix is a new, higher number. */
export type Migration = {
  version: number;
  name: string;
  /**
   * The step rebuilds a table other tables point at (SQLite cannot alter a CHECK in place):
   * it runs with foreign keys off, so dropping the old table cascades into nothing, and the
   * whole run fails unless PRAGMA foreign_key_check is clean afterwards.
   */
  rebuildsTables?: true;
  up(db: Database): void;
};
