import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runMigrations } from '../runMigrations';
import { migrations } from './index';

describe('migration 0130: export log', () => {
  it('is append-only and finds a patient’s exports through the index', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    runMigrations(db, migrations);
    db.prepare("INSERT INTO patients (id, code, created_at, updated_at) VALUES (1, 'PT-0042', 't', 't')").run();
    db.prepare("INSERT INTO export_log (export_id, post_id, project_id, kind, platforms, exported_at) VALUES ('e1', 'post', 'p', 'png', '[\"instagram\"]', 't')").run();
    db.prepare("INSERT INTO export_log_items (export_id, asset_id, patient_id, not_clinical) VALUES ('e1', 'a', 1, 0)").run();
    expect(() => db.prepare("INSERT INTO export_log_items (export_id, asset_id, patient_id, not_clinical) VALUES ('nope', 'a', 1, 0)").run()).toThrow(/FOREIGN KEY/);
    for (const sql of ["UPDATE export_log SET kind = 'pdf'", 'DELETE FROM export_log', 'UPDATE export_log_items SET patient_id = NULL', 'DELETE FROM export_log_items']) {
      expect(() => db.prepare(sql).run(), sql).toThrow(/append-only/);
    }
    const plan = db.prepare('EXPLAIN QUERY PLAN SELECT DISTINCT export_id FROM export_log_items WHERE patient_id = ?').all(1) as { detail: string }[];
    expect(plan.map((p) => p.detail).join('\n')).toMatch(/USING (COVERING )?INDEX export_log_items_by_patient/);
  });
});
