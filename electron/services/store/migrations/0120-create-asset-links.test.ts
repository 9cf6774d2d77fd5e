import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { runMigrations } from '../runMigrations';
import { migrations } from './index';

describe('migration 0120: asset links', () => {
  let db: Database.Database;
  beforeEach(() => {
    db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    runMigrations(db, migrations);
    db.prepare("INSERT INTO projects (id, name, created_at, updated_at) VALUES ('p', 'P', 't', 't')").run();
    for (const id of ['a', 'b', 'c']) {
      db.prepare("INSERT INTO assets (id, project_id, kind, mime, bytes, hash, original_name, imported_at) VALUES (?, 'p', 'image', 'image/png', 1, ?, 'x.png', 't')").run(id, id.repeat(64));
    }
    db.prepare("INSERT INTO patients (id, code, created_at, updated_at) VALUES (1, 'PT-0042', 't', 't')").run();
  });
  const link = (asset: string, patient: number | null, notClinical: 0 | 1) =>
    db.prepare("INSERT INTO asset_links (asset_id, patient_id, not_clinical, linked_at) VALUES (?, ?, ?, 't')").run(asset, patient, notClinical);

  it('links an asset to one patient or marks it not clinical, never both nor neither', () => {
    link('a', 1, 0);
    link('b', null, 1);
    expect(() => link('a', null, 1)).toThrow(/UNIQUE|PRIMARY/);
    expect(() => link('c', 1, 1)).toThrow(/CHECK/);
    expect(() => link('c', null, 0)).toThrow(/CHECK/);
    expect(() => link('c', 99, 0)).toThrow(/FOREIGN KEY/);
  });

  it('goes with its asset, and finds a patient’s assets through the index', () => {
    link('a', 1, 0);
    db.prepare("DELETE FROM assets WHERE id = 'a'").run();
    expect(db.prepare('SELECT count(*) FROM asset_links').pluck().get()).toBe(0);
    const plan = db.prepare('EXPLAIN QUERY PLAN SELECT asset_id FROM asset_links WHERE patient_id = ?').all(1) as { detail: string }[];
    expect(plan.map((p) => p.detail).join('\n')).toMatch(/USING (COVERING )?INDEX asset_links_by_patient/);
  });
});
