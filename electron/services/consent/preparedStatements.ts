import type { Statement } from 'better-sqlite3';
import type { Db } from '../store/openDatabase';

const cache = new WeakMap<Db, Map<string, Statement>>();

/**
 * A statement prepared once per database handle: the registry's hot lookups (by patient, for
 * a post's coverage) run in tens of microseconds, and preparing costs about as much again.
 */
export function stmt(db: Db, sql: string): Statement {
  let forDb = cache.get(db);
  if (!forDb) cache.set(db, (forDb = new Map()));
  let s = forDb.get(sql);
  if (!s) forDb.set(sql, (s = db.prepare(sql)));
  return s;
}
