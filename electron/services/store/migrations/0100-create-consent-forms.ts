import type { Migration } from './migration';

export const m0100CreateConsentForms: Migration = {
  version: 100,
  name: 'create-consent-forms',
  up(db) {
    // Signed forms are stored once by content (forms/<2 hex>/<sha256>), like assets; the hash is
    // checked on every read. A form is evidence: its row is never changed or removed.
    db.exec(`
      CREATE TABLE consent_forms (
        hash TEXT PRIMARY KEY CHECK (length(hash) = 64 AND hash NOT GLOB '*[^0-9a-f]*'),
        mime TEXT NOT NULL CHECK (mime IN ('application/pdf', 'image/jpeg', 'image/png')),
        bytes INTEGER NOT NULL CHECK (bytes > 0),
        stored_at TEXT NOT NULL
      ) STRICT;
      CREATE TRIGGER consent_forms_no_update BEFORE UPDATE ON consent_forms
        BEGIN SELECT RAISE(ABORT, 'consent_forms is append-only'); END;
      CREATE TRIGGER consent_forms_no_delete BEFORE DELETE ON consent_forms
        BEGIN SELECT RAISE(ABORT, 'consent_forms is append-only'); END;
    `);
  },
};
