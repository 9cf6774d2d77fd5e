import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StudioFailure } from '../../../shared/api/errors';
import { makeTempDir } from '../../../test/fixtures/tempLibrary';
import { migrations } from './migrations';
import type { Migration } from './migrations/migration';
import { latestVersion, runMigrations } from './runMigrations';

let temp: ReturnType<typeof makeTempDir>;
let db: Database.Database;

beforeEach(() => {
  temp = makeTempDir();
  db = new Database(path.join(temp.dir, 'library.sqlite'));
});
afterEach(() => {
  db.close();
  temp.cleanup();
});

const userVersion = () => db.pragma('user_version', { simple: true }) as number;
const tables = () =>
  db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all();

describe('runMigrations', () => {
  it('brings a fresh database to the latest schema and records it in user_version', () => {
    expect(runMigrations(db, migrations)).toBe(latestVersion(migrations));
    expect(userVersion()).toBe(latestVersion(migrations));
    expect(tables()).toEqual(expect.arrayContaining(['asset_analysis', 'assets', 'audit_log', 'posts', 'projects']));
  });

  it('does nothing on a second run', () => {
    runMigrations(db, migrations);
    db.prepare("INSERT INTO projects (id, name, created_at, updated_at) VALUES ('p', 'Kept', 'x', 'x')").run();
    const schema = db.prepare('SELECT sql FROM sqlite_master ORDER BY name').pluck().all();
    expect(runMigrations(db, migrations)).toBe(latestVersion(migrations));
    expect(db.prepare('SELECT sql FROM sqlite_master ORDER BY name').pluck().all()).toEqual(schema);
    expect(db.prepare('SELECT name FROM projects').pluck().all()).toEqual(['Kept']);
  });

  it('runs only the steps above the current version', () => {
    const ran: number[] = [];
    const list: Migration[] = [10, 20, 30].map((version) => ({ version, name: `m${version}`, up: () => ran.push(version) }));
    db.pragma('user_version = 20');
    expect(runMigrations(db, list)).toBe(30);
    expect(ran).toEqual([30]);
  });

  it('refuses a database written by a newer app with schema_too_new and leaves it untouched', () => {
    const newer = latestVersion(migrations) + 10;
    db.pragma(`user_version = ${newer}`);
    let error: unknown;
    try {
      runMigrations(db, migrations);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(StudioFailure);
    expect((error as StudioFailure).code).toBe('schema_too_new');
    expect((error as StudioFailure).message).toContain(`schema ${newer}`);
    expect((error as StudioFailure).message).toContain(`up to ${latestVersion(migrations)}`);
    expect((error as StudioFailure).message).toMatch(/Update the app/);
    expect(userVersion()).toBe(newer);
    expect(tables()).toEqual([]);
  });

  it('rolls back every step of the run when one step throws midway', () => {
    const failing: Migration = {
      version: 25,
      name: 'half-done',
      up(d) {
        d.exec('CREATE TABLE half_done (x INTEGER)');
        throw new Error('disk on fire');
      },
    };
    const list = [migrations[0], migrations[1], failing, migrations[2]];
    expect(() => runMigrations(db, list)).toThrow('disk on fire');
    expect(userVersion()).toBe(0);
    expect(tables()).toEqual([]);
    // The real list still applies cleanly afterwards.
    expect(runMigrations(db, migrations)).toBe(latestVersion(migrations));
  });

  it('rolls back the pending steps but keeps the earlier schema when upgrading fails', () => {
    runMigrations(db, migrations.slice(0, 2));
    const failing: Migration = { version: 35, name: 'boom', up: () => { throw new Error('boom'); } };
    expect(() => runMigrations(db, [...migrations.slice(0, 3), failing])).toThrow('boom');
    expect(userVersion()).toBe(migrations[1].version);
    expect(tables()).toEqual(['posts', 'projects']);
  });

  it('throws on a list whose versions do not rise strictly, before touching the database', () => {
    const up = () => db.exec('CREATE TABLE touched (x)');
    expect(() => runMigrations(db, [{ version: 10, name: 'a', up }, { version: 10, name: 'b', up }])).toThrow(/rise strictly: 10 then 10/);
    expect(() => runMigrations(db, [{ version: 20, name: 'a', up }, { version: 10, name: 'b', up }])).toThrow(/rise strictly/);
    expect(tables()).toEqual([]);
  });

  it('ships migrations numbered in rising order', () => {
    const versions = migrations.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(latestVersion([])).toBe(0);
  });
});
