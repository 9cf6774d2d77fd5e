import fs from 'node:fs';
import { StudioFailure } from '../../../shared/api/errors';
import { getAsset, listAssets } from '../assets/assetStore';
import { exportAsset } from '../assets/exportAsset';
import { previewAsset } from '../assets/previewAsset';
import { releaseUnusedFiles } from '../assets/releaseUnusedFiles';
import { appendAudit } from '../audit/appendAudit';
import { thumbnailPath } from '../library/library';
import * as projects from '../projects/projectStore';
import { touchProject } from '../projects/projectStore';
import type { HandlerDeps, Handlers } from './handlerDeps';

type AssetCalls = Pick<Handlers, 'assets.list' | 'assets.import' | 'assets.get' | 'assets.thumbnail' | 'assets.delete' | 'assets.preview' | 'assets.export'>;

export function assetHandlers({ lib, changed, importFrom }: HandlerDeps): AssetCalls {
  const { db } = lib;
  return {
    'assets.list': (input) => {
      projects.getProject(db, input.projectId);
      return { assets: listAssets(db, input.projectId) };
    },
    'assets.import': (input, ctx) => {
      if (!ctx.upload) throw new StudioFailure('invalid_input', 'assets.import needs the file’s bytes.');
      return importFrom(input, input.name, ctx.upload);
    },
    'assets.get': (input) => getAsset(db, input.id),
    'assets.thumbnail': async (input) => {
      const asset = getAsset(db, input.id);
      if (!asset.hasThumbnail) throw new StudioFailure('not_found', 'This asset has no preview.');
      try {
        return { mime: 'image/jpeg', data: new Uint8Array(await fs.promises.readFile(thumbnailPath(lib, asset.hash))) };
      } catch {
        throw new StudioFailure('not_found', 'The preview file is missing from the library.');
      }
    },
    'assets.delete': (input) => {
      const asset = getAsset(db, input.id);
      db.transaction(() => {
        db.prepare('DELETE FROM assets WHERE id = ?').run(input.id);
        touchProject(db, asset.projectId);
        appendAudit(db, { action: 'asset.delete', objectType: 'asset', objectId: input.id, detail: { project: asset.projectId } });
      })();
      releaseUnusedFiles(lib, [asset.hash]);
      changed('assets', asset.projectId);
      return { deleted: input.id };
    },
    'assets.preview': (input) => previewAsset(lib, getAsset(db, input.id), input.window),
    'assets.export': (input) => exportAsset(lib, getAsset(db, input.id)),
  };
}
