import type { Migration } from './migration';

export const m0080CreateSettings: Migration = {
  version: 80,
  name: 'create-settings',
  up(db) {
    // Library-wide settings (the brand kit first), one JSON value per key.
    db.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL CHECK (json_valid(value)),
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
