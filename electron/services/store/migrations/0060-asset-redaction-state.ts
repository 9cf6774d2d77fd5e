import type { Migration } from './migration';

export const m0060AssetRedactionState: Migration = {
  version: 60,
  name: 'asset-redaction-state',
  up(db) {
    // phi_status: what we know of an asset's identifiers. A redacted copy points at its original
    // (derived_from), which stays in the library marked as holding PHI.
    db.exec(`
      ALTER TABLE assets ADD COLUMN derived_from TEXT REFERENCES assets (id) ON DELETE SET NULL;
      ALTER TABLE assets ADD COLUMN phi_status TEXT NOT NULL DEFAULT 'unchecked'
        CHECK (phi_status IN ('unchecked', 'holds-phi', 'clean', 'redacted'));
      CREATE INDEX assets_by_origin ON assets (derived_from);
      CREATE TABLE asset_analysis (
        asset_id TEXT PRIMARY KEY REFERENCES assets (id) ON DELETE CASCADE,
        analyzed_at TEXT NOT NULL,
        width INTEGER NOT NULL,
        height INTEGER NOT NULL,
        findings TEXT NOT NULL CHECK (json_valid(findings)),
        metadata TEXT NOT NULL CHECK (json_valid(metadata))
      ) STRICT;
    `);
  },
};
