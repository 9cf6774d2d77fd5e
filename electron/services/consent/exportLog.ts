import type { PlatformId } from '../../../shared/model/platforms';
import { inForceOn } from '../../../shared/consent/consentStatus';
import type { Db } from '../store/openDatabase';
import { linksOf } from './assetLinks';
import { consentsOfPatientId } from './consentStore';
import { coverageForAssets } from './coverageLookup';
import { stmt } from './preparedStatements';

export type ExportRecord = {
  exportId: string;
  postId: string;
  projectId: string;
  kind: string;
  platforms: readonly PlatformId[];
  assetIds: readonly string[];
  date: string;
};

/**
 * Writes down what an export relied on: each asset, its patient (or "not clinical") and the
 * consents that covered it on the post's platforms that day. With no platform chosen, every
 * consent of the patient still in force that day counts. An asset nothing covered is logged
 * with its patient and no consent, so a later revocation still finds the export.
 */
export function recordExport(db: Db, record: ExportRecord, now = new Date().toISOString()): void {
  db.transaction(() => {
    stmt(db, 'INSERT INTO export_log (export_id, post_id, project_id, kind, platforms, exported_at) VALUES (?, ?, ?, ?, ?, ?)').run(
      record.exportId,
      record.postId,
      record.projectId,
      record.kind,
      JSON.stringify(record.platforms),
      now,
    );
    const insert = stmt(
      db,
      'INSERT INTO export_log_items (export_id, asset_id, patient_id, not_clinical, consent_id, consent_version) VALUES (?, ?, ?, ?, ?, ?)',
    );
    const idOf = stmt(db, 'SELECT id FROM patients WHERE code = ?').pluck();
    const links = linksOf(db, record.assetIds);
    const covering = new Map<string, Set<string>>();
    for (const platform of record.platforms) {
      for (const a of coverageForAssets(db, { assetIds: record.assetIds, platform, date: record.date }).assets) {
        const set = covering.get(a.assetId) ?? new Set<string>();
        for (const id of a.consentIds) set.add(id);
        covering.set(a.assetId, set);
      }
    }
    for (const assetId of record.assetIds) {
      const link = links.get(assetId) ?? null;
      if (link === null || 'notClinical' in link) {
        insert.run(record.exportId, assetId, null, link ? 1 : 0, null, null);
        continue;
      }
      const patientId = idOf.get(link.patientCode) as number;
      const consents = consentsOfPatientId(db, patientId);
      const relied =
        record.platforms.length > 0
          ? consents.filter((c) => covering.get(assetId)?.has(c.id))
          : consents.filter((c) => inForceOn(c, record.date));
      if (relied.length === 0) insert.run(record.exportId, assetId, patientId, 0, null, null);
      for (const c of relied) insert.run(record.exportId, assetId, patientId, 0, c.id, c.version);
    }
  })();
}

export type LoggedExport = { exportId: string; postId: string; projectId: string; kind: string; platforms: PlatformId[]; exportedAt: string; assetIds: string[] };

/** Every export that showed the patient, newest first. */
export function exportsShowingPatient(db: Db, patientId: number): LoggedExport[] {
  const rows = stmt(
    db,
    `SELECT e.export_id, e.post_id, e.project_id, e.kind, e.platforms, e.exported_at,
            (SELECT json_group_array(DISTINCT i2.asset_id) FROM export_log_items i2 WHERE i2.export_id = e.export_id AND i2.patient_id = @patient) AS assets
     FROM export_log e WHERE e.export_id IN (SELECT export_id FROM export_log_items WHERE patient_id = @patient)
     ORDER BY e.exported_at DESC, e.export_id`,
  ).all({ patient: patientId }) as { export_id: string; post_id: string; project_id: string; kind: string; platforms: string; exported_at: string; assets: string }[];
  return rows.map((r) => ({
    exportId: r.export_id,
    postId: r.post_id,
    projectId: r.project_id,
    kind: r.kind,
    platforms: JSON.parse(r.platforms) as PlatformId[],
    exportedAt: r.exported_at,
    assetIds: JSON.parse(r.assets) as string[],
  }));
}
