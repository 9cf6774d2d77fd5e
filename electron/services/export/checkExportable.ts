import { StudioFailure } from '../../../shared/api/errors';
import { exportBlockers } from '../../../shared/editor/redactionCoverage';
import type { Asset } from '../../../shared/model/asset';
import type { AssetAnalysis } from '../../../shared/model/assetAnalysis';
import type { Post } from '../../../shared/model/post';
import type { Slide } from '../../../shared/model/postDocument';
import { getAnalysis } from '../assets/analysisStore';
import { getAsset } from '../assets/assetStore';
import type { Db } from '../store/openDatabase';
import { assetIdsOf } from './loadSlideImages';

export type Exportable = {
  slides: Slide[];
  /** A slide's number in the post (1-based), for messages and file names. */
  numberOf(slideId: string): number;
  assets: Map<string, Asset>;
  analyses: Map<string, AssetAnalysis>;
};

/**
 * The slides to export, or a refusal naming every reason slide by slide: missing alt text, an
 * image never scanned, an identifier not covered by an accepted redaction, proposals not yet
 * decided. The editor shows the same list; this is the guard, that is the courtesy.
 */
export function checkExportable(db: Db, post: Post, slideIds?: readonly string[]): Exportable {
  const all = post.document.slides;
  const wanted = slideIds ? new Set(slideIds) : null;
  if (wanted) {
    const unknown = [...wanted].filter((id) => !all.some((s) => s.id === id));
    if (unknown.length) throw new StudioFailure('not_found', `This post has no slide ${unknown[0]}; reopen it and export again.`);
  }
  const slides = wanted ? all.filter((s) => wanted.has(s.id)) : all;
  const assets = new Map<string, Asset>();
  const analyses = new Map<string, AssetAnalysis>();
  for (const id of assetIdsOf(slides)) {
    let asset: Asset;
    try {
      asset = getAsset(db, id);
    } catch {
      continue; // reported below as an image no longer in the library
    }
    // Only the post's own project: an id from elsewhere is as good as missing.
    if (asset.projectId !== post.projectId) continue;
    assets.set(id, asset);
    const analysis = getAnalysis(db, id);
    if (analysis) analyses.set(id, analysis);
  }
  const blockers = exportBlockers({ ...post.document, slides: all }, analyses, assets).filter(
    (b) => b.slideId === '' || slides.some((s) => s.id === b.slideId),
  );
  if (slides.length === 0) blockers.push({ slideId: '', slideNumber: 0, message: 'There are no slides to export.' });
  if (blockers.length) {
    const lines = [...new Set(blockers.map((b) => b.message))];
    throw new StudioFailure('forbidden', `Not exported: ${lines.join(' ')}`);
  }
  const numbers = new Map(all.map((s, i) => [s.id, i + 1]));
  return { slides, numberOf: (id) => numbers.get(id) ?? 0, assets, analyses };
}
