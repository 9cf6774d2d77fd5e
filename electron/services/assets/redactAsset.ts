import fs from 'node:fs';
import path from 'node:path';
import type { Asset } from '../../../shared/model/asset';
import type { RedactionBox } from '../../../shared/model/assetAnalysis';
import type { Box, ImageFinding } from '../../../shared/phi/types';
import { appendAudit } from '../audit/appendAudit';
import { deidentifyDicom } from '../dicom/deidentifyDicom';
import { createUidMapStore } from '../dicom/uidMap';
import type { JobContext } from '../jobs/jobRegistry';
import { assetFilePath, type Library } from '../library/library';
import { newStagingPath, writeFileAtomic } from '../library/staging';
import { redactImage } from '../redact/redactImage';
import { getAsset } from './assetStore';
import { importAsset } from './importAsset';

function asFinding(b: RedactionBox): ImageFinding {
  return { box: b.box, kind: b.kind, text: '', source: b.kind === 'face' ? 'face' : b.kind === 'manual' ? 'manual' : 'ocr', confidence: 1, reason: 'chosen for redaction' };
}

/**
 * Burns the chosen boxes out of an asset into a NEW asset (a DICOM is also de-identified in
 * its header). The original stays in the library, marked as holding identifiers, and the copy
 * records where it came from.
 */
export async function redactAsset(
  lib: Library,
  asset: Asset,
  { boxes, keep }: { boxes: RedactionBox[]; keep: Box[] },
  job: JobContext,
): Promise<Asset> {
  const source = assetFilePath(lib, asset.hash);
  const ext = asset.kind === 'dicom' ? '.dcm' : asset.mime === 'image/jpeg' ? '.jpg' : '.png';
  const staged = newStagingPath(lib, ext);
  try {
    job.progress(0, 100, 'Redacting');
    if (asset.kind === 'dicom') {
      const { output } = await deidentifyDicom(new Uint8Array(await fs.promises.readFile(source)), {
        uidMap: createUidMapStore(lib.db),
        // The user's boxes are in the windowed frame's pixels, which are the DICOM's own.
        findBurnedIn: async () => boxes.map((b) => b.box),
      });
      await writeFileAtomic(lib, staged, output);
    } else {
      await redactImage(source, staged, {
        findings: boxes.map(asFinding),
        mode: { face: boxes.some((b) => b.kind === 'face' && b.mode === 'fill') ? 'solid' : 'pixelate' },
        keep,
        signal: job.signal,
        onProgress: (f) => job.progress(Math.round(f * 90), 100, f < 0.45 ? 'Redacting' : 'Checking the result'),
      });
    }
    const base = path.parse(asset.originalName).name;
    const { asset: copy } = await importAsset(lib, { projectId: asset.projectId, name: `${base} (redacted)${ext}`, source: { kind: 'path', path: staged } }, job);
    lib.db.transaction(() => {
      lib.db.prepare("UPDATE assets SET derived_from = ?, phi_status = 'redacted' WHERE id = ?").run(asset.id, copy.id);
      lib.db.prepare("UPDATE assets SET phi_status = 'holds-phi' WHERE id = ?").run(asset.id);
      appendAudit(lib.db, { action: 'asset.redact', objectType: 'asset', objectId: copy.id, detail: { from: asset.id, boxes: boxes.length, keptByUser: keep.length } });
    })();
    return getAsset(lib.db, copy.id);
  } finally {
    fs.rmSync(staged, { force: true });
  }
}
