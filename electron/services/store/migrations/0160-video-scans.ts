import type { Migration } from './migration';

export const m0160VideoScans: Migration = {
  version: 160,
  name: 'video-scans',
  up(db) {
    // The last scan of a video asset: timed findings (source pixels, source milliseconds) and
    // identifying container tags, as JSON checked by shared/reel/timedFindings.ts when read.
    db.exec(`
      CREATE TABLE video_scans (
        asset_id TEXT PRIMARY KEY REFERENCES assets (id) ON DELETE CASCADE,
        scanned_at TEXT NOT NULL,
        width INTEGER NOT NULL,
        height INTEGER NOT NULL,
        duration_ms INTEGER NOT NULL,
        samples INTEGER NOT NULL,
        findings TEXT NOT NULL CHECK (json_valid(findings)),
        metadata TEXT NOT NULL CHECK (json_valid(metadata))
      ) STRICT;
    `);
  },
};
