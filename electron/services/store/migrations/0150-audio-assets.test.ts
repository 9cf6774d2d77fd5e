import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../../test/fixtures/tempLibrary';
import { runMigrations } from '../runMigrations';
import type { Migration } from './migration';
import { migrations } from './index';

const before150 = migrations.filter((m) => m.version < 150);
const m150 = migrations.find((m) => m.version === 150)!;

let temp: ReturnType<typeof makeTempDir>;
let db: Database.Database;

const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
const insertAsset = (id: string, kind: string, derivedFrom: string | null = null) =>
  db
    .prepare("INSERT INTO assets (id, project_id, kind, mime, bytes, hash, original_name, imported_at, derived_from) VALUES (?, 'p', ?, 'x/y', 1, ?, 'f', 't', ?)")
    .run(id, kind, id.repeat(64).slice(0, 64), derivedFrom);

// A library as issue 7 left it, on disk in WAL mode with foreign keys on (as openDatabase opens
// it): an original, its redacted copy, links, a scan, a patient.
beforeEach(() => {
  temp = makeTempDir('m150-');
  db = new Database(path.join(temp.dir, 'library.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  runMigrations(db, before150);
  db.prepare("INSERT INTO projects (id, name, created_at, updated_at) VALUES ('p', 'P', 't', 't')").run();
  db.prepare("INSERT INTO patients (id, code, created_at, updated_at) VALUES (1, 'PT-0042', 't', 't')").run();
  insertAsset('a', 'image');
  insertAsset('b', 'image', 'a');
  insertAsset('c', 'video');
  db.prepare("UPDATE assets SET phi_status = 'redacted' WHERE id = 'b'").run();
  db.prepare("INSERT INTO asset_links (asset_id, patient_id, not_clinical, linked_at) VALUES ('a', 1, 0, 't'), ('c', NULL, 1, 't')").run();
  db.prepare("INSERT INTO asset_analysis (asset_id, analyzed_at, width, height, findings, metadata) VALUES ('a', 't', 1, 1, '[]', '[]'), ('c', 't', 1, 1, '[]', '[]')").run();
});
afterEach(() => {
  db.close();
  temp.cleanup();
});

describe('migration 0150: audio assets', () => {
  it('keeps every asset, link, scan and redacted copy, with foreign keys still checked', () => {
    const assets = db.prepare('SELECT * FROM assets ORDER BY id').all();
    const links = db.prepare('SELECT * FROM asset_links ORDER BY asset_id').all();
    const scans = db.prepare('SELECT * FROM asset_analysis ORDER BY asset_id').all();
    runMigrations(db, migrations);
    expect(db.prepare('SELECT * FROM assets ORDER BY id').all()).toEqual(assets);
    expect(db.prepare('SELECT * FROM asset_links ORDER BY asset_id').all()).toEqual(links);
    expect(db.prepare('SELECT * FROM asset_analysis ORDER BY asset_id').all()).toEqual(scans);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    // Switched back on after the rebuild, and the rebuilt table's keys act as before.
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(() => insertAsset('d', 'image', 'nowhere')).toThrow(/FOREIGN KEY/);
    db.prepare("DELETE FROM assets WHERE id = 'a'").run();
    expect(db.prepare("SELECT derived_from FROM assets WHERE id = 'b'").pluck().get()).toBeNull();
    expect([count('asset_links'), count('asset_analysis')]).toEqual([1, 1]);
  });

  it('accepts audio and still refuses an unknown kind', () => {
    runMigrations(db, migrations);
    insertAsset('m', 'audio');
    expect(db.prepare("SELECT kind FROM assets WHERE id = 'm'").pluck().get()).toBe('audio');
    expect(() => insertAsset('n', 'hologram')).toThrow(/CHECK/);
  });

  it('re-creates the indexes of the old table', () => {
    const names = () => db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'assets' AND sql IS NOT NULL ORDER BY name").pluck().all();
    const before = names();
    runMigrations(db, migrations);
    expect(names()).toEqual(before);
    expect(before).toEqual(['assets_by_hash', 'assets_by_origin', 'assets_by_project']);
  });

  it('is needed: the same rebuild with foreign keys on would cascade-delete links and scans', () => {
    // Why rebuildsTables exists: without it, DROP TABLE deletes each row first and the ON DELETE
    // CASCADE of asset_links and asset_analysis follows.
    const careless: Migration = { version: 150, name: 'careless', up: m150.up };
    runMigrations(db, [...before150, careless]);
    expect([count('asset_links'), count('asset_analysis')]).toEqual([0, 0]);
  });

  it('rolls the whole update back when a foreign key would break, and leaves foreign keys on', () => {
    const breaks: Migration = {
      version: 155,
      name: 'breaks',
      up: (d) => d.exec("INSERT INTO asset_links (asset_id, patient_id, not_clinical, linked_at) VALUES ('ghost', NULL, 1, 't')"),
    };
    expect(() => runMigrations(db, [...before150, m150, breaks])).toThrow(/point at missing rows \(asset_links → assets\)/);
    expect(db.pragma('user_version', { simple: true })).toBe(140);
    expect(() => insertAsset('m', 'audio')).toThrow(/CHECK/);
    expect(count('asset_links')).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });
});
