import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StudioFailure } from '../../../shared/api/errors';
import { makeTempDir } from '../../../test/fixtures/tempLibrary';
import { migrations } from './migrations';
import { openDatabase } from './openDatabase';
import { latestVersion } from './runMigrations';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

function openError(file: string): StudioFailure {
  try {
    openDatabase(file).db.close();
  } catch (err) {
    expect(err).toBeInstanceOf(StudioFailure);
    return err as StudioFailure;
  }
  throw new Error('expected openDatabase to fail');
}

describe('openDatabase', () => {
  it('creates a migrated database with WAL journaling and foreign keys on', () => {
    const { db, schemaVersion } = openDatabase(path.join(temp.dir, 'library.sqlite'));
    try {
      expect(schemaVersion).toBe(latestVersion(migrations));
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('user_version', { simple: true })).toBe(latestVersion(migrations));
    } finally {
      db.close();
    }
  });

  it('refuses a file that is not SQLite with code corrupt', () => {
    const file = path.join(temp.dir, 'library.sqlite');
    fs.writeFileSync(file, Buffer.alloc(8192, 'this is not a database '));
    const err = openError(file);
    expect(err.code).toBe('corrupt');
    expect(err.message).toContain(file);
    expect(err.message).toMatch(/not a readable SQLite file/);
  });

  it('refuses a library written by a newer app with schema_too_new', () => {
    const file = path.join(temp.dir, 'library.sqlite');
    const first = openDatabase(file);
    first.db.pragma(`user_version = ${latestVersion(migrations) + 1}`);
    first.db.close();
    expect(openError(file).code).toBe('schema_too_new');
  });

  it('reopens an existing library without migrating again', () => {
    const file = path.join(temp.dir, 'library.sqlite');
    const first = openDatabase(file);
    first.db.prepare("INSERT INTO projects (id, name, created_at, updated_at) VALUES ('p1', 'Knee', 'a', 'a')").run();
    first.db.close();
    const again = openDatabase(file);
    try {
      expect(again.db.prepare('SELECT name FROM projects').pluck().all()).toEqual(['Knee']);
    } finally {
      again.db.close();
    }
  });

  it('looks up the assets of a project through the assets_by_project index', () => {
    const { db } = openDatabase(path.join(temp.dir, 'library.sqlite'));
    try {
      const plan = db
        .prepare('EXPLAIN QUERY PLAN SELECT * FROM assets WHERE project_id = ? ORDER BY imported_at, id')
        .all('p1') as { detail: string }[];
      expect(plan.map((row) => row.detail).join('\n')).toMatch(/USING INDEX assets_by_project \(project_id=\?\)/);
    } finally {
      db.close();
    }
  });

  it('enforces the schema: unknown post formats and cascading deletes', () => {
    const { db } = openDatabase(path.join(temp.dir, 'library.sqlite'));
    try {
      db.prepare("INSERT INTO projects (id, name, created_at, updated_at) VALUES ('p1', 'Knee', 'a', 'a')").run();
      const insertPost = db.prepare(
        "INSERT INTO posts (id, project_id, title, format, document, document_version, created_at, updated_at) VALUES (?, ?, 't', ?, '{}', 1, 'a', 'a')",
      );
      expect(() => insertPost.run('x', 'p1', 'poster')).toThrow(/CHECK constraint/);
      expect(() => insertPost.run('y', 'missing', 'single')).toThrow(/FOREIGN KEY/);
      insertPost.run('z', 'p1', 'single');
      db.prepare("DELETE FROM projects WHERE id = 'p1'").run();
      expect(db.prepare('SELECT count(*) FROM posts').pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });
});
