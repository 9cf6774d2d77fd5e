import { describe, expect, it } from 'vitest';
import { parseContainerMetadata } from './containerMetadata';
import { parseStreams } from './probeAudio';

// ffmpeg's summaries of the files clinicians bring, trimmed to what matters.
const iphone = `Input #0, mov,mp4,m4a,3gp,3g2,mj2, from 'IMG_4411.MOV':
  Metadata:
    major_brand     : qt
    minor_version   : 0
    compatible_brands: qt
    creation_time   : 2024-02-01T09:12:44.000000Z
    com.apple.quicktime.location.accuracy.horizontal: 4.713841
    com.apple.quicktime.location.ISO6709: +51.5072-000.1275+021.000/
    com.apple.quicktime.make: Apple
    com.apple.quicktime.model: iPhone 13 Pro
    com.apple.quicktime.software: 17.2.1
    com.apple.quicktime.creationdate: 2024-02-01T10:12:44+0100
  Duration: 00:00:04.52, start: 0.000000, bitrate: 9212 kb/s
  Stream #0:0[0x1](und): Video: hevc (Main) (hvc1 / 0x31637668), yuv420p(tv, bt709), 1920x1080, 9000 kb/s, 29.98 fps, 30 tbr, 600 tbn (default)
    Metadata:
      creation_time   : 2024-02-01T09:12:44.000000Z
      handler_name    : Core Media Video
      vendor_id       : [0][0][0][0]
      encoder         : HEVC
    Side data:
      displaymatrix: rotation of -90.00 degrees
  Stream #0:1[0x2](und): Audio: aac (LC) (mp4a / 0x6134706D), 44100 Hz, mono, fltp, 176 kb/s (default)
`;
const android = `Input #0, mov,mp4,m4a,3gp,3g2,mj2, from 'VID_20240201.mp4':
  Metadata:
    major_brand     : mp42
    com.android.version: 14
    location        : +48.8566+002.3522/
    location-eng    : +48.8566+002.3522/
  Duration: 00:00:02.00, start: 0.000000, bitrate: 100 kb/s
  Stream #0:0[0x1](eng): Video: h264 (avc1 / 0x31637661), yuv420p, 1280x720, 30 fps, 30 tbr, 90k tbn (default)
`;

describe('parseContainerMetadata', () => {
  it('lists what an iPhone clip says about where, when and with what it was recorded', () => {
    expect(parseContainerMetadata(iphone)).toEqual([
      { tag: 'creation_time', value: '2024-02-01T09:12:44.000000Z', label: 'Recording date' },
      { tag: 'com.apple.quicktime.location.accuracy.horizontal', value: '4.713841', label: 'GPS position' },
      { tag: 'com.apple.quicktime.location.ISO6709', value: '+51.5072-000.1275+021.000/', label: 'GPS position' },
      { tag: 'com.apple.quicktime.make', value: 'Apple', label: 'Recording device' },
      { tag: 'com.apple.quicktime.model', value: 'iPhone 13 Pro', label: 'Recording device' },
      { tag: 'com.apple.quicktime.software', value: '17.2.1', label: 'Recording device' },
      { tag: 'com.apple.quicktime.creationdate', value: '2024-02-01T10:12:44+0100', label: 'Recording date' },
    ]);
  });

  it('lists an Android clip’s position and version, once each value, and ignores brands, encoder and handler', () => {
    expect(parseContainerMetadata(android).map((m) => `${m.label}: ${m.tag}`)).toEqual([
      'Recording device: com.android.version',
      'GPS position: location',
      'GPS position: location-eng',
    ]);
  });
});

describe('parseStreams', () => {
  it('tells a clip with sound from a cover picture in a music file', () => {
    expect(parseStreams(iphone)).toEqual({ hasVideo: true, hasAudio: true, durationMs: 4520, audioCodec: 'aac' });
    const mp3 = `  Duration: 00:03:01.20, start: 0.025057, bitrate: 320 kb/s
  Stream #0:0: Audio: mp3, 44100 Hz, stereo, fltp, 320 kb/s
  Stream #0:1: Video: mjpeg (Baseline), yuvj420p(pc, bt470bg/unknown/unknown), 500x500 [SAR 1:1 DAR 1:1], 90k tbr, 90k tbn (attached pic)`;
    expect(parseStreams(mp3)).toEqual({ hasVideo: false, hasAudio: true, durationMs: 181_200, audioCodec: 'mp3' });
    expect(parseStreams('  Duration: N/A, start: -0.007000, bitrate: N/A\n  Stream #0:0: Audio: opus, 48000 Hz, mono, fltp')).toMatchObject({ durationMs: null, audioCodec: 'opus' });
  });
});
