import type { Migration } from './migration';

export const m0070PostRevisionHistory: Migration = {
  version: 70,
  name: 'post-revision-history',
  up(db) {
    // revision: bumped on every document save so two windows cannot silently overwrite each
    // other; history: the editor's undo stacks, saved with the document they belong to.
    db.exec(`
      ALTER TABLE posts ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE posts ADD COLUMN history TEXT CHECK (history IS NULL OR json_valid(history));
    `);
  },
};
