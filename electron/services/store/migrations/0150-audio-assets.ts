import type { Migration } from './migration';

// The columns in their stored order (0030, then 0060's two appended by ALTER TABLE).
const COLUMNS = [
  'id', 'project_id', 'kind', 'mime', 'bytes', 'hash', 'width', 'height', 'duration_ms',
  'original_name', 'has_thumbnail', 'imported_at', 'derived_from', 'phi_status',
].join(', ');

/**
 * Audio assets (voice-overs, music) for reels. The kind is a CHECK constraint, which SQLite
 * cannot alter: the table is rebuilt by the documented procedure (create the new table, copy,
 * drop the old, rename the new, re-create its indexes), with foreign keys off (`rebuildsTables`)
 * so the drop does not cascade into asset_links, asset_analysis or the redacted copies, and the
 * runner checks every foreign key before committing.
 */
export const m0150AudioAssets: Migration = {
  version: 150,
  name: 'audio-assets',
  rebuildsTables: true,
  up(db) {
    const indexes = db
      .prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'assets' AND sql IS NOT NULL")
      .pluck()
      .all() as string[];
    db.exec(`
      CREATE TABLE assets_rebuilt (
        id TEXT PRIMARY KEY,
        project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('image', 'video', 'dicom', 'audio')),
        mime TEXT NOT NULL,
        bytes INTEGER NOT NULL CHECK (bytes > 0),
        hash TEXT NOT NULL CHECK (length(hash) = 64),
        width INTEGER,
        height INTEGER,
        duration_ms INTEGER,
        original_name TEXT NOT NULL,
        has_thumbnail INTEGER NOT NULL DEFAULT 0,
        imported_at TEXT NOT NULL,
        derived_from TEXT REFERENCES assets (id) ON DELETE SET NULL,
        phi_status TEXT NOT NULL DEFAULT 'unchecked' CHECK (phi_status IN ('unchecked', 'holds-phi', 'clean', 'redacted')),
        UNIQUE (project_id, hash)
      ) STRICT;
      INSERT INTO assets_rebuilt (${COLUMNS}) SELECT ${COLUMNS} FROM assets;
      DROP TABLE assets;
      ALTER TABLE assets_rebuilt RENAME TO assets;
    `);
    for (const sql of indexes) db.exec(sql);
  },
};
