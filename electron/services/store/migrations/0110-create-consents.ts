import type { Migration } from './migration';

const isDate = (col: string) => `(${col} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND date(${col}) IS ${col})`;

export const m0110CreateConsents: Migration = {
  version: 110,
  name: 'create-consents',
  up(db) {
    // A consent is an identity (whose it is) plus numbered versions of its terms. A correction
    // inserts the next version; nothing is ever updated or deleted, so every earlier answer to
    // "who agreed to what" stays readable. Revocation is a state of its own, once per consent.
    // date(x) IS x refuses days that do not exist (2026-02-30 would roll over to March).
    db.exec(`
      CREATE TABLE consents (
        id TEXT PRIMARY KEY,
        patient_id INTEGER NOT NULL REFERENCES patients (id),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX consents_by_patient ON consents (patient_id);
      CREATE TRIGGER consents_no_delete BEFORE DELETE ON consents
        BEGIN SELECT RAISE(ABORT, 'consents are never deleted: revoke instead'); END;
      CREATE TRIGGER consents_no_update BEFORE UPDATE ON consents
        BEGIN SELECT RAISE(ABORT, 'a consent belongs to its patient for good'); END;

      CREATE TABLE consent_versions (
        consent_id TEXT NOT NULL REFERENCES consents (id),
        version INTEGER NOT NULL CHECK (version >= 1),
        kind TEXT NOT NULL CHECK (kind IN ('image', 'video', 'case-details', 'full-face')),
        signer_role TEXT NOT NULL CHECK (signer_role IN ('patient', 'representative')),
        signer_relationship TEXT CHECK (signer_relationship IS NULL OR signer_role = 'representative'),
        signed_on TEXT NOT NULL CHECK ${isDate('signed_on')},
        expires_on TEXT CHECK (expires_on IS NULL OR (${isDate('expires_on')} AND expires_on > signed_on)),
        scope TEXT NOT NULL CHECK (json_valid(scope)),
        internet_clause INTEGER NOT NULL CHECK (internet_clause IN (0, 1)),
        form_hash TEXT REFERENCES consent_forms (hash),
        correction TEXT,
        recorded_at TEXT NOT NULL,
        PRIMARY KEY (consent_id, version)
      ) STRICT;
      CREATE TRIGGER consent_versions_next BEFORE INSERT ON consent_versions
        WHEN NEW.version IS NOT (SELECT coalesce(max(version), 0) + 1 FROM consent_versions WHERE consent_id = NEW.consent_id)
        BEGIN SELECT RAISE(ABORT, 'consent versions are numbered 1, 2, 3… without gaps'); END;
      CREATE TRIGGER consent_versions_no_update BEFORE UPDATE ON consent_versions
        BEGIN SELECT RAISE(ABORT, 'consent_versions is append-only: a correction is a new version'); END;
      CREATE TRIGGER consent_versions_no_delete BEFORE DELETE ON consent_versions
        BEGIN SELECT RAISE(ABORT, 'consent_versions is append-only: a correction is a new version'); END;

      CREATE TABLE consent_revocations (
        consent_id TEXT PRIMARY KEY REFERENCES consents (id),
        revoked_on TEXT NOT NULL CHECK ${isDate('revoked_on')},
        reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        recorded_at TEXT NOT NULL
      ) STRICT;
      CREATE TRIGGER consent_revocations_no_update BEFORE UPDATE ON consent_revocations
        BEGIN SELECT RAISE(ABORT, 'a revocation stands as recorded'); END;
      CREATE TRIGGER consent_revocations_no_delete BEFORE DELETE ON consent_revocations
        BEGIN SELECT RAISE(ABORT, 'a revocation stands as recorded'); END;
    `);
  },
};
