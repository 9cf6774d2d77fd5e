import type { CoverageResult } from '../../../shared/consent/coverage';
import type { FeatureKind } from '../../../shared/consent/consentModel';
import { uncoveredFindings } from '../../../shared/editor/redactionCoverage';
import { reelGaps } from '../../../shared/compliance/rules/reelMedia';
import { partImages, postMedia } from '../../../shared/compliance/textSources';
import type { ComplianceContext, CompliancePost } from '../../../shared/compliance/types';
import type { PolicyPack } from '../../../shared/compliance/policyPack';
import type { Asset } from '../../../shared/model/asset';
import type { AssetAnalysis } from '../../../shared/model/assetAnalysis';
import type { PlatformId } from '../../../shared/model/platforms';
import type { PlatformLimits } from '../../../shared/model/slideFormat';
import type { VideoScan } from '../../../shared/reel/timedFindings';
import type { TextLimitsFile } from '../../../shared/thread/textRules';
import { getAnalysis } from '../assets/analysisStore';
import { getAsset } from '../assets/assetStore';
import { getVideoScan } from '../assets/videoScanStore';
import { coverageForAssets } from '../consent/coverageLookup';
import type { Library } from '../library/library';
import { findAppDir } from '../templates/findAppDir';
import { loadTemplates } from '../templates/loadTemplates';
import { loadTextLimits } from '../templates/loadTextLimits';
import { getComplianceSettings } from './complianceSettings';

let limitsCache: { dir: string; limits: PlatformLimits[]; at: number } | null = null;

/** Platform limits as templates/ ships them with the library's overrides (re-read every few seconds at most). */
export function platformLimits(libDir: string): PlatformLimits[] {
  if (limitsCache && limitsCache.dir === libDir && Date.now() - limitsCache.at < 5000) return limitsCache.limits;
  const limits = loadTemplates(findAppDir(), libDir).limits;
  limitsCache = { dir: libDir, limits, at: Date.now() };
  return limits;
}

let textLimitsCache: { dir: string; file: TextLimitsFile; at: number } | null = null;

/**
 * The text limits (templates/text-limits.json with the library's override), as the threads
 * composer splits to. A broken override throws (loadTextLimits): a thread judged against limits
 * other than the ones it is split to could pass here and be refused by the platform.
 */
export function textLimits(libDir: string): TextLimitsFile {
  if (textLimitsCache && textLimitsCache.dir === libDir && Date.now() - textLimitsCache.at < 5000) return textLimitsCache.file;
  const file = loadTextLimits(findAppDir(), libDir);
  textLimitsCache = { dir: libDir, file, at: Date.now() };
  return file;
}

/**
 * What the pure pass needs from the library for one post: its assets and their last scans, the
 * consent coverage per platform on the planned date (a face counts as visible only where no
 * redaction covers it; for a reel, clips and cine loops as video, a clip that keeps its sound
 * with a voice), the policy pack, the profile note, the platform limits and, for a
 * thread, the text limits its parts are split to.
 */
export function gatherContext(lib: Library, post: CompliancePost & { projectId: string }, platforms: readonly PlatformId[], date: string, policyOverride?: PolicyPack | null): ComplianceContext {
  const assets = new Map<string, Asset>();
  const analyses = new Map<string, AssetAnalysis>();
  const videoScans = new Map<string, VideoScan>();
  const media = postMedia(post);
  // Images on slides and under thread parts alike, and a reel's photos, clips and cine loops.
  for (const { assetId } of media) {
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
    const scan = asset.kind === 'video' ? getVideoScan(lib.db, assetId) : null;
    if (scan) videoScans.set(assetId, scan);
  }
  const faces = new Set<string>();
  for (const slide of post.document.slides) {
    for (const u of uncoveredFindings(slide, post.document.canvas, analyses)) if (u.kind === 'face') faces.add(u.assetId);
  }
  // Under a thread part no redaction can cover a face: the image goes out as it is.
  for (const { assetId } of partImages(post)) if (analyses.get(assetId)?.findings.some((f) => f.kind === 'face')) faces.add(assetId);
  // In a reel a face shows unless accepted timed redactions cover it whenever it is on screen.
  for (const { placed, gaps } of reelGaps(post, { assets, analyses, videoScans })) {
    if (placed.scene.kind !== 'slide' && gaps.some((g) => g.finding.kind === 'face')) faces.add(placed.scene.assetId);
  }
  // A clip's own sound goes out with the reel: a patient heard there is identifiable by voice.
  const voices = new Set<string>();
  if (post.format === 'reel' && (post.document.reel?.audio.clipSound ?? true)) {
    for (const s of post.document.scenes) if (s.kind === 'clip' && !s.muted && s.volume > 0) voices.add(s.assetId);
  }
  const features: Record<string, FeatureKind[]> = {};
  for (const id of assets.keys()) features[id] = [...(faces.has(id) ? (['face'] as const) : []), ...(voices.has(id) ? (['voice'] as const) : [])];
  const consent = new Map<PlatformId, CoverageResult>();
  const assetIds = [...assets.keys()];
  // A reel's clips and cine loops are published as video: consent must cover video for them.
  const mediaKinds = Object.fromEntries(media.filter((m) => m.video).map((m) => [m.assetId, 'video' as const]));
  if (assetIds.length > 0) for (const platform of platforms) consent.set(platform, coverageForAssets(lib.db, { assetIds, platform, date, features, media: mediaKinds }));
  const settings = getComplianceSettings(lib.db);
  return {
    assets,
    analyses,
    ...(videoScans.size > 0 ? { videoScans } : {}),
    consent,
    policy: policyOverride === undefined ? settings.pack : policyOverride,
    date,
    limits: platformLimits(lib.dir),
    ...(post.format === 'thread' ? { textLimits: textLimits(lib.dir) } : {}),
    profileNote: settings.profileNote,
  };
}
