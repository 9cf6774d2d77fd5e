import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runMigrations } from '../runMigrations';
import { migrations } from './index';

describe('migration 0100: consent forms', () => {
  it('holds forms by SHA-256, append-only, PDF/JPEG/PNG only', () => {
    const db = new Database(':memory:');
    runMigrations(db, migrations);
    const add = (hash: string, mime = 'application/pdf') => db.prepare("INSERT INTO consent_forms (hash, mime, bytes, stored_at) VALUES (?, ?, 10, 't')").run(hash, mime);
    add('a'.repeat(64));
    expect(() => add('A'.repeat(64))).toThrow(/CHECK/);
    expect(() => add('b'.repeat(64), 'text/html')).toThrow(/CHECK/);
    expect(() => db.prepare('UPDATE consent_forms SET bytes = 11').run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM consent_forms').run()).toThrow(/append-only/);
  });
});
