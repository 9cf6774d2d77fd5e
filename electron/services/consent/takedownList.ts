import { StudioFailure } from '../../../shared/api/errors';
import { appendAudit } from '../audit/appendAudit';
import type { Db } from '../store/openDatabase';
import { stmt } from './preparedStatements';

export type TakedownItem = {
  id: number;
  consentId: string;
  patientCode: string;
  exportId: string;
  postId: string;
  projectId: string;
  exportKind: string;
  exportedAt: string;
  /** A platform id, or "unspecified" when the exported post named no platform. */
  platform: string;
  /** The assets of that export that show the patient. */
  assetIds: string[];
  createdAt: string;
  tickedAt: string | null;
};

type Row = {
  id: number;
  consent_id: string;
  code: string;
  export_id: string;
  post_id: string;
  project_id: string;
  kind: string;
  exported_at: string;
  platform: string;
  assets: string;
  created_at: string;
  ticked_at: string | null;
};

const SELECT = `
  SELECT t.id, t.consent_id, p.code, t.export_id, e.post_id, e.project_id, e.kind, e.exported_at, t.platform, t.created_at, t.ticked_at,
         (SELECT json_group_array(DISTINCT i.asset_id) FROM export_log_items i WHERE i.export_id = t.export_id AND i.patient_id = c.patient_id) AS assets
  FROM takedown_items t
  JOIN consents c ON c.id = t.consent_id
  JOIN patients p ON p.id = c.patient_id
  JOIN export_log e ON e.export_id = t.export_id`;

function toItem(r: Row): TakedownItem {
  return {
    id: r.id,
    consentId: r.consent_id,
    patientCode: r.code,
    exportId: r.export_id,
    postId: r.post_id,
    projectId: r.project_id,
    exportKind: r.kind,
    exportedAt: r.exported_at,
    platform: r.platform,
    assetIds: JSON.parse(r.assets) as string[],
    createdAt: r.created_at,
    tickedAt: r.ticked_at,
  };
}

/** The takedown checklist: of one consent, or every one; `open` keeps the lines not yet ticked. */
export function takedownItems(db: Db, filter: { consentId?: string; open?: boolean } = {}): TakedownItem[] {
  const where = [filter.consentId ? 't.consent_id = @consentId' : null, filter.open ? 't.ticked_at IS NULL' : null].filter(Boolean);
  const sql = `${SELECT}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY t.created_at DESC, e.exported_at DESC, t.id`;
  return (stmt(db, sql).all(filter.consentId ? { consentId: filter.consentId } : {}) as Row[]).map(toItem);
}

/** Ticks a line off (or back on); each change goes to the audit log, which keeps the history. */
export function tickTakedown(db: Db, id: number, ticked: boolean, now = new Date().toISOString()): TakedownItem {
  return db.transaction(() => {
    const row = stmt(db, `${SELECT} WHERE t.id = ?`).get(id) as Row | undefined;
    if (!row) throw new StudioFailure('not_found', `There is no takedown item ${id}.`);
    stmt(db, 'UPDATE takedown_items SET ticked_at = ? WHERE id = ?').run(ticked ? now : null, id);
    appendAudit(db, {
      action: ticked ? 'takedown.tick' : 'takedown.untick',
      objectType: 'takedown',
      objectId: String(id),
      detail: { consent: row.consent_id, export: row.export_id, platform: row.platform },
    });
    return toItem(stmt(db, `${SELECT} WHERE t.id = ?`).get(id) as Row);
  }).immediate();
}
