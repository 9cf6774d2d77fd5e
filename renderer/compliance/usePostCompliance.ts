import { useMemo, useSyncExternalStore } from 'react';
import { compliancePass } from '../../shared/compliance/compliancePass';
import { placedAssets } from '../../shared/compliance/textSources';
import type { ComplianceContext, ComplianceResult } from '../../shared/compliance/types';
import type { CoverageResult } from '../../shared/consent/coverage';
import { localToday } from '../../shared/consent/consentDates';
import type { EditorSession } from '../../shared/editor/editorSession';
import { uncoveredFindings } from '../../shared/editor/redactionCoverage';
import type { Asset } from '../../shared/model/asset';
import type { AssetAnalysis } from '../../shared/model/assetAnalysis';
import type { Post } from '../../shared/model/post';
import type { PlatformId } from '../../shared/model/platforms';
import type { PostDocument } from '../../shared/model/postDocument';
import type { PlatformLimits } from '../../shared/model/slideFormat';
import { studio, unwrap } from '../api/studio';
import { useStudioData } from '../api/useStudioData';

/**
 * The planned posting date, kept on the post (today until the user picks one). Setting it is an
 * undoable step, saved with the post, so the export service checks the same day.
 */
export function usePlannedDate(session: EditorSession): [string, (date: string) => void] {
  const doc = useSyncExternalStore(session.subscribe, () => session.getSnapshot().doc);
  const set = (next: string) => session.dispatch({ type: 'post.set', patch: { plannedDate: next || null } }, 'Set the posting date');
  return [doc.plannedDate ?? localToday(), set];
}

type Input = { post: Pick<Post, 'id' | 'format' | 'platforms'>; doc: PostDocument; assets: readonly Asset[]; limits: readonly PlatformLimits[]; date: string };

/**
 * The compliance pass over the document as it is in the editor, re-run on every change. Text rules
 * answer at once (detection is cached by content); image and consent rules follow as the scans,
 * the registry's coverage and the policy pack arrive. The export service runs the same pass on
 * the saved post and is the guard; this is the courtesy that shows it coming.
 */
export function usePostCompliance({ post, doc, assets, limits, date }: Input): { result: ComplianceResult; pending: boolean } {
  const placed = placedAssets({ ...post, document: doc });
  const byId = new Map(assets.map((a) => [a.id, a]));
  // Scans are reloaded when an image is placed, removed or its scan state changes.
  const scanKey = [...new Set(placed.map((p) => `${p.assetId}:${byId.get(p.assetId)?.phiStatus ?? '?'}`))].sort().join(',');
  const analyses = useStudioData(
    async () => {
      const map = new Map<string, AssetAnalysis>();
      const ids = scanKey ? scanKey.split(',').map((k) => k.split(':')[0]) : [];
      const found = await Promise.all(ids.map((id) => studio.assets.analysis({ id }).then((r) => (r.ok ? r.value.analysis : null))));
      for (const a of found) if (a) map.set(a.assetId, a);
      return map;
    },
    `compliance-scans:${scanKey}`,
    (e) => e.type === 'library.changed' && e.what === 'assets',
  );
  // A face counts as visible (for consent) only where no redaction covers it.
  const faces = new Set<string>();
  if (analyses.data) for (const s of doc.slides) for (const u of uncoveredFindings(s, doc.canvas, analyses.data)) if (u.kind === 'face') faces.add(u.assetId);
  const assetIds = [...new Set(placed.map((p) => p.assetId))].filter((id) => byId.has(id)).sort();
  const coverageKey = `${assetIds.join(',')}|${[...faces].sort().join(',')}|${post.platforms.join(',')}|${date}`;
  const coverage = useStudioData(
    async () => {
      const map = new Map<PlatformId, CoverageResult>();
      if (assetIds.length === 0) return map;
      const features = Object.fromEntries(assetIds.map((id) => [id, faces.has(id) ? (['face'] as const) : []]));
      const results = await Promise.all(post.platforms.map((platform) => unwrap(studio.consents.coverage({ assetIds, platform, date, features: features as Record<string, 'face'[]> }))));
      post.platforms.forEach((p, i) => map.set(p, results[i]));
      return map;
    },
    `compliance-coverage:${coverageKey}`,
    (e) => e.type === 'library.changed' && (e.what === 'consents' || e.what === 'assets'),
  );
  const settings = useStudioData(() => unwrap(studio.compliance.settings({})), 'compliance-settings', () => false);
  const pending = analyses.loading || coverage.loading || settings.loading;
  const analysesMap = analyses.data;
  const coverageMap = coverage.data;
  const settingsData = settings.data;
  const result = useMemo(() => {
    const context: ComplianceContext = {
      assets: byId,
      analyses: analysesMap ?? new Map(),
      consent: coverageMap ?? new Map(),
      policy: settingsData?.pack ?? null,
      profileNote: settingsData?.profileNote ?? '',
      date,
      limits,
    };
    return compliancePass({ id: post.id, format: post.format, document: doc }, post.platforms, context);
    // byId follows `assets`; the pass is pure over these inputs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [doc, assets, analysesMap, coverageMap, settingsData, date, limits, post.id, post.format, post.platforms]);
  return { result, pending };
}
