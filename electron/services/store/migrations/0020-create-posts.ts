import type { Migration } from './migration';

export const m0020CreatePosts: Migration = {
  version: 20,
  name: 'create-posts',
  up(db) {
    db.exec(`
      CREATE TABLE posts (
        id TEXT PRIMARY KEY,
        project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        format TEXT NOT NULL CHECK (format IN ('carousel', 'single', 'reel', 'thread')),
        platforms TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(platforms)),
        document TEXT NOT NULL CHECK (json_valid(document)),
        document_version INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX posts_by_project ON posts (project_id, created_at);
    `);
  },
};
