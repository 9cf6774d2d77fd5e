import type { Migration } from './migration';

export const m0090CreatePatients: Migration = {
  version: 90,
  name: 'create-patients',
  up(db) {
    // The code is the patient's pseudonym everywhere; the name, if typed, never leaves this table.
    // A patient is never deleted: their consents (and revocations) are the record.
    db.exec(`
      CREATE TABLE patients (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 3 AND 32 AND code GLOB '[A-Z]*-*' AND code NOT GLOB '*[^A-Z0-9-]*'),
        name TEXT CHECK (name IS NULL OR length(name) BETWEEN 1 AND 200),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE TRIGGER patients_no_delete BEFORE DELETE ON patients
        BEGIN SELECT RAISE(ABORT, 'patients are never deleted'); END;
      CREATE TRIGGER patients_code_fixed BEFORE UPDATE OF code ON patients WHEN NEW.code IS NOT OLD.code
        BEGIN SELECT RAISE(ABORT, 'a patient code never changes'); END;
    `);
  },
};
