import type { Migration } from './migration';

export const m0010CreateProjects: Migration = {
  version: 10,
  name: 'create-projects',
  up(db) {
    db.exec(`
      CREATE TABLE projects (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        trashed_at TEXT
      ) STRICT;
      CREATE INDEX projects_by_recency ON projects (trashed_at, updated_at DESC, id);
    `);
  },
};
