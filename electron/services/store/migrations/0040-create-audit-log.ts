import type { Migration } from './migration';

export const m0040CreateAuditLog: Migration = {
  version: 40,
  name: 'create-audit-log',
  up(db) {
    // Append-only by construction: the triggers refuse edits so the log can be trusted later.
    db.exec(`
      CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        action TEXT NOT NULL,
        object_type TEXT NOT NULL,
        object_id TEXT,
        detail TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(detail))
      ) STRICT;
      CREATE INDEX audit_log_by_object ON audit_log (object_type, object_id);
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
    `);
  },
};
