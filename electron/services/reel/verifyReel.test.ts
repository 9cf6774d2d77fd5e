import { describe, expect, it } from 'vitest';
import { encoderBanner, mp4MetadataTags, parseReelProbe } from './verifyReel';

// What ffmpeg 5.1 prints for an exported reel (`ffmpeg -i reel.mp4`).
const INFO = `Input #0, mov,mp4,m4a,3gp,3g2,mj2, from 'reel.mp4':
  Metadata:
    major_brand     : isom
    minor_version   : 512
    compatible_brands: isomiso2avc1mp41
  Duration: 00:00:04.50, start: 0.000000, bitrate: 769 kb/s
  Stream #0:0[0x1](und): Video: h264 (High) (avc1 / 0x31637661), yuv420p(progressive), 1080x1920 [SAR 1:1 DAR 9:16], 685 kb/s, 30 fps, 30 tbr, 15360 tbn (default)
    Metadata:
      handler_name    : VideoHandler
      vendor_id       : [0][0][0][0]
      encoder         : Lavc libx264
  Stream #0:1[0x2](und): Audio: aac (LC) (mp4a / 0x6134706D), 48000 Hz, stereo, fltp, 72 kb/s (default)
    Metadata:
      handler_name    : SoundHandler
      vendor_id       : [0][0][0][0]`;

describe('parseReelProbe', () => {
  it('reads codec, profile, pixel format, size, rate, sound and length', () => {
    expect(parseReelProbe(INFO)).toEqual({
      video: { codec: 'h264', profile: 'High', pixFmt: 'yuv420p', width: 1080, height: 1920, fps: 30 },
      audio: { codec: 'aac', rate: 48000, channels: 'stereo' },
      durationS: 4.5,
    });
    expect(parseReelProbe('Duration: 00:00:01.00').video).toBeNull();
  });
});

describe('mp4MetadataTags', () => {
  const base = {
    SourceFile: 'x.mp4',
    'System:FileModifyDate': '2026:12:06 19:12:34+00:00',
    'File:FileType': 'MP4',
    'QuickTime:MajorBrand': 'isom',
    'QuickTime:CreateDate': '0000:00:00 00:00:00',
    'Track1:MediaCreateDate': '0000:00:00 00:00:00',
    'Track1:CompressorName': 'Lavc libx264',
    'Track1:HandlerDescription': 'VideoHandler',
    'Track2:AudioSampleRate': 48000,
    'Composite:ImageSize': '1080 1920',
    'Composite:Rotation': 0,
  };

  it('accepts the structure of a bit-exact MP4', () => {
    expect(mp4MetadataTags(base)).toEqual([]);
  });

  it('flags a phone clip’s date, place, muxer version and user data', () => {
    const phone = {
      ...base,
      'QuickTime:CreateDate': '2024:01:01 10:00:00',
      'Track1:CompressorName': 'Lavc59.37.100 libx264',
      'ItemList:Encoder': 'Lavf59.27.100',
      'UserData:LocationInformation': 'Lat=48.85660 Lon=2.35219',
      'Composite:GPSLatitude': 48.8566,
      'Composite:Rotation': 90,
      'QuickTime:Make': 'Apple',
    };
    expect(mp4MetadataTags(phone).sort()).toEqual(
      ['Composite:GPSLatitude', 'Composite:Rotation', 'ItemList:Encoder', 'QuickTime:CreateDate', 'QuickTime:Make', 'Track1:CompressorName', 'UserData:LocationInformation'].sort(),
    );
  });
});

describe('encoderBanner', () => {
  it('finds x264’s settings banner in a stream', () => {
    expect(encoderBanner(Buffer.from('....x264 - core 164 r3095 - H.264/MPEG-4 AVC codec'))).toBe('x264 - core');
    expect(encoderBanner(Buffer.from('mdat....'))).toBeNull();
  });
});
