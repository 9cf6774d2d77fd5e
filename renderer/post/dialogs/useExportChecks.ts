import { useEffect, useState } from 'react';
import { exportBlockers, type ExportBlocker } from '../../../shared/editor/redactionCoverage';
import type { Asset } from '../../../shared/model/asset';
import type { AssetAnalysis } from '../../../shared/model/assetAnalysis';
import { PLACEHOLDER_ASSET_ID } from '../../../shared/model/layout';
import type { PostDocument } from '../../../shared/model/postDocument';
import { studio } from '../../api/studio';
import { graphemeCount, type AltTextLimit } from '../altText';

/**
 * What stops this post from being exported, worked out from the document, the project's assets and
 * the last scan of each image it shows. The export service checks again on its side.
 */
export function useExportChecks(doc: PostDocument, assets: readonly Asset[], limit: AltTextLimit): { blockers: ExportBlocker[] | null } {
  const [analyses, setAnalyses] = useState<{ key: string; map: Map<string, AssetAnalysis> } | null>(null);
  const ids = [...new Set(doc.slides.flatMap((s) => s.objects.flatMap((o) => (o.type === 'image' && o.assetId !== PLACEHOLDER_ASSET_ID ? [o.assetId] : []))))].sort();
  const key = ids.join(',');
  useEffect(() => {
    let live = true;
    void Promise.all(key ? key.split(',').map((id) => studio.assets.analysis({ id }).then((r) => [id, r.ok ? r.value.analysis : null] as const)) : []).then((pairs) => {
      const map = new Map<string, AssetAnalysis>();
      for (const [id, a] of pairs) if (a) map.set(id, a);
      if (live) setAnalyses({ key, map });
    });
    return () => {
      live = false;
    };
  }, [key]);
  if (!analyses || analyses.key !== key) return { blockers: null };
  const blockers = exportBlockers(doc, analyses.map, new Map(assets.map((a) => [a.id, a])));
  if (limit) {
    doc.slides.forEach((s, i) => {
      const n = graphemeCount(s.altText);
      if (n > limit.max) blockers.push({ slideId: s.id, slideNumber: i + 1, message: `Slide ${i + 1}’s alt text is ${n.toLocaleString()} characters; ${limit.platform} allows ${limit.max.toLocaleString()}.` });
    });
  }
  return { blockers: blockers.sort((a, b) => a.slideNumber - b.slideNumber) };
}
