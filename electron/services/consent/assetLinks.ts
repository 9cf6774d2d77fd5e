import { StudioFailure } from '../../../shared/api/errors';
import type { AssetLink } from '../../../shared/consent/coverage';
import { appendAudit } from '../audit/appendAudit';
import type { Db } from '../store/openDatabase';
import { patientIdOf } from './patientStore';
import { stmt } from './preparedStatements';

export type LinkTarget = { patientCode: string } | { notClinical: true };

/** Links an asset to one patient, or marks it "no patient / not clinical"; replaces any earlier link. */
export function linkAsset(db: Db, assetId: string, target: LinkTarget, now = new Date().toISOString()): { assetId: string; link: LinkTarget } {
  return db.transaction(() => {
    if (!stmt(db, 'SELECT 1 FROM assets WHERE id = ?').get(assetId)) throw new StudioFailure('not_found', `There is no asset ${assetId} in the library.`);
    const patientId = 'patientCode' in target ? patientIdOf(db, target.patientCode) : null;
    stmt(
      db,
      `INSERT INTO asset_links (asset_id, patient_id, not_clinical, linked_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (asset_id) DO UPDATE SET patient_id = excluded.patient_id, not_clinical = excluded.not_clinical, linked_at = excluded.linked_at`,
    ).run(assetId, patientId, patientId === null ? 1 : 0, now);
    const link: LinkTarget = 'patientCode' in target ? { patientCode: stmt(db, 'SELECT code FROM patients WHERE id = ?').pluck().get(patientId) as string } : { notClinical: true };
    appendAudit(db, { action: 'asset.link', objectType: 'asset', objectId: assetId, detail: 'patientCode' in link ? { patient: link.patientCode } : { notClinical: true } });
    return { assetId, link };
  }).immediate();
}

type LinkRow = { asset_id: string; code: string | null; not_clinical: number };

/**
 * The link of each asset. A redacted copy has no link of its own unless given one: it shows
 * the same patient as the asset it was made from, so it inherits that link.
 */
export function linksOf(db: Db, assetIds: readonly string[]): Map<string, AssetLink> {
  const own = stmt(db, 'SELECT l.asset_id, p.code, l.not_clinical FROM asset_links l LEFT JOIN patients p ON p.id = l.patient_id WHERE l.asset_id = ?');
  const parent = stmt(db, 'SELECT derived_from FROM assets WHERE id = ?').pluck();
  const out = new Map<string, AssetLink>();
  for (const id of assetIds) {
    let link: AssetLink = null;
    let at: string | null = id;
    for (let hops = 0; at !== null && link === null && hops < 8; hops++) {
      const row = own.get(at) as LinkRow | undefined;
      if (row) link = row.not_clinical === 1 ? { notClinical: true } : { patientCode: row.code! };
      else at = (parent.get(at) as string | null | undefined) ?? null;
    }
    out.set(id, link);
  }
  return out;
}
