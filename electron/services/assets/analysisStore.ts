import type { AssetAnalysis } from '../../../shared/model/assetAnalysis';
import { AssetAnalysis as AssetAnalysisSchema } from '../../../shared/model/assetAnalysis';
import { appendAudit } from '../audit/appendAudit';
import type { Db } from '../store/openDatabase';

type AnalysisRow = { asset_id: string; analyzed_at: string; width: number; height: number; findings: string; metadata: string };

/** Stores a scan and what it means for the asset: anything found marks it as holding PHI. */
export function saveAnalysis(db: Db, analysis: AssetAnalysis): void {
  db.transaction(() => {
    db.prepare(
      `INSERT INTO asset_analysis (asset_id, analyzed_at, width, height, findings, metadata) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (asset_id) DO UPDATE SET analyzed_at = excluded.analyzed_at, width = excluded.width, height = excluded.height,
         findings = excluded.findings, metadata = excluded.metadata`,
    ).run(analysis.assetId, analysis.analyzedAt, analysis.width, analysis.height, JSON.stringify(analysis.findings), JSON.stringify(analysis.metadata));
    const holdsPhi = analysis.findings.length > 0 || analysis.metadata.length > 0;
    // A redacted copy stays "redacted" even if its scan finds leftovers: the finding list shows them.
    db.prepare("UPDATE assets SET phi_status = ? WHERE id = ? AND phi_status != 'redacted'").run(holdsPhi ? 'holds-phi' : 'clean', analysis.assetId);
    appendAudit(db, {
      action: 'asset.analyze',
      objectType: 'asset',
      objectId: analysis.assetId,
      detail: { findings: analysis.findings.length, metadata: analysis.metadata.length },
    });
  })();
}

export function getAnalysis(db: Db, assetId: string): AssetAnalysis | null {
  const row = db.prepare('SELECT * FROM asset_analysis WHERE asset_id = ?').get(assetId) as AnalysisRow | undefined;
  if (!row) return null;
  const parsed = AssetAnalysisSchema.safeParse({
    assetId: row.asset_id,
    analyzedAt: row.analyzed_at,
    width: row.width,
    height: row.height,
    findings: JSON.parse(row.findings),
    metadata: JSON.parse(row.metadata),
  });
  // A scan written by another version that no longer parses is simply redone.
  return parsed.success ? parsed.data : null;
}
