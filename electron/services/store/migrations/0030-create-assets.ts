import type { Migration } from './migration';

export const m0030CreateAssets: Migration = {
  version: 30,
  name: 'create-assets',
  up(db) {
    db.exec(`
      CREATE TABLE assets (
        id TEXT PRIMARY KEY,
        project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('image', 'video', 'dicom')),
        mime TEXT NOT NULL,
        bytes INTEGER NOT NULL CHECK (bytes > 0),
        hash TEXT NOT NULL CHECK (length(hash) = 64),
        width INTEGER,
        height INTEGER,
        duration_ms INTEGER,
        original_name TEXT NOT NULL,
        has_thumbnail INTEGER NOT NULL DEFAULT 0,
        imported_at TEXT NOT NULL,
        UNIQUE (project_id, hash)
      ) STRICT;
      CREATE INDEX assets_by_project ON assets (project_id, imported_at);
      CREATE INDEX assets_by_hash ON assets (hash);
    `);
  },
};
