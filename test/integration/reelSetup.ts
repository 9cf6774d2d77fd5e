import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { newArrow, newShape, newSlide, newText } from '../../shared/editor/objectFactory';
import type { Asset } from '../../shared/model/asset';
import { PostDocument, type Slide } from '../../shared/model/postDocument';
import type { ReelSceneInput, ReelSettingsInput } from '../../shared/model/reel';
import type { ComplianceFinding } from '../../shared/compliance/types';
import type { ReelExportResult } from '../../shared/reel/reelApi';
import type { ExportWorld } from './exportSetup';
import { FONT, makeClip } from './videoClips';

export const REEL_CANVAS = { formatId: 'instagram-reel', width: 1080, height: 1920 };

/**
 * 4 s, 640×360 on mid grey: a moving white square, "SMITH^JOHN" drawn at (20, 20) the whole
 * time, a 440 Hz tone, and identifying container tags (creation time, GPS position, title).
 */
export function reelClip(dir: string): string {
  return makeClip(path.join(dir, 'clip.mp4'), [
    '-f', 'lavfi', '-i', 'color=c=0x808080:s=640x360:r=30:d=4',
    '-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=44100:duration=4',
    '-vf', `drawbox=x=t*100:y=200:w=60:h=60:color=white:t=fill,drawtext=fontfile=${FONT}:text='SMITH^JOHN':x=20:y=20:fontsize=28:fontcolor=white`,
    '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest',
    '-metadata', 'creation_time=2021-05-04T08:30:00Z', '-metadata', 'location=+48.8566+002.3522/', '-metadata', 'title=Jane Doe knee',
  ]);
}

/** A 1200×900 colour gradient photo (no faces, no text): an image scene that moves. */
export async function reelPhoto(dir: string): Promise<string> {
  const file = path.join(dir, 'photo.png');
  const { width, height } = { width: 1200, height: 900 };
  const data = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data.set([(x * 255) / width, (y * 255) / height, 160], (y * width + x) * 3);
  await sharp(data, { raw: { width, height, channels: 3 } }).png().toFile(file);
  return file;
}

export async function importFile(world: ExportWorld, file: string): Promise<Asset> {
  return (await world.call<{ asset: Asset }>('assets.import', { projectId: world.projectId, name: path.basename(file) }, file)).asset;
}

export const titleSlide = (): Slide => ({
  ...newSlide(undefined, [newText(REEL_CANVAS, 'Knee effusion: what to look for', { x: 540, y: 900 }), newShape(REEL_CANVAS, 'rect', { x: 540, y: 1400 })]),
  background: '#f4f1ea',
  altText: 'Title card of a teaching reel on knee effusion.',
});

/** A transparent slide with one arrow: drawn over a scene. */
export const arrowOverlay = (): Slide => ({
  ...newSlide(undefined, [newArrow(REEL_CANVAS, { x: 700, y: 1300 }, { x: 900, y: 1500 })]),
  background: '#00000000',
  altText: 'An arrow pointing at the effusion.',
});

export function reelDocument(slides: Slide[], scenes: ReelSceneInput[], reel: ReelSettingsInput | undefined): PostDocument {
  return PostDocument.parse({ schemaVersion: 3, canvas: REEL_CANVAS, slides, scenes, parts: [], ...(reel ? { reel } : {}) });
}

export async function createReel(world: ExportWorld, document: PostDocument): Promise<string> {
  const post = await world.call<{ id: string }>('posts.create', { projectId: world.projectId, title: 'Knee reel', format: 'reel', platforms: ['instagram'], document });
  return post.id;
}

/** The gate's inputs with every warning acknowledged (errors still refuse). */
export async function reelGate(world: ExportWorld, postId: string, platforms = ['instagram']) {
  const { findings } = await world.call<{ findings: ComplianceFinding[] }>('compliance.check', { postId, platforms });
  const acks = findings.filter((f) => f.severity === 'warning').map((f) => ({ rule: f.rule, where: f.where.key, reason: 'Test fixture: reviewed.' }));
  return { platforms, acks, errors: findings.filter((f) => f.severity === 'error') };
}

export async function exportReelFile(world: ExportWorld, postId: string, jobId?: string): Promise<{ result: ReelExportResult; file: string }> {
  const { platforms, acks } = await reelGate(world, postId);
  const result = await world.call<ReelExportResult>('reels.export', { postId, platforms, acks, ...(jobId ? { jobId } : {}) });
  const { data } = await world.call<{ data: Uint8Array }>('exports.download', { exportId: result.exportId });
  const file = path.join(world.dir, `out-${result.exportId}.mp4`);
  fs.writeFileSync(file, data);
  return { result, file };
}

const ffmpeg = process.env.FFMPEG_BIN || 'ffmpeg';

/** One decoded frame of the output as RGB. */
export function frameAt(file: string, t: number, width: number, height: number): Buffer {
  const out = execFileSync(ffmpeg, ['-v', 'error', '-ss', t.toFixed(3), '-i', file, '-frames:v', '1', '-f', 'rawvideo', '-pix_fmt', 'rgb24', 'pipe:1'], { maxBuffer: 64 << 20 });
  if (out.length !== width * height * 3) throw new Error(`frame at ${t}: ${out.length} bytes`);
  return out;
}

/** Mean brightness (0–255) of a rectangle of an RGB frame. */
export function meanLuma(rgb: Buffer, width: number, [x, y, w, h]: [number, number, number, number]): number {
  let sum = 0;
  for (let j = y; j < y + h; j++) for (let i = x; i < x + w; i++) {
    const p = (j * width + i) * 3;
    sum += 0.299 * rgb[p] + 0.587 * rgb[p + 1] + 0.114 * rgb[p + 2];
  }
  return sum / (w * h);
}

/** ffmpeg's own summary of a file (stderr of `ffmpeg -i`). */
export function ffmpegInfo(file: string): string {
  return spawnSync(ffmpeg, ['-hide_banner', '-i', file], { encoding: 'utf8' }).stderr;
}

/** Mean volume (dB) of a stretch of the output's sound. */
export function meanVolume(file: string, from: number, seconds: number): number {
  const run = spawnSync(ffmpeg, ['-hide_banner', '-ss', String(from), '-t', String(seconds), '-i', file, '-af', 'volumedetect', '-vn', '-f', 'null', '-'], { encoding: 'utf8' });
  const m = /mean_volume: (-?[\d.]+|-inf) dB/.exec(run.stderr);
  return m ? Number(m[1] === '-inf' ? -Infinity : m[1]) : NaN;
}
