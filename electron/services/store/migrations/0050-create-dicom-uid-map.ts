import type { Migration } from './migration';

export const m0050CreateDicomUidMap: Migration = {
  version: 50,
  name: 'create-dicom-uid-map',
  up(db) {
    // Original DICOM UID → its replacement, so every file of a study gets the same new UIDs
    // across imports and runs. UIDs only: no names, IDs or dates of any patient.
    db.exec(`
      CREATE TABLE dicom_uid_map (
        old_uid TEXT PRIMARY KEY,
        new_uid TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
