import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { StudioFailure } from '../../../shared/api/errors';
import type { Asset } from '../../../shared/model/asset';
import type { Post } from '../../../shared/model/post';
import type { ReelScene, TimedRedaction } from '../../../shared/model/reel';
import type { Slide } from '../../../shared/model/postDocument';
import { placeScenes } from '../../../shared/reel/timeline';
import { getAnalysis } from '../assets/analysisStore';
import { getAsset } from '../assets/assetStore';
import { writeCineFrames } from '../dicom/cineFrames';
import { deidentifyDicom } from '../dicom/deidentifyDicom';
import { renderDicomPng } from '../dicom/renderDicomPng';
import { createMemoryUidMap } from '../dicom/uidMap';
import { assetIdsOf } from '../export/loadSlideImages';
import type { JobContext } from '../jobs/jobRegistry';
import { assetFilePath, type Library } from '../library/library';
import { readVideoSource } from '../video/videoSource';
import { redactionSpans } from './redactionSpans';
import type { GraphRedaction, GraphScene, Layer } from './reelGraph';
import { renderLayers, type LayerRequest } from './renderLayers';

/** A scene ready for the graph, with what the output check needs to find its redactions again. */
export type ResolvedScene = GraphScene & { index: number; sourceSize: { width: number; height: number }; scale: number };

export type ResolvedReel = {
  scenes: ResolvedScene[];
  /** Every asset the reel shows or plays, for the export log. */
  assetIds: string[];
  assets: Map<string, Asset>;
  /** Output rate: 30, or a clip's or cine loop's own rate up to 60. */
  fps: number;
};

const sceneName = (i: number) => `Scene ${i + 1}`;

/** The asset a scene or track names, only from the post's own project, with its file present. */
export function assetFor(lib: Library, post: Post, id: string, what: string, kinds: readonly Asset['kind'][]): { asset: Asset; file: string } {
  let asset: Asset;
  try {
    asset = getAsset(lib.db, id);
  } catch {
    throw new StudioFailure('not_found', `${what} uses a file that is no longer in the library; replace it and export again.`);
  }
  if (asset.projectId !== post.projectId) throw new StudioFailure('not_found', `${what} uses a file from another project; replace it and export again.`);
  if (!kinds.includes(asset.kind)) throw new StudioFailure('invalid_input', `${what} needs ${kinds.join(' or ')}, not ${asset.kind}.`);
  const file = assetFilePath(lib, asset.hash);
  if (!fs.existsSync(file)) throw new StudioFailure('not_found', `${what}: the library's copy of “${asset.originalName}” is missing from disk; import it again.`);
  return { asset, file };
}

/**
 * A DICOM's bytes de-identified (PS3.15 profile) with the burned-in text its scan found cleaned
 * from every frame. Only pixels leave the export, but they are drawn from this copy, never from
 * the original, so a header or overlay quirk cannot reach them.
 */
async function deidentifiedDicom(lib: Library, asset: Asset, file: string): Promise<Uint8Array> {
  const text = (getAnalysis(lib.db, asset.id)?.findings ?? []).filter((f) => f.kind !== 'face').map((f) => f.box);
  const { output } = await deidentifyDicom(new Uint8Array(await fs.promises.readFile(file)), {
    uidMap: createMemoryUidMap(),
    findBurnedIn: async () => text,
  });
  return output;
}

/** Accepted redactions only; a proposal still waiting for the user refuses the export before this. */
function graphRedactions(redactions: readonly TimedRedaction[], scale = 1): GraphRedaction[] {
  return redactions
    .filter((r) => r.status === 'accepted')
    .map((r) => ({
      mode: r.mode,
      face: r.finding === 'face',
      spans: redactionSpans(r).map((s) => ({ ...s, box: s.box.map((v) => v * scale) as typeof s.box })),
    }));
}

/** What refuses a reel before anything is drawn: no scenes, proposals undecided, a slide gone. */
export function reelBlockers(post: Post): string[] {
  const doc = post.document;
  const out: string[] = [];
  if (doc.scenes.length === 0) out.push('This reel has no scenes yet.');
  doc.scenes.forEach((s, i) => {
    const proposed = s.redactions.filter((r) => r.status === 'proposed').length;
    if (proposed) out.push(`${sceneName(i)} has ${proposed} proposed redaction${proposed === 1 ? '' : 's'} to accept or reject.`);
    const slideIds = [s.kind === 'slide' ? s.slideId : null, s.overlaySlideId].filter((id): id is string => id !== null);
    for (const id of slideIds) if (!doc.slides.some((sl) => sl.id === id)) out.push(`${sceneName(i)} uses a slide that is no longer in the post.`);
  });
  return out;
}

async function imageFile(lib: Library, asset: Asset, file: string, out: string): Promise<{ width: number; height: number }> {
  try {
    // Upright as displayed (EXIF rotation applied, as scans measured it), pixels only: ffmpeg
    // reads a plain PNG and never sees the original's metadata.
    const input = asset.kind === 'dicom' ? (await renderDicomPng(await deidentifiedDicom(lib, asset, file))).png : await fs.promises.readFile(file);
    const info = await sharp(input).rotate().png({ compressionLevel: 1 }).toFile(out);
    return { width: info.width, height: info.height };
  } catch (err) {
    if (err instanceof StudioFailure) throw err;
    throw new StudioFailure('corrupt', `“${asset.originalName}” cannot be read as an image: ${(err as Error).message}`);
  }
}

/**
 * Everything the graph needs on disk: slide scenes and overlays drawn through the export's own
 * path, images upright as PNG, clips probed, cine loops de-identified and written as PNG frames.
 */
export async function resolveScenes(lib: Library, post: Post, dir: string, job: JobContext): Promise<ResolvedReel> {
  const doc = post.document;
  const placed = placeScenes(doc.scenes);
  const assets = new Map<string, Asset>();
  const assetIds = new Set<string>();
  const slideOf = (id: string) => doc.slides.find((s) => s.id === id) as Slide;

  // Slides (scenes and overlays) are drawn together; the images on them are theirs to load.
  const layers: LayerRequest[] = [];
  const layerOf = new Map<string, number>();
  const want = (slideId: string, transparent: boolean) => {
    const key = `${slideId}:${transparent}`;
    if (!layerOf.has(key)) layerOf.set(key, layers.push({ slide: slideOf(slideId), transparent, name: `slide-${layers.length + 1}` }) - 1);
    return layerOf.get(key)!;
  };
  doc.scenes.forEach((s) => {
    if (s.kind === 'slide') want(s.slideId, false);
    if (s.overlaySlideId) want(s.overlaySlideId, true);
  });
  for (const id of assetIdsOf(layers.map((l) => l.slide))) {
    const { asset } = assetFor(lib, post, id, 'A slide of the reel', ['image', 'dicom']);
    assets.set(id, asset);
    assetIds.add(id);
  }
  job.progress(0, 100, 'Drawing slides and overlays');
  const drawn = await renderLayers(lib, layers, doc.canvas, assets, dir, job);

  let fps = 30;
  const scenes: ResolvedScene[] = [];
  for (const p of placed) {
    const s: ReelScene = p.scene;
    const i = p.index;
    if (job.signal.aborted) throw new StudioFailure('cancelled', 'Export cancelled.');
    job.progress(2 + Math.round((8 * i) / placed.length), 100, `Preparing ${sceneName(i).toLowerCase()} of ${placed.length}`);
    const overlayFile = s.overlaySlideId ? drawn[want(s.overlaySlideId, true)] : null;
    const overlay: Layer | null = overlayFile ?? null;
    const base = {
      index: i,
      startS: p.startMs / 1000,
      durationS: s.durationMs / 1000,
      crossfadeS: i > 0 && s.transition.kind === 'crossfade' ? s.transition.durationMs / 1000 : 0,
      overlay,
      scale: 1,
    };
    if (s.kind === 'slide') {
      const still = drawn[want(s.slideId, false)]!;
      const size = { width: still.width, height: still.height };
      scenes.push({ ...base, source: { kind: 'still', file: still.file, ...size, fit: 'cover', motion: 'none' }, redactions: graphRedactions(s.redactions), sourceSize: size });
      continue;
    }
    const what = sceneName(i);
    if (s.kind === 'image') {
      const { asset, file } = assetFor(lib, post, s.assetId, what, ['image', 'dicom']);
      assets.set(asset.id, asset);
      assetIds.add(asset.id);
      const out = path.join(dir, `image-${i + 1}.png`);
      const size = await imageFile(lib, asset, file, out);
      scenes.push({ ...base, source: { kind: 'still', file: out, ...size, fit: s.fit, motion: s.motion }, redactions: graphRedactions(s.redactions), sourceSize: size });
    } else if (s.kind === 'clip') {
      const { asset, file } = assetFor(lib, post, s.assetId, what, ['video']);
      assets.set(asset.id, asset);
      assetIds.add(asset.id);
      let source;
      try {
        source = await readVideoSource(file, job.signal);
      } catch (err) {
        if (err instanceof StudioFailure && err.code !== 'cancelled') throw new StudioFailure(err.code, `${what} (“${asset.originalName}”): ${err.message}`);
        throw err;
      }
      if (s.inMs / 1000 >= source.durationS) {
        throw new StudioFailure('invalid_input', `${what} starts at ${(s.inMs / 1000).toFixed(1)} s, but “${asset.originalName}” lasts only ${source.durationS.toFixed(1)} s; trim it again.`);
      }
      if (source.fps > 30.5) fps = Math.max(fps, Math.min(60, Math.round(source.fps)));
      const size = { width: source.width, height: source.height };
      const sound = doc.reel?.audio.clipSound !== false && !s.muted && source.hasAudio ? { volume: s.volume } : null;
      scenes.push({
        ...base,
        source: { kind: 'clip', file, ...size, fit: s.fit, inS: s.inMs / 1000, outS: Math.min(s.outMs / 1000, source.durationS), speed: s.speed, sound },
        redactions: graphRedactions(s.redactions),
        sourceSize: size,
      });
    } else {
      const { asset, file } = assetFor(lib, post, s.assetId, what, ['dicom']);
      assets.set(asset.id, asset);
      assetIds.add(asset.id);
      const bytes = await deidentifiedDicom(lib, asset, file);
      const seq = await writeCineFrames(bytes, path.join(dir, `cine-${i + 1}`), { window: s.window, signal: job.signal });
      // Frames are written with even sides; boxes drawn on the file's own pixels follow that size.
      const scale = seq.width / seq.info.width;
      const rate = s.fps ?? seq.info.fps;
      // A fast loop (echo at 50–60 frames a second) keeps its frames: the reel goes up to 60 fps.
      if (rate > 30.5) fps = Math.max(fps, Math.min(60, Math.round(rate)));
      const size = { width: seq.width, height: seq.height };
      scenes.push({
        ...base,
        scale,
        source: { kind: 'frames', pattern: seq.pattern, ...size, fit: s.fit, fps: rate },
        redactions: graphRedactions(s.redactions, scale),
        sourceSize: size,
      });
    }
  }
  return { scenes, assetIds: [...assetIds], assets, fps };
}
