import fs from 'node:fs';
import { StudioFailure } from '../../../shared/api/errors';
import type { Asset } from '../../../shared/model/asset';
import { appendAudit } from '../audit/appendAudit';
import { assetFilePath, type Library } from '../library/library';

const refusals: Partial<Record<Asset['phiStatus'], string>> = {
  'holds-phi': 'This file holds identifiers: redact it first, then export the redacted copy.',
  unchecked: 'This file has not been scanned for identifiers yet: scan it first.',
};

/**
 * The bytes of an asset that may leave the app: a redacted copy, or one scanned and found clean.
 * The original name stays in the library (it may hold the patient's name).
 */
export async function exportAsset(lib: Library, asset: Asset): Promise<{ mime: string; data: Uint8Array<ArrayBuffer> }> {
  const refusal = refusals[asset.phiStatus];
  if (refusal) throw new StudioFailure('forbidden', refusal);
  if (asset.kind === 'video') throw new StudioFailure('unsupported', 'Video export arrives with reels.');
  if (asset.kind === 'audio') throw new StudioFailure('unsupported', 'Audio leaves the app only inside a reel, which strips its metadata.');
  const data = new Uint8Array(await fs.promises.readFile(assetFilePath(lib, asset.hash)));
  appendAudit(lib.db, { action: 'asset.export', objectType: 'asset', objectId: asset.id, detail: { hash: asset.hash, status: asset.phiStatus } });
  return { mime: asset.mime, data };
}
