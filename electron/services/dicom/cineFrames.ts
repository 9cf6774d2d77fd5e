import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { StudioFailure } from '../../../shared/api/errors';
import type { CineInfo } from '../../../shared/reel/reelAssetApi';
import { cineInfoOf } from './cineInfo';
import { readDicom } from './dicomCodec';
import { readPixelLayout } from './pixelLayout';
import { renderFrame, type RenderedFrame, type WindowChoice } from './renderFrame';

export type CineFrameOptions = {
  window?: WindowChoice;
  /** Frames wider than this are scaled down (aspect kept); never enlarged. */
  maxWidth?: number;
  signal?: AbortSignal;
};

/**
 * A cine loop rendered frame by frame: `width`×`height` (even, so H.264 in yuv420p takes them),
 * `channels` 1 (grey: ffmpeg `-pix_fmt gray`) or 3 (`rgb24`), played at `info.fps`.
 */
export type CineFrames = {
  info: CineInfo;
  width: number;
  height: number;
  channels: 1 | 3;
  frames(): AsyncGenerator<RenderedFrame>;
};

const even = (n: number) => Math.max(2, 2 * Math.floor(n / 2));

/**
 * Renders every frame of a multi-frame DICOM as a viewer shows it (windowed, MONOCHROME1
 * inverted, colour as RGB), scaled to fit `maxWidth`. Give it DE-IDENTIFIED bytes
 * (deidentifyDicom with a burned-in text finder): it draws exactly what it is given. Shared by the
 * cine preview (assets.cinePreview) and the reel export, so both show the same pictures.
 * Frames are rendered one at a time as they are asked for, so a long loop is never held whole.
 */
export function renderCineFrames(bytes: Uint8Array, options: CineFrameOptions = {}): CineFrames {
  const { dict, transferSyntax } = readDicom(bytes);
  const info = cineInfoOf(dict, transferSyntax);
  const layout = readPixelLayout(dict, transferSyntax)!;
  const scale = options.maxWidth && options.maxWidth < info.width ? options.maxWidth / info.width : 1;
  const width = even(info.width * scale);
  const height = even(info.height * scale);
  const first = renderFrame({ dict, layout }, { window: options.window, frame: 0 });
  const channels = first.channels;
  const sized = async (frame: RenderedFrame): Promise<RenderedFrame> => {
    if (frame.width === width && frame.height === height) return frame;
    const image = sharp(frame.data, { raw: { width: frame.width, height: frame.height, channels: frame.channels } }).resize(width, height, { fit: 'fill', kernel: 'lanczos3' });
    // Left alone, sharp widens one grey channel to three on output.
    if (channels === 1) image.toColourspace('b-w');
    const data = await image.raw().toBuffer();
    if (data.length !== width * height * channels) throw new Error(`A cine frame came out as ${data.length} bytes, not ${width}×${height}×${channels}.`);
    return { width, height, channels, data: new Uint8Array(data.buffer, data.byteOffset, data.length) };
  };
  return {
    info,
    width,
    height,
    channels,
    async *frames() {
      for (let i = 0; i < info.frames; i++) {
        if (options.signal?.aborted) throw new StudioFailure('cancelled', 'Cancelled.');
        yield await sized(i === 0 ? first : renderFrame({ dict, layout }, { window: options.window, frame: i }));
      }
    },
  };
}

export type CineSequence = {
  info: CineInfo;
  /** ffmpeg input pattern for the PNGs: `-framerate <fps> -i <pattern>`. */
  pattern: string;
  files: string[];
  width: number;
  height: number;
};

/**
 * The loop as a PNG sequence (frame-00001.png …) in `dir`, for an ffmpeg filter graph input
 * (`-framerate info.fps -i pattern`). PNGs hold no metadata beyond their basic chunks.
 */
export async function writeCineFrames(bytes: Uint8Array, dir: string, options: CineFrameOptions = {}): Promise<CineSequence> {
  const cine = renderCineFrames(bytes, options);
  await fs.promises.mkdir(dir, { recursive: true });
  const files: string[] = [];
  for await (const frame of cine.frames()) {
    const file = path.join(dir, `frame-${String(files.length + 1).padStart(5, '0')}.png`);
    const image = sharp(frame.data, { raw: { width: frame.width, height: frame.height, channels: frame.channels } });
    if (frame.channels === 1) image.toColourspace('b-w');
    await image.png({ compressionLevel: 3 }).toFile(file);
    files.push(file);
  }
  return { info: cine.info, pattern: path.join(dir, 'frame-%05d.png'), files, width: cine.width, height: cine.height };
}
