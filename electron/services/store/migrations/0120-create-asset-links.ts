import type { Migration } from './migration';

export const m0120CreateAssetLinks: Migration = {
  version: 120,
  name: 'create-asset-links',
  up(db) {
    // An asset shows one patient, or is marked "no patient / not clinical" (a diagram, a slide
    // of text); no row means nobody has said yet. Relinking is a plain update, audited.
    db.exec(`
      CREATE TABLE asset_links (
        asset_id TEXT PRIMARY KEY REFERENCES assets (id) ON DELETE CASCADE,
        patient_id INTEGER REFERENCES patients (id),
        not_clinical INTEGER NOT NULL DEFAULT 0 CHECK (not_clinical IN (0, 1)),
        linked_at TEXT NOT NULL,
        CHECK ((patient_id IS NULL) = (not_clinical = 1))
      ) STRICT;
      CREATE INDEX asset_links_by_patient ON asset_links (patient_id);
    `);
  },
};
