import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { runMigrations } from '../runMigrations';
import { migrations } from './index';

const scope = JSON.stringify({ platforms: ['instagram'], media: ['image'], features: [], purposes: ['education'] });

describe('migration 0110: consents, versions and revocations', () => {
  let db: Database.Database;
  beforeEach(() => {
    db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    runMigrations(db, migrations);
    db.prepare("INSERT INTO patients (id, code, created_at, updated_at) VALUES (1, 'PT-0042', 't', 't')").run();
    db.prepare("INSERT INTO consents (id, patient_id, created_at) VALUES ('c1', 1, 't')").run();
  });
  const version = (v: number, signed = '2026-01-10', expires: string | null = null) =>
    db
      .prepare(
        "INSERT INTO consent_versions (consent_id, version, kind, signer_role, signed_on, expires_on, scope, internet_clause, recorded_at) VALUES ('c1', ?, 'image', 'patient', ?, ?, ?, 0, 't')",
      )
      .run(v, signed, expires, scope);

  it('numbers versions 1, 2, 3 without gaps and never changes or deletes one', () => {
    version(1);
    expect(() => version(3)).toThrow(/without gaps/);
    version(2, '2026-01-11');
    expect(() => db.prepare("UPDATE consent_versions SET signed_on = '2026-01-01'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM consent_versions').run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM consents').run()).toThrow(/never deleted/);
    expect(() => db.prepare('UPDATE consents SET patient_id = 1').run()).toThrow(/for good/);
    expect(db.prepare('SELECT version, signed_on FROM consent_versions ORDER BY version').all()).toEqual([
      { version: 1, signed_on: '2026-01-10' },
      { version: 2, signed_on: '2026-01-11' },
    ]);
  });

  it('refuses dates that do not exist and an expiry not after signing', () => {
    expect(() => version(1, '2026-02-30')).toThrow(/CHECK/);
    expect(() => version(1, '2026-1-10')).toThrow(/CHECK/);
    expect(() => version(1, '2026-01-10', '2026-01-10')).toThrow(/CHECK/);
    version(1, '2026-01-10', '2027-01-10');
  });

  it('records one revocation per consent, for good', () => {
    const revoke = () => db.prepare("INSERT INTO consent_revocations (consent_id, revoked_on, reason, recorded_at) VALUES ('c1', '2026-11-02', 'patient request', 't')").run();
    revoke();
    expect(revoke).toThrow(/UNIQUE|PRIMARY/);
    expect(() => db.prepare("UPDATE consent_revocations SET reason = 'x'").run()).toThrow(/stands/);
    expect(() => db.prepare('DELETE FROM consent_revocations').run()).toThrow(/stands/);
  });

  it('finds a patient’s consents through the index', () => {
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT v.* FROM consents c
         JOIN consent_versions v ON v.consent_id = c.id AND v.version = (SELECT max(version) FROM consent_versions WHERE consent_id = c.id)
         WHERE c.patient_id = ?`,
      )
      .all(1) as { detail: string }[];
    const details = plan.map((p) => p.detail).join('\n');
    expect(details).toMatch(/SEARCH c USING (COVERING )?INDEX consents_by_patient \(patient_id=\?\)/);
    expect(details).toMatch(/SEARCH v USING INDEX sqlite_autoindex_consent_versions_1 \(consent_id=\? AND version=\?\)/);
    expect(details).not.toMatch(/SCAN (c|v)\b/);
  });
});
