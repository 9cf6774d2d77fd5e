import fs from 'node:fs';
import path from 'node:path';
import type { Asset } from '../../../shared/model/asset';
import type { VideoRedactionSummary } from '../../../shared/reel/reelAssetApi';
import { appendAudit } from '../audit/appendAudit';
import type { JobContext } from '../jobs/jobRegistry';
import { assetFilePath, type Library } from '../library/library';
import { newStagingPath } from '../library/staging';
import { redactVideoFile } from '../video/redactVideo';
import { getAsset } from './assetStore';
import { importAsset } from './importAsset';
import { requireVideo } from './scanVideoAsset';

// The redaction is nearly all the work; importing the result (hash, probe, thumbnail) the rest.
const REDACT_SHARE = 0.95;

/**
 * Redacts a library video into a NEW asset with the whole video path (faces and burned-in text
 * found on sampled frames destroyed over their time spans, sound kept, metadata stripped, the
 * output read again). The copy records where it came from, so it shows the same patient and
 * inherits the original's consent link (consent/assetLinks.ts follows derived_from); the
 * original stays, marked as holding identifiers. A failed or cancelled run leaves nothing.
 */
export async function redactVideoAsset(lib: Library, assetId: string, job: JobContext): Promise<{ asset: Asset; report: VideoRedactionSummary }> {
  const asset = getAsset(lib.db, assetId);
  requireVideo(asset, 'redact');
  const staged = newStagingPath(lib, '.mp4');
  try {
    const report = await redactVideoFile(assetFilePath(lib, asset.hash), staged, {
      signal: job.signal,
      progress: (done, total, message) => job.progress(Math.round((done / total) * REDACT_SHARE * 1000), 1000, message),
    });
    const base = path.parse(asset.originalName).name;
    const importing: JobContext = {
      signal: job.signal,
      progress: (done, total, message) => job.progress(Math.round((REDACT_SHARE + (done / total) * (1 - REDACT_SHARE)) * 1000), 1000, message),
    };
    const { asset: copy } = await importAsset(lib, { projectId: asset.projectId, name: `${base} (redacted).mp4`, source: { kind: 'path', path: staged } }, importing);
    lib.db.transaction(() => {
      lib.db.prepare("UPDATE assets SET derived_from = ?, phi_status = 'redacted' WHERE id = ?").run(asset.id, copy.id);
      lib.db.prepare("UPDATE assets SET phi_status = 'holds-phi' WHERE id = ?").run(asset.id);
      appendAudit(lib.db, {
        action: 'asset.redact',
        objectType: 'asset',
        objectId: copy.id,
        detail: { from: asset.id, video: true, redactions: report.redactions, rounds: report.rounds, samples: report.samples },
      });
    })();
    return {
      asset: getAsset(lib.db, copy.id),
      report: {
        samples: report.samples,
        redactions: report.redactions,
        rounds: report.rounds,
        faceSamples: report.faceSamples,
        text: report.text.map((t) => ({ kind: t.kind, text: t.text, firstSeenMs: Math.round(t.firstSeenS * 1000) })),
        audio: report.audio,
      },
    };
  } finally {
    await fs.promises.rm(staged, { force: true });
  }
}
