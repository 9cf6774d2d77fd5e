import type { FeatureKind, MediaKind, Purpose } from '../../../shared/consent/consentModel';
import { coverage, type AssetCoverage, type CoverageAsset, type CoverageResult } from '../../../shared/consent/coverage';
import type { PlatformId } from '../../../shared/model/platforms';
import type { Db } from '../store/openDatabase';
import { linksOf } from './assetLinks';
import { consentsOfPatientId } from './consentStore';
import { stmt } from './preparedStatements';

export type CoverageRequest = {
  assetIds: readonly string[];
  platform: PlatformId;
  date: string;
  purpose?: Purpose;
  /** Features visible per asset when the caller knows better (e.g. faces redacted on the slide). */
  features?: Readonly<Record<string, readonly FeatureKind[]>>;
  /** How each asset is published when not as its kind says (a DICOM cine loop in a reel is video). */
  media?: Readonly<Record<string, MediaKind>>;
};

type AssetFacts = { kind: 'image' | 'video' | 'dicom'; has_face: number };

/**
 * Coverage of a set of assets (a post's images) as stored: each asset's link (inherited by a
 * redacted copy), its media kind, a face if the de-identification scan found one, and the
 * current consents of the patients involved — handed to the one pure `coverage` rule.
 */
export function coverageForAssets(db: Db, request: CoverageRequest): CoverageResult {
  const facts = stmt(
    db,
    `SELECT a.kind, EXISTS (SELECT 1 FROM asset_analysis x, json_each(x.findings) f
                            WHERE x.asset_id = a.id AND json_extract(f.value, '$.kind') = 'face') AS has_face
     FROM assets a WHERE a.id = ?`,
  );
  const links = linksOf(db, request.assetIds);
  const known: CoverageAsset[] = [];
  const missing: AssetCoverage[] = [];
  for (const assetId of request.assetIds) {
    const row = facts.get(assetId) as AssetFacts | undefined;
    if (!row) {
      missing.push({ assetId, covered: false, reasons: [`asset ${assetId} is not in the library`], patientCode: null, notClinical: false, consentIds: [] });
      continue;
    }
    const media: MediaKind = request.media?.[assetId] ?? (row.kind === 'video' ? 'video' : 'image');
    const features = request.features?.[assetId] ?? (row.has_face ? ['face' as const] : []);
    known.push({ assetId, link: links.get(assetId) ?? null, media, features });
  }
  const codes = [...new Set(known.flatMap((a) => (a.link && 'patientCode' in a.link ? [a.link.patientCode] : [])))];
  const idOf = stmt(db, 'SELECT id FROM patients WHERE code = ?').pluck();
  const consents = codes.flatMap((code) => consentsOfPatientId(db, idOf.get(code) as number));
  const result = coverage(known, consents, { platform: request.platform, date: request.date, purpose: request.purpose });
  if (missing.length === 0) return result;
  const order = new Map(request.assetIds.map((id, i) => [id, i]));
  const assets = [...result.assets, ...missing].sort((a, b) => order.get(a.assetId)! - order.get(b.assetId)!);
  return { covered: false, reasons: [...new Set(assets.flatMap((a) => a.reasons))], assets };
}
