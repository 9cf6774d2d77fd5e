import fs from 'node:fs';
import { StudioFailure } from '../../../shared/api/errors';
import type { Asset } from '../../../shared/model/asset';
import type { AssetAnalysis } from '../../../shared/model/assetAnalysis';
import { describeDicomHeader } from '../dicom/describeDicomHeader';
import { renderDicomPng } from '../dicom/renderDicomPng';
import type { JobContext } from '../jobs/jobRegistry';
import { assetFilePath, type Library } from '../library/library';
import { scanImage } from '../redact/scanImage';
import { saveAnalysis } from './analysisStore';
import { scanVideoAsset } from './scanVideoAsset';
import { asAnalysis } from './videoScanStore';

/**
 * Scans an image, DICOM or video asset for identifiers and stores the result. A DICOM is read as its
 * windowed first frame (where burned-in text shows) plus its identifying header fields.
 */
export async function analyzeAsset(lib: Library, asset: Asset, job: JobContext): Promise<AssetAnalysis> {
  // A video's scan is timed (assets.videoFindings); its still summary answers here.
  if (asset.kind === 'video') return asAnalysis(await scanVideoAsset(lib, asset, job));
  if (asset.kind === 'audio') throw new StudioFailure('invalid_input', 'An audio file holds no picture to scan; its metadata never leaves the app (a reel export strips it).');
  job.progress(0, 100, 'Reading the file');
  const bytes = await fs.promises.readFile(assetFilePath(lib, asset.hash));
  const header = asset.kind === 'dicom' ? describeDicomHeader(bytes) : [];
  const image = asset.kind === 'dicom' ? (await renderDicomPng(new Uint8Array(bytes))).png : bytes;
  const scan = await scanImage(image, {
    signal: job.signal,
    onProgress: (f) => job.progress(Math.round(f * 100), 100, f < 0.8 ? 'Reading burned-in text' : 'Looking for faces'),
  });
  const analysis: AssetAnalysis = {
    assetId: asset.id,
    analyzedAt: new Date().toISOString(),
    width: scan.width,
    height: scan.height,
    findings: [...scan.findings, ...scan.faceFindings],
    metadata: [...header, ...scan.metadata],
  };
  saveAnalysis(lib.db, analysis);
  job.progress(100, 100, 'Done');
  return analysis;
}
