import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runMigrations } from '../runMigrations';
import { migrations } from './index';

describe('migration 0080: settings', () => {
  it('holds one JSON value per key', () => {
    const db = new Database(':memory:');
    runMigrations(db, migrations);
    db.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('brand', '{}', 't')").run();
    expect(() => db.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('brand', '{}', 't')").run()).toThrow(/UNIQUE|PRIMARY/);
    expect(() => db.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('x', 'nope', 't')").run()).toThrow(/CHECK/);
  });
});
