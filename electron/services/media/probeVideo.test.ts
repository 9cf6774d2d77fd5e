import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StudioFailure } from '../../../shared/api/errors';
import { makeTempDir, samplesDir } from '../../../test/fixtures/tempLibrary';
import { ffmpegPath } from './ffmpegPath';
import { parseFfmpegInfo, probeVideo } from './probeVideo';

// What `ffmpeg -hide_banner -i clip-7-00.mp4` prints (ffmpeg 5.1).
const clipInfo = `Input #0, mov,mp4,m4a,3gp,3g2,mj2, from '/work/shared/samples/video/clip-7-00.mp4':
  Metadata:
    major_brand     : isom
    minor_version   : 512
    compatible_brands: isomiso2avc1mp41
    creation_time   : 2020-09-16T10:42:00.000000Z
    title           : Linda Nowak case
    encoder         : Lavf59.27.100
  Duration: 00:00:10.00, start: 0.000000, bitrate: 2904 kb/s
  Stream #0:0[0x1](und): Video: h264 (High) (avc1 / 0x31637661), yuv420p(progressive), 1080x1080, 2825 kb/s, 30 fps, 30 tbr, 15360 tbn (default)
    Metadata:
      creation_time   : 2020-09-16T10:42:00.000000Z
      handler_name    : VideoHandler
      vendor_id       : [0][0][0][0]
      encoder         : Lavc59.37.100 libx264
  Stream #0:1[0x2](und): Audio: aac (LC) (mp4a / 0x6134706D), 44100 Hz, mono, fltp, 69 kb/s (default)
    Metadata:
      creation_time   : 2020-09-16T10:42:00.000000Z
      handler_name    : SoundHandler
      vendor_id       : [0][0][0][0]
At least one output file must be specified
`;

// A phone's portrait video: stored landscape, shown rotated.
const portraitInfo = `Input #0, mov,mp4,m4a,3gp,3g2,mj2, from 'IMG_0042.MOV':
  Metadata:
    major_brand     : qt
  Duration: 01:02:03.45, start: 0.000000, bitrate: 15000 kb/s
  Stream #0:0[0x1](und): Audio: aac (LC) (mp4a / 0x6134706D), 44100 Hz, stereo, fltp, 96 kb/s (default)
  Stream #0:1[0x2](und): Video: hevc (Main) (hvc1 / 0x31637668), yuv420p(tv, bt709), 1920x1080 [SAR 1:1 DAR 16:9], 14900 kb/s, 29.97 fps, 29.97 tbr, 600 tbn (default)
    Metadata:
      handler_name    : Core Media Video
    Side data:
      displaymatrix: rotation of -90.00 degrees
`;

describe('parseFfmpegInfo', () => {
  it('reads size and duration from the real output for the sample clip', () => {
    expect(parseFfmpegInfo(clipInfo)).toEqual({ width: 1080, height: 1080, durationMs: 10_000, rotation: 0 });
  });

  it('reads a display rotation of -90 degrees as a quarter turn, and hours in the duration', () => {
    expect(parseFfmpegInfo(portraitInfo)).toEqual({ width: 1920, height: 1080, durationMs: 3_723_450, rotation: 90 });
  });

  it('reads the older rotate tag and treats half turns as no swap', () => {
    const tagged = clipInfo.replace('      handler_name    : VideoHandler', '      rotate          : 270\n      handler_name    : VideoHandler');
    expect(parseFfmpegInfo(tagged)?.rotation).toBe(90);
    expect(parseFfmpegInfo(portraitInfo.replace('-90.00', '180.00'))?.rotation).toBe(0);
  });

  it('takes the size from the real video stream, not an attached cover picture', () => {
    const withCover = portraitInfo.replace(
      '  Stream #0:0[0x1](und): Audio',
      '  Stream #0:2: Video: mjpeg (Baseline), yuvj420p(pc), 600x600 [SAR 1:1 DAR 1:1], 90k tbr, 90k tbn (attached pic)\n  Stream #0:0[0x1](und): Audio',
    );
    expect(parseFfmpegInfo(withCover)).toMatchObject({ width: 1920, height: 1080 });
  });

  it('gives null when there is no video stream, and 0 ms when the duration is unknown', () => {
    const audioOnly = clipInfo.replace(/ {2}Stream #0:0.*\n/, '');
    expect(parseFfmpegInfo(audioOnly)).toBeNull();
    expect(parseFfmpegInfo('')).toBeNull();
    expect(parseFfmpegInfo(clipInfo.replace('Duration: 00:00:10.00', 'Duration: N/A'))?.durationMs).toBe(0);
  });
});

describe('probeVideo with the real ffmpeg', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let rotated: string;

  beforeAll(() => {
    temp = makeTempDir();
    const plain = path.join(temp.dir, 'plain.mp4');
    rotated = path.join(temp.dir, 'rotated.mp4');
    const ff = (...args: string[]) => execFileSync(ffmpegPath(), ['-hide_banner', '-loglevel', 'error', '-y', ...args]);
    ff('-f', 'lavfi', '-i', 'testsrc=size=320x240:rate=10:duration=1', '-c:v', 'mpeg4', plain);
    ff('-i', plain, '-c', 'copy', '-metadata:s:v:0', 'rotate=90', rotated);
  });
  afterAll(() => temp.cleanup());

  it('reads the sample clip and makes a square thumbnail of at most 512 px', async () => {
    const probe = await probeVideo(path.join(samplesDir, 'video/clip-7-00.mp4'));
    expect(probe).toMatchObject({ width: 1080, height: 1080, durationMs: 10_000 });
    const thumb = await sharp(probe.thumbnail!).metadata();
    expect([thumb.format, thumb.width, thumb.height]).toEqual(['jpeg', 512, 512]);
  });

  it('swaps width and height for a video shown rotated by a quarter turn', async () => {
    const probe = await probeVideo(rotated);
    expect(probe).toMatchObject({ width: 240, height: 320, durationMs: 1000 });
    // The preview is upright too: portrait, 3:4.
    const thumb = await sharp(probe.thumbnail!).metadata();
    expect((thumb.width ?? 0) * 4).toBe((thumb.height ?? 0) * 3);
  });

  it('refuses a file that is not a video as corrupt', async () => {
    const notVideo = path.join(temp.dir, 'notes.mp4');
    fs.writeFileSync(notVideo, 'ftyp but not really a video'.repeat(100));
    const err = await probeVideo(notVideo).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StudioFailure);
    expect((err as StudioFailure).code).toBe('corrupt');
  });

  it('does not enlarge a clip smaller than the thumbnail', async () => {
    const probe = await probeVideo(path.join(temp.dir, 'plain.mp4'));
    const thumb = await sharp(probe.thumbnail!).metadata();
    expect([thumb.width, thumb.height]).toEqual([320, 240]);
  });

  it('does not start ffmpeg at all when already cancelled', async () => {
    const err = await probeVideo(path.join(samplesDir, 'video/clip-7-00.mp4'), AbortSignal.abort()).catch((e: unknown) => e);
    expect((err as StudioFailure).code).toBe('cancelled');
  });

  it('is cancelled by its signal', async () => {
    const controller = new AbortController();
    const pending = probeVideo(path.join(samplesDir, 'video/clip-7-00.mp4'), controller.signal);
    controller.abort();
    const err = await pending.catch((e: unknown) => e);
    expect((err as StudioFailure).code).toBe('cancelled');
  });
});
