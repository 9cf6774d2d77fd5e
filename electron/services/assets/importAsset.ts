import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { StudioFailure } from '../../../shared/api/errors';
import type { Asset, AssetKind } from '../../../shared/model/asset';
import { sniffMedia } from '../../../shared/media/sniffMedia';
import { appendAudit } from '../audit/appendAudit';
import { throwIfCancelled, type JobContext } from '../jobs/jobRegistry';
import { assetFilePath, thumbnailPath, type Library } from '../library/library';
import { newStagingPath, stageFromBytes, stageFromPath, stageFromStream, type StagedFile } from '../library/staging';
import { probeAudio, readStreams } from '../media/probeAudio';
import { probeDicom } from '../media/probeDicom';
import { probeImage } from '../media/probeImage';
import { probeVideo } from '../media/probeVideo';
import { requireActiveProject, touchProject } from '../projects/projectStore';
import { findAssetByHash, getAsset } from './assetStore';

/** Where the bytes come from: a path on this machine (CLI, Electron) or bytes already in memory. */
export type ImportSource =
  | { kind: 'path'; path: string }
  | { kind: 'bytes'; data: Uint8Array }
  | { kind: 'stream'; stream: Readable };

export type ImportResult = { asset: Asset; duplicate: boolean };

type Probe = {
  width: number | null;
  height: number | null;
  durationMs: number | null;
  thumbnail: Buffer | null;
  /** What the file turned out to be when its bytes alone could not tell (a WebM or MP4 holding only sound). */
  kind?: AssetKind;
  mime?: string;
};

/** Keeps a readable name for the library's own list; directories and control characters go. */
export function cleanOriginalName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 255);
  return cleaned === '' ? 'untitled' : cleaned;
}

// A container that holds only sound is an audio asset: a voice-over recorded in the browser
// (WebM/Opus) or an audio-only MP4.
const audioMimeOf: Record<string, string> = {
  'video/webm': 'audio/webm',
  'video/x-matroska': 'audio/x-matroska',
  'video/mp4': 'audio/mp4',
  'video/quicktime': 'audio/mp4',
};

async function probe(kind: AssetKind, mime: string, file: string, signal: AbortSignal): Promise<Probe> {
  if (kind === 'image') {
    const p = await probeImage(file);
    return { width: p.width, height: p.height, durationMs: null, thumbnail: p.thumbnail };
  }
  if (kind === 'audio') {
    const p = await probeAudio(file, signal);
    return { width: null, height: null, durationMs: p.durationMs, thumbnail: null };
  }
  if (kind === 'video') {
    const streams = await readStreams(file, signal);
    if (!streams.hasVideo && streams.hasAudio && audioMimeOf[mime]) {
      const p = await probeAudio(file, signal);
      return { width: null, height: null, durationMs: p.durationMs, thumbnail: null, kind: 'audio', mime: audioMimeOf[mime] };
    }
    // A WebM may be a voice-over as well as a clip: when neither shows, say neither.
    if (!streams.hasVideo && !streams.hasAudio && mime.endsWith('webm')) {
      throw new StudioFailure('corrupt', 'The recording cannot be read: no picture or sound was found in it (damaged or incomplete).');
    }
    const p = await probeVideo(file, signal);
    return { width: p.width, height: p.height, durationMs: p.durationMs, thumbnail: p.thumbnail };
  }
  const p = await probeDicom(file);
  return { width: p.width, height: p.height, durationMs: null, thumbnail: p.thumbnail };
}

/**
 * Imports one file: stage it (hashing as it copies), check what it really is, make its
 * thumbnail, then move the file and its thumbnail into place and record the row while holding
 * the write lock, so a crash at any point leaves either nothing or a complete asset.
 */
export async function importAsset(
  lib: Library,
  input: { projectId: string; name: string; source: ImportSource },
  ctx: JobContext,
): Promise<ImportResult> {
  const originalName = cleanOriginalName(input.name);
  requireActiveProject(lib.db, input.projectId);
  ctx.progress(0, 4, `Reading ${originalName}`);
  let staged: StagedFile | null = null;
  let stagedThumb: string | null = null;
  try {
    staged =
      input.source.kind === 'path'
        ? await stageFromPath(lib, input.source.path, ctx.signal)
        : input.source.kind === 'stream'
          ? await stageFromStream(lib, input.source.stream, ctx.signal)
          : await stageFromBytes(lib, input.source.data);
    throwIfCancelled(ctx.signal);
    const sniffed = sniffMedia(staged.head);
    if (!sniffed.ok) throw new StudioFailure('unsupported', sniffed.message);

    const existing = findAssetByHash(lib.db, input.projectId, staged.hash);
    if (existing) return { asset: existing, duplicate: true };

    ctx.progress(1, 4, `Checking ${sniffed.label}`);
    const probed = await probe(sniffed.kind, sniffed.mime, staged.path, ctx.signal);
    const kind = probed.kind ?? sniffed.kind;
    const mime = probed.mime ?? sniffed.mime;
    throwIfCancelled(ctx.signal);

    ctx.progress(2, 4, 'Making preview');
    if (probed.thumbnail) {
      stagedThumb = newStagingPath(lib, '.jpg');
      await fs.promises.writeFile(stagedThumb, probed.thumbnail);
    }
    throwIfCancelled(ctx.signal);

    ctx.progress(3, 4, 'Saving');
    const id = randomUUID();
    const stagedFile = staged;
    const thumb = stagedThumb;
    const result = lib.db
      .transaction((): ImportResult => {
        requireActiveProject(lib.db, input.projectId);
        const raced = findAssetByHash(lib.db, input.projectId, stagedFile.hash);
        if (raced) return { asset: raced, duplicate: true };
        placeFile(stagedFile.path, assetFilePath(lib, stagedFile.hash));
        if (thumb) placeFile(thumb, thumbnailPath(lib, stagedFile.hash));
        lib.db
          .prepare(
            `INSERT INTO assets (id, project_id, kind, mime, bytes, hash, width, height, duration_ms, original_name, has_thumbnail, imported_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(id, input.projectId, kind, mime, stagedFile.bytes, stagedFile.hash, probed.width, probed.height, probed.durationMs, originalName, thumb ? 1 : 0, new Date().toISOString());
        touchProject(lib.db, input.projectId);
        appendAudit(lib.db, {
          action: 'asset.import',
          objectType: 'asset',
          objectId: id,
          detail: { project: input.projectId, kind, hash: stagedFile.hash, bytes: stagedFile.bytes },
        });
        return { asset: getAsset(lib.db, id), duplicate: false };
      })
      .immediate();
    ctx.progress(4, 4, 'Imported');
    return result;
  } finally {
    if (staged) fs.rmSync(staged.path, { force: true });
    if (stagedThumb) fs.rmSync(stagedThumb, { force: true });
  }
}

// Content-addressed: if the same bytes are already stored, the staged copy is simply dropped.
function placeFile(staged: string, target: string): void {
  if (fs.existsSync(target)) return;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.renameSync(staged, target);
}
