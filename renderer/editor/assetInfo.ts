import type { Asset } from '../../shared/model/asset';
import type { AssetAnalysis } from '../../shared/model/assetAnalysis';
import { studio, unwrap } from '../api/studio';

/**
 * The library's record and last scan of each asset shown in the post: what the canvas needs to
 * propose redactions and to warn about findings no accepted box covers.
 */
export class AssetInfo {
  readonly assets = new Map<string, Asset>();
  readonly analyses = new Map<string, AssetAnalysis>();
  private readonly pending = new Map<string, Promise<void>>();
  private disposed = false;

  constructor(private readonly onChange: () => void) {}

  /** Loads whatever of `ids` is not known yet (ids of placeholders and missing assets included). */
  want(ids: Iterable<string>): void {
    for (const id of ids) if (!this.assets.has(id) && !this.pending.has(id)) void this.refresh(id).catch(() => undefined);
  }

  /** Reads an asset and its analysis again (after a scan). */
  refresh(id: string): Promise<void> {
    const job = (async () => {
      try {
        const [asset, { analysis }] = await Promise.all([unwrap(studio.assets.get({ id })), unwrap(studio.assets.analysis({ id }))]);
        if (this.disposed) return;
        this.assets.set(id, asset);
        if (analysis) this.analyses.set(id, analysis);
        else this.analyses.delete(id);
        this.onChange();
      } finally {
        this.pending.delete(id);
      }
    })();
    this.pending.set(id, job);
    return job;
  }

  async ensure(id: string): Promise<Asset> {
    await (this.pending.get(id) ?? (this.assets.has(id) ? Promise.resolve() : this.refresh(id)));
    const asset = this.assets.get(id);
    if (!asset) throw new Error('This asset is no longer in the library.');
    return asset;
  }

  dispose(): void {
    this.disposed = true;
  }
}
