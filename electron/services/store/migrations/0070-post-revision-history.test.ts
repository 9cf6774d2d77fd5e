import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runMigrations } from '../runMigrations';
import { migrations } from './index';

describe('migration 0070: post revision and history', () => {
  it('gives existing posts revision 0 and no history, and refuses a history that is not JSON', () => {
    const db = new Database(':memory:');
    runMigrations(db, migrations.filter((m) => m.version < 70));
    db.prepare("INSERT INTO projects (id, name, created_at, updated_at) VALUES ('p', 'P', 't', 't')").run();
    db.prepare(
      "INSERT INTO posts (id, project_id, title, format, platforms, document, document_version, created_at, updated_at) VALUES ('a', 'p', 'T', 'carousel', '[]', '{}', 1, 't', 't')",
    ).run();
    runMigrations(db, migrations);
    expect(db.prepare("SELECT revision, history FROM posts WHERE id = 'a'").get()).toEqual({ revision: 0, history: null });
    expect(() => db.prepare("UPDATE posts SET history = 'not json' WHERE id = 'a'").run()).toThrow(/CHECK/);
  });
});
