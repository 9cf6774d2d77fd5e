import type { Migration } from './migration';

export const m0130CreateExportLog: Migration = {
  version: 130,
  name: 'create-export-log',
  up(db) {
    // What each export relied on, so a revocation can list every export (and its platforms)
    // that shows the patient. Ids only, no foreign keys to posts or assets: the log outlives them.
    db.exec(`
      CREATE TABLE export_log (
        export_id TEXT PRIMARY KEY,
        post_id TEXT NOT NULL,
        project_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        platforms TEXT NOT NULL CHECK (json_valid(platforms)),
        exported_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE export_log_items (
        export_id TEXT NOT NULL REFERENCES export_log (export_id),
        asset_id TEXT NOT NULL,
        patient_id INTEGER REFERENCES patients (id),
        not_clinical INTEGER NOT NULL CHECK (not_clinical IN (0, 1)),
        consent_id TEXT REFERENCES consents (id),
        consent_version INTEGER
      ) STRICT;
      CREATE INDEX export_log_items_by_export ON export_log_items (export_id);
      CREATE INDEX export_log_items_by_patient ON export_log_items (patient_id, export_id);
      CREATE TRIGGER export_log_no_update BEFORE UPDATE ON export_log
        BEGIN SELECT RAISE(ABORT, 'export_log is append-only'); END;
      CREATE TRIGGER export_log_no_delete BEFORE DELETE ON export_log
        BEGIN SELECT RAISE(ABORT, 'export_log is append-only'); END;
      CREATE TRIGGER export_log_items_no_update BEFORE UPDATE ON export_log_items
        BEGIN SELECT RAISE(ABORT, 'export_log is append-only'); END;
      CREATE TRIGGER export_log_items_no_delete BEFORE DELETE ON export_log_items
        BEGIN SELECT RAISE(ABORT, 'export_log is append-only'); END;
    `);
  },
};
