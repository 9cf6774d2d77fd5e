import type { AssetAnalysis } from '../../../shared/model/assetAnalysis';
import { VideoScan as VideoScanSchema, type VideoScan } from '../../../shared/reel/timedFindings';
import type { Db } from '../store/openDatabase';
import { saveAnalysis } from './analysisStore';

type ScanRow = { asset_id: string; scanned_at: string; width: number; height: number; duration_ms: number; samples: number; findings: string; metadata: string };

/** The scan as the still-image analysis sees it (each finding's box over its whole span), for assets.analysis. */
export function asAnalysis(scan: VideoScan): AssetAnalysis {
  return {
    assetId: scan.assetId,
    analyzedAt: scan.scannedAt,
    width: scan.width,
    height: scan.height,
    findings: scan.findings.map((f) => ({
      box: f.box,
      text: f.text,
      kind: f.kind,
      source: f.kind === 'face' ? 'face' : 'ocr',
      confidence: 1,
      reason: `seen from ${(f.startMs / 1000).toFixed(1)} s to ${(f.endMs / 1000).toFixed(1)} s`,
    })),
    metadata: scan.metadata,
  };
}

/**
 * Stores a video scan with its still-image summary in one transaction; the summary marks the asset
 * as holding PHI (or clean) and audits the scan like any other.
 */
export function saveVideoScan(db: Db, scan: VideoScan): void {
  db.transaction(() => {
    db.prepare(
      `INSERT INTO video_scans (asset_id, scanned_at, width, height, duration_ms, samples, findings, metadata) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (asset_id) DO UPDATE SET scanned_at = excluded.scanned_at, width = excluded.width, height = excluded.height,
         duration_ms = excluded.duration_ms, samples = excluded.samples, findings = excluded.findings, metadata = excluded.metadata`,
    ).run(scan.assetId, scan.scannedAt, scan.width, scan.height, scan.durationMs, scan.samples, JSON.stringify(scan.findings), JSON.stringify(scan.metadata));
    saveAnalysis(db, asAnalysis(scan));
  }).immediate();
}

export function getVideoScan(db: Db, assetId: string): VideoScan | null {
  const row = db.prepare('SELECT * FROM video_scans WHERE asset_id = ?').get(assetId) as ScanRow | undefined;
  if (!row) return null;
  const parsed = VideoScanSchema.safeParse({
    assetId: row.asset_id,
    scannedAt: row.scanned_at,
    width: row.width,
    height: row.height,
    durationMs: row.duration_ms,
    samples: row.samples,
    findings: JSON.parse(row.findings),
    metadata: JSON.parse(row.metadata),
  });
  // A scan written by another version that no longer parses is simply redone.
  return parsed.success ? parsed.data : null;
}
