import { StudioFailure } from '../../../shared/api/errors';
import type { Asset, AssetKind, PhiStatus } from '../../../shared/model/asset';
import type { Db } from '../store/openDatabase';

export type AssetRow = {
  id: string;
  project_id: string;
  kind: AssetKind;
  mime: string;
  bytes: number;
  hash: string;
  width: number | null;
  height: number | null;
  duration_ms: number | null;
  original_name: string;
  has_thumbnail: number;
  imported_at: string;
  derived_from: string | null;
  phi_status: PhiStatus;
};

export function toAsset(row: AssetRow): Asset {
  return {
    id: row.id,
    projectId: row.project_id,
    kind: row.kind,
    mime: row.mime,
    bytes: row.bytes,
    hash: row.hash,
    width: row.width,
    height: row.height,
    durationMs: row.duration_ms,
    originalName: row.original_name,
    importedAt: row.imported_at,
    hasThumbnail: row.has_thumbnail === 1,
    derivedFrom: row.derived_from,
    phiStatus: row.phi_status,
  };
}

export function listAssets(db: Db, projectId: string): Asset[] {
  return (db.prepare('SELECT * FROM assets WHERE project_id = ? ORDER BY imported_at, id').all(projectId) as AssetRow[]).map(toAsset);
}

export function getAsset(db: Db, id: string): Asset {
  const row = db.prepare('SELECT * FROM assets WHERE id = ?').get(id) as AssetRow | undefined;
  if (!row) throw new StudioFailure('not_found', 'That asset does not exist (it may have been deleted).');
  return toAsset(row);
}

export function findAssetByHash(db: Db, projectId: string, hash: string): Asset | null {
  const row = db.prepare('SELECT * FROM assets WHERE project_id = ? AND hash = ?').get(projectId, hash) as AssetRow | undefined;
  return row ? toAsset(row) : null;
}

export function countAssets(db: Db): number {
  return db.prepare('SELECT count(*) FROM assets').pluck().get() as number;
}
