import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { runMigrations } from '../runMigrations';
import { migrations } from './index';

const before60 = migrations.filter((m) => m.version < 60);

describe('migration 0060: asset redaction state', () => {
  let db: Database.Database;
  beforeEach(() => {
    db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    runMigrations(db, before60);
    db.prepare("INSERT INTO projects (id, name, created_at, updated_at) VALUES ('p', 'P', 't', 't')").run();
    db.prepare(
      "INSERT INTO assets (id, project_id, kind, mime, bytes, hash, original_name, imported_at) VALUES ('a', 'p', 'image', 'image/png', 1, ?, 'x.png', 't')",
    ).run('a'.repeat(64));
  });

  it('marks assets imported before it as unchecked', () => {
    runMigrations(db, migrations);
    expect(db.prepare("SELECT phi_status, derived_from FROM assets WHERE id = 'a'").get()).toEqual({ phi_status: 'unchecked', derived_from: null });
  });

  it('refuses an unknown status', () => {
    runMigrations(db, migrations);
    expect(() => db.prepare("UPDATE assets SET phi_status = 'probably-fine' WHERE id = 'a'").run()).toThrow(/CHECK/);
  });

  it('keeps a redacted copy when its original goes, and drops the original’s analysis with it', () => {
    runMigrations(db, migrations);
    db.prepare(
      "INSERT INTO assets (id, project_id, kind, mime, bytes, hash, original_name, imported_at, derived_from, phi_status) VALUES ('b', 'p', 'image', 'image/png', 1, ?, 'x (redacted).png', 't', 'a', 'redacted')",
    ).run('b'.repeat(64));
    db.prepare("INSERT INTO asset_analysis (asset_id, analyzed_at, width, height, findings, metadata) VALUES ('a', 't', 1, 1, '[]', '[]')").run();
    db.prepare("DELETE FROM assets WHERE id = 'a'").run();
    expect(db.prepare("SELECT derived_from FROM assets WHERE id = 'b'").get()).toEqual({ derived_from: null });
    expect(db.prepare('SELECT count(*) FROM asset_analysis').pluck().get()).toBe(0);
  });
});
