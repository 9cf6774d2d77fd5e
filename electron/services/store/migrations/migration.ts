import type { Database } from 'better-sqlite3';

/** One schema step. Shipped migrations are never edited: a fix is a new, higher number. */
export type Migration = {
  version: number;
  name: string;
  up(db: Database): void;
};
