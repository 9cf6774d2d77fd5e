import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { runMigrations } from '../runMigrations';
import { migrations } from './index';

describe('migration 0090: patients', () => {
  let db: Database.Database;
  beforeEach(() => {
    db = new Database(':memory:');
    runMigrations(db, migrations);
  });
  const add = (code: string, name: string | null = null) => db.prepare("INSERT INTO patients (code, name, created_at, updated_at) VALUES (?, ?, 't', 't')").run(code, name);

  it('keeps codes unique and pseudonymous', () => {
    add('PT-0042', 'Jane Example');
    expect(() => add('PT-0042')).toThrow(/UNIQUE/);
    for (const bad of ['Jane Smith', 'pt-0042', '0042', 'PT', 'PT-00 42']) expect(() => add(bad), bad).toThrow(/CHECK/);
  });

  it('never deletes a patient nor changes a code, but lets the name change', () => {
    add('PT-0001', 'A');
    expect(() => db.prepare('DELETE FROM patients').run()).toThrow(/never deleted/);
    expect(() => db.prepare("UPDATE patients SET code = 'PT-0002'").run()).toThrow(/never changes/);
    db.prepare("UPDATE patients SET name = NULL, updated_at = 'u'").run();
    expect(db.prepare('SELECT code, name FROM patients').get()).toEqual({ code: 'PT-0001', name: null });
  });
});
