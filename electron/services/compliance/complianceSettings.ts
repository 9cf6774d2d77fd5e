import { StudioFailure } from '../../../shared/api/errors';
import { parsePolicyPack, PolicyPack } from '../../../shared/compliance/policyPack';
import { appendAudit } from '../audit/appendAudit';
import type { Db } from '../store/openDatabase';

// Stored per library in the settings table, like the brand kit.
const POLICY = 'compliance.policyPack';
const PROFILE = 'compliance.profileNote';

export type ComplianceSettings = { pack: PolicyPack | null; profileNote: string };

function read(db: Db, key: string): unknown {
  const raw = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(key) as string | undefined;
  return raw === undefined ? undefined : JSON.parse(raw);
}

function write(db: Db, key: string, value: unknown): void {
  db.prepare(
    'INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
  ).run(key, JSON.stringify(value), new Date().toISOString());
}

export function getComplianceSettings(db: Db): ComplianceSettings {
  const stored = read(db, POLICY);
  // A pack that no longer parses (older app wrote it) is reported rather than silently dropped.
  const parsed = stored === undefined || stored === null ? null : PolicyPack.safeParse(stored);
  if (parsed && !parsed.success) throw new StudioFailure('corrupt', 'The stored policy pack no longer reads; import it again.');
  const note = read(db, PROFILE);
  return { pack: parsed ? parsed.data : null, profileNote: typeof note === 'string' ? note : '' };
}

/** Replaces the pack (null removes it) and/or the profile note; validated, audited. */
export function setComplianceSettings(db: Db, input: { pack?: unknown; profileNote?: string }): ComplianceSettings {
  const pack = input.pack === undefined ? undefined : input.pack === null ? null : parsePolicyPack(input.pack);
  db.transaction(() => {
    if (pack !== undefined) {
      write(db, POLICY, pack);
      appendAudit(db, { action: pack ? 'policy.set' : 'policy.clear', objectType: 'library', objectId: null, detail: pack ? { name: pack.name, bannedTerms: pack.bannedTerms.length, consentAlwaysRequired: pack.consentAlwaysRequired } : {} });
    }
    if (input.profileNote !== undefined) {
      write(db, PROFILE, input.profileNote);
      appendAudit(db, { action: 'profileNote.set', objectType: 'library', objectId: null, detail: { chars: input.profileNote.length } });
    }
  })();
  return getComplianceSettings(db);
}
