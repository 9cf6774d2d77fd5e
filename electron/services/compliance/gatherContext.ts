import type { CoverageResult } from '../../../shared/consent/coverage';
import type { FeatureKind } from '../../../shared/consent/consentModel';
import { uncoveredFindings } from '../../../shared/editor/redactionCoverage';
import { placedAssets } from '../../../shared/compliance/textSources';
import type { ComplianceContext, CompliancePost } from '../../../shared/compliance/types';
import type { PolicyPack } from '../../../shared/compliance/policyPack';
import type { Asset } from '../../../shared/model/asset';
import type { AssetAnalysis } from '../../../shared/model/assetAnalysis';
import type { PlatformId } from '../../../shared/model/platforms';
import type { PlatformLimits } from '../../../shared/model/slideFormat';
import { getAnalysis } from '../assets/analysisStore';
import { getAsset } from '../assets/assetStore';
import { coverageForAssets } from '../consent/coverageLookup';
import type { Library } from '../library/library';
import { findAppDir } from '../templates/findAppDir';
import { loadTemplates } from '../templates/loadTemplates';
import { getComplianceSettings } from './complianceSettings';

let limitsCache: { dir: string; limits: PlatformLimits[]; at: number } | null = null;

/** Platform limits as templates/ ships them with the library's overrides (re-read every few seconds at most). */
export function platformLimits(libDir: string): PlatformLimits[] {
  if (limitsCache && limitsCache.dir === libDir && Date.now() - limitsCache.at < 5000) return limitsCache.limits;
  const limits = loadTemplates(findAppDir(), libDir).limits;
  limitsCache = { dir: libDir, limits, at: Date.now() };
  return limits;
}

/**
 * What the pure pass needs from the library for one post: its assets and their last scans, the
 * consent coverage per platform on the planned date (a face counts as visible only where no
 * redaction covers it), the policy pack, the profile note and the platform limits.
 */
export function gatherContext(lib: Library, post: CompliancePost & { projectId: string }, platforms: readonly PlatformId[], date: string, policyOverride?: PolicyPack | null): ComplianceContext {
  const assets = new Map<string, Asset>();
  const analyses = new Map<string, AssetAnalysis>();
  for (const { assetId } of placedAssets(post)) {
    let asset: Asset;
    try {
      asset = getAsset(lib.db, assetId);
    } catch {
      continue; // rule 1 reports an image no longer in the library
    }
    if (asset.projectId !== post.projectId) continue;
    assets.set(assetId, asset);
    const analysis = getAnalysis(lib.db, assetId);
    if (analysis) analyses.set(assetId, analysis);
  }
  const faces = new Set<string>();
  for (const slide of post.document.slides) {
    for (const u of uncoveredFindings(slide, post.document.canvas, analyses)) if (u.kind === 'face') faces.add(u.assetId);
  }
  const features: Record<string, FeatureKind[]> = {};
  for (const id of assets.keys()) features[id] = faces.has(id) ? ['face'] : [];
  const consent = new Map<PlatformId, CoverageResult>();
  const assetIds = [...assets.keys()];
  if (assetIds.length > 0) for (const platform of platforms) consent.set(platform, coverageForAssets(lib.db, { assetIds, platform, date, features }));
  const settings = getComplianceSettings(lib.db);
  return {
    assets,
    analyses,
    consent,
    policy: policyOverride === undefined ? settings.pack : policyOverride,
    date,
    limits: platformLimits(lib.dir),
    profileNote: settings.profileNote,
  };
}
