import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runMigrations } from '../runMigrations';
import { migrations } from './index';

describe('migration 0140: takedown items', () => {
  it('keeps every line; only the tick changes', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    runMigrations(db, migrations);
    db.prepare("INSERT INTO patients (id, code, created_at, updated_at) VALUES (1, 'PT-0042', 't', 't')").run();
    db.prepare("INSERT INTO consents (id, patient_id, created_at) VALUES ('c1', 1, 't')").run();
    db.prepare("INSERT INTO export_log (export_id, post_id, project_id, kind, platforms, exported_at) VALUES ('e1', 'post', 'p', 'png', '[]', 't')").run();
    const add = () => db.prepare("INSERT INTO takedown_items (consent_id, export_id, platform, created_at) VALUES ('c1', 'e1', 'instagram', 't')").run();
    add();
    expect(add).toThrow(/UNIQUE/);
    db.prepare("UPDATE takedown_items SET ticked_at = 'now'").run();
    expect(db.prepare('SELECT ticked_at FROM takedown_items').pluck().get()).toBe('now');
    expect(() => db.prepare("UPDATE takedown_items SET platform = 'x'").run()).toThrow(/only the tick/);
    expect(() => db.prepare('DELETE FROM takedown_items').run()).toThrow(/kept/);
  });
});
