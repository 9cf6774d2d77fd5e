import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { runMigrations } from '../runMigrations';
import { migrations } from './index';

describe('migration 0050: DICOM UID map', () => {
  let db: Database.Database;
  beforeEach(() => {
    db = new Database(':memory:');
    runMigrations(db, migrations.filter((m) => m.version < 50));
    runMigrations(db, migrations);
  });

  it('maps each old UID once, and never two old UIDs to one new UID', () => {
    const insert = db.prepare("INSERT INTO dicom_uid_map (old_uid, new_uid, created_at) VALUES (?, ?, 't')");
    insert.run('1.2.3', '2.25.1');
    expect(() => insert.run('1.2.3', '2.25.2')).toThrow(/UNIQUE|PRIMARY/);
    expect(() => insert.run('1.2.4', '2.25.1')).toThrow(/UNIQUE/);
  });

  it('is STRICT: a UID must be text', () => {
    expect(() => db.prepare("INSERT INTO dicom_uid_map (old_uid, new_uid, created_at) VALUES (?, '2.25.9', 't')").run(Buffer.from('x'))).toThrow(/cannot store BLOB/);
  });

  it('finds a UID by its primary key, without a scan', () => {
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT new_uid FROM dicom_uid_map WHERE old_uid = '1.2.3'").all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/USING (INDEX|PRIMARY KEY)/);
  });
});
