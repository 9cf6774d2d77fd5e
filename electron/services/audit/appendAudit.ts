import type { Db } from '../store/openDatabase';

export type AuditEntry = {
  action: string;
  objectType: 'project' | 'post' | 'asset' | 'library' | 'patient' | 'consent' | 'takedown';
  objectId: string | null;
  // Identifiers only: patient-looking strings (file names, titles) stay out of the log.
  detail?: Record<string, string | number | boolean | null>;
};

export function appendAudit(db: Db, entry: AuditEntry): void {
  db.prepare('INSERT INTO audit_log (at, action, object_type, object_id, detail) VALUES (?, ?, ?, ?, ?)').run(
    new Date().toISOString(),
    entry.action,
    entry.objectType,
    entry.objectId,
    JSON.stringify(entry.detail ?? {}),
  );
}
