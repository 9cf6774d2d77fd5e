import { execFile } from 'node:child_process';
import { StudioFailure } from '../../../shared/api/errors';
import { runFfmpeg } from '../media/runFfmpeg';
import { NEUTRAL_MP4_TAGS, listedTags } from '../video/checkOutput';

/** What `ffmpeg -i` says of the written reel. */
export type ReelProbe = {
  video: { codec: string; profile: string; pixFmt: string; width: number; height: number; fps: number } | null;
  audio: { codec: string; rate: number; channels: string } | null;
  durationS: number;
};

/** Reads ffmpeg's stream summary; exported for tests. */
export function parseReelProbe(stderr: string): ReelProbe {
  const d = /Duration: (\d+):(\d{2}):(\d{2}(?:\.\d+)?)/.exec(stderr);
  const durationS = d ? Number(d[1]) * 3600 + Number(d[2]) * 60 + Number(d[3]) : 0;
  const vLine = stderr.split('\n').find((l) => /Stream #\d+:\d+.*: Video: /.test(l));
  const aLine = stderr.split('\n').find((l) => /Stream #\d+:\d+.*: Audio: /.test(l));
  let video: ReelProbe['video'] = null;
  if (vLine) {
    const codec = /Video: (\w+)(?: \(([^)]+)\))?/.exec(vLine);
    const size = /, (\d{2,5})x(\d{2,5})/.exec(vLine);
    const fps = /, (\d+(?:\.\d+)?) fps/.exec(vLine);
    const pix = /\), (\w+)\(|, (yuv\w+|gray\w*|rgb\w+)[,(]/.exec(vLine);
    video = {
      codec: codec?.[1] ?? '',
      profile: codec?.[2] ?? '',
      pixFmt: pix?.[1] ?? pix?.[2] ?? '',
      width: size ? Number(size[1]) : 0,
      height: size ? Number(size[2]) : 0,
      fps: fps ? Number(fps[1]) : 0,
    };
  }
  let audio: ReelProbe['audio'] = null;
  if (aLine) {
    const codec = /Audio: (\w+)/.exec(aLine);
    const rate = /, (\d+) Hz/.exec(aLine);
    const channels = /Hz, ([\w.() ]+?),/.exec(aLine);
    audio = { codec: codec?.[1] ?? '', rate: rate ? Number(rate[1]) : 0, channels: channels?.[1] ?? '' };
  }
  return { video, audio, durationS };
}

export type ReelExpectation = { width: number; height: number; fps: number; durationS: number };

/**
 * The written file, read back as a stranger would: H.264 High in yuv420p at the canvas's size
 * and rate, AAC-LC 48 kHz stereo, as long as the timeline (±0.2 s), and no tag but the neutral
 * ones ffmpeg cannot leave out (no creation time, place, device or encoder version).
 */
export async function checkReelStreams(file: string, expected: ReelExpectation, signal?: AbortSignal): Promise<string[]> {
  const { stderr } = await runFfmpeg(['-i', file], { signal, timeoutMs: 30_000 });
  const probe = parseReelProbe(stderr);
  const fail = (why: string): never => {
    throw new StudioFailure('internal', `The exported reel failed its check: ${why}. Nothing was saved.`);
  };
  const v = probe.video ?? fail('it has no video track');
  const a = probe.audio ?? fail('it has no sound track');
  if (v.codec !== 'h264' || !/^High/.test(v.profile)) fail(`the video is ${v.codec} ${v.profile}, not H.264 High`);
  if (v.pixFmt !== 'yuv420p') fail(`the pixels are ${v.pixFmt}, not yuv420p`);
  if (v.width !== expected.width || v.height !== expected.height) fail(`it is ${v.width}×${v.height} instead of ${expected.width}×${expected.height}`);
  if (Math.abs(v.fps - expected.fps) > 0.01) fail(`it plays at ${v.fps} fps instead of ${expected.fps}`);
  if (a.codec !== 'aac' || a.rate !== 48000 || a.channels !== 'stereo') fail(`the sound is ${a.codec} ${a.rate} Hz ${a.channels}, not AAC 48 kHz stereo`);
  if (Math.abs(probe.durationS - expected.durationS) > 0.2) fail(`it lasts ${probe.durationS.toFixed(2)} s instead of ${expected.durationS.toFixed(2)} s`);
  const leaks = listedTags(stderr).filter((t) => !NEUTRAL_MP4_TAGS[t.key]?.test(t.value));
  if (leaks.length) fail(`metadata still present (${leaks.map((t) => t.key).slice(0, 4).join(', ')})`);
  return [
    `H.264 High yuv420p ${v.width}×${v.height} at ${v.fps} fps, AAC 48 kHz stereo`,
    `${probe.durationS.toFixed(2)} s long (timeline ${expected.durationS.toFixed(2)} s)`,
    'no metadata tags in the container or its streams (ffmpeg)',
  ];
}

// What exiftool may report on a metadata-free MP4: the file system, the container's structure and
// the tracks' shape. Dates are allowed only as zeros (bit-exact muxing writes no time).
const MP4_STRUCTURE = new Set([
  'MajorBrand', 'MinorVersion', 'CompatibleBrands', 'MovieHeaderVersion', 'TimeScale', 'Duration', 'PreferredRate', 'PreferredVolume',
  'MatrixStructure', 'PreviewTime', 'PreviewDuration', 'PosterTime', 'SelectionTime', 'SelectionDuration', 'CurrentTime', 'NextTrackID',
  'HandlerType', 'HandlerVendorID', 'MediaDataSize', 'MediaDataOffset', 'TrackHeaderVersion', 'TrackID', 'TrackDuration', 'TrackLayer',
  'TrackVolume', 'ImageWidth', 'ImageHeight', 'MediaHeaderVersion', 'MediaTimeScale', 'MediaDuration', 'MediaLanguageCode',
  'HandlerDescription', 'GraphicsMode', 'OpColor', 'CompressorID', 'SourceImageWidth', 'SourceImageHeight', 'XResolution', 'YResolution',
  'CompressorName', 'BitDepth', 'PixelAspectRatio', 'BufferSize', 'MaxBitrate', 'AverageBitrate', 'VideoFrameRate', 'Balance',
  'AudioFormat', 'AudioChannels', 'AudioBitsPerSample', 'AudioSampleRate',
]);
const DATE_TAGS = /^(CreateDate|ModifyDate|TrackCreateDate|TrackModifyDate|MediaCreateDate|MediaModifyDate)$/;
const COMPOSITE = new Set(['ImageSize', 'Megapixels', 'AvgBitrate', 'Rotation']);
const FILE = new Set(['FileType', 'FileTypeExtension', 'MIMEType']);

/** The tags of an exiftool -j -a -G1 record of an MP4 that are metadata, not structure; exported for tests. */
export function mp4MetadataTags(record: Record<string, unknown>): string[] {
  return Object.entries(record)
    .filter(([key, value]) => {
      if (key === 'SourceFile') return false;
      const [group, tag] = key.includes(':') ? key.split(':', 2) : ['', key];
      if (group === 'ExifTool' || group === 'System') return false;
      if (group === 'File') return !FILE.has(tag);
      if (group === 'Composite') return !(COMPOSITE.has(tag) && !(tag === 'Rotation' && value !== 0));
      if (group !== 'QuickTime' && !/^Track\d+$/.test(group)) return true;
      if (DATE_TAGS.test(tag)) return value !== '0000:00:00 00:00:00';
      if (tag === 'CompressorName') return !/^(Lavc libx264)?$/.test(String(value));
      if (tag === 'HandlerDescription') return !/^(VideoHandler|SoundHandler)?$/.test(String(value));
      return !MP4_STRUCTURE.has(tag);
    })
    .map(([key]) => key);
}

/** exiftool's reading of the reel (when installed): any tag beyond the structure fails. */
export function checkReelExiftool(file: string): Promise<string | null> {
  return new Promise((resolve, reject) => {
    execFile('exiftool', ['-j', '-a', '-G1', '-n', file], { timeout: 60_000, maxBuffer: 16 << 20 }, (err, stdout) => {
      if (err && (err as NodeJS.ErrnoException).code === 'ENOENT') return resolve(null);
      if (err && !stdout) return reject(new StudioFailure('internal', `exiftool could not read the exported reel; nothing was saved.`));
      const found = mp4MetadataTags((JSON.parse(stdout) as Record<string, unknown>[])[0] ?? {});
      if (found.length) return reject(new StudioFailure('internal', `The exported reel carries metadata (${found.slice(0, 5).join(', ')}); nothing was saved.`));
      resolve('exiftool finds no metadata (no dates, place, device or encoder version)');
    });
  });
}

export { encoderBanner } from '../video/checkOutput';
