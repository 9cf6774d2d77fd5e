import fs from 'node:fs';
import { StudioFailure } from '../../../shared/api/errors';
import { assetMedia } from '../assets/assetMedia';
import { getAsset } from '../assets/assetStore';
import { cinePreview } from '../assets/cinePreview';
import { redactVideoAsset } from '../assets/redactVideoAsset';
import { scanVideoAsset } from '../assets/scanVideoAsset';
import { getVideoScan } from '../assets/videoScanStore';
import { cineInfo } from '../dicom/cineInfo';
import { assetFilePath } from '../library/library';
import type { HandlerDeps, Handlers } from './handlerDeps';

type ReelAssetCalls = Pick<
  Handlers,
  'assets.scanVideo' | 'assets.videoFindings' | 'assets.redactVideo' | 'assets.cineInfo' | 'assets.cinePreview' | 'assets.media'
>;

/** The asset calls reels need: video scanning and redaction, DICOM cine loops, media for the preview. */
export function reelAssetHandlers({ lib, jobs, changed }: HandlerDeps): ReelAssetCalls {
  const { db } = lib;
  return {
    'assets.scanVideo': async (input) => {
      const asset = getAsset(db, input.id);
      const scan = await jobs.run(input.jobId, (job) => scanVideoAsset(lib, asset, job));
      changed('assets', asset.projectId);
      return scan;
    },
    'assets.videoFindings': (input) => {
      getAsset(db, input.id);
      return { scan: getVideoScan(db, input.id) };
    },
    'assets.redactVideo': async (input) => {
      const asset = getAsset(db, input.id);
      const result = await jobs.run(input.jobId, (job) => redactVideoAsset(lib, asset.id, job));
      changed('assets', asset.projectId);
      return result;
    },
    'assets.cineInfo': async (input) => {
      const asset = getAsset(db, input.id);
      if (asset.kind !== 'dicom') throw new StudioFailure('invalid_input', 'Only a multi-frame DICOM plays as a cine loop.');
      return cineInfo(new Uint8Array(await fs.promises.readFile(assetFilePath(lib, asset.hash))));
    },
    'assets.cinePreview': (input) => cinePreview(lib, getAsset(db, input.id), input.window),
    'assets.media': (input) => assetMedia(lib, getAsset(db, input.id)),
  };
}
