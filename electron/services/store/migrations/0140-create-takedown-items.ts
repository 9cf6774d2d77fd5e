import type { Migration } from './migration';

export const m0140CreateTakedownItems: Migration = {
  version: 140,
  name: 'create-takedown-items',
  up(db) {
    // One line of a revocation's takedown checklist: take this export down from this platform.
    // Only the tick may change (each tick is also written to the audit log); lines stay.
    db.exec(`
      CREATE TABLE takedown_items (
        id INTEGER PRIMARY KEY,
        consent_id TEXT NOT NULL REFERENCES consents (id),
        export_id TEXT NOT NULL REFERENCES export_log (export_id),
        platform TEXT NOT NULL,
        created_at TEXT NOT NULL,
        ticked_at TEXT,
        UNIQUE (consent_id, export_id, platform)
      ) STRICT;
      CREATE TRIGGER takedown_items_only_tick BEFORE UPDATE OF id, consent_id, export_id, platform, created_at ON takedown_items
        BEGIN SELECT RAISE(ABORT, 'only the tick of a takedown item changes'); END;
      CREATE TRIGGER takedown_items_no_delete BEFORE DELETE ON takedown_items
        BEGIN SELECT RAISE(ABORT, 'takedown items are kept'); END;
    `);
  },
};
