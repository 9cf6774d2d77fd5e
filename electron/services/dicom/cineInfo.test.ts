import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { cineDicom } from '../../../test/fixtures/cineDicom';
import { dicomFile } from '../../../test/fixtures/craftedFiles';
import { failureOf } from '../../../test/fixtures/studioFailure';
import { cineInfo } from './cineInfo';
import { renderCineFrames, writeCineFrames } from './cineFrames';
import { makeTempDir } from '../../../test/fixtures/tempLibrary';

const bytes = (b: Buffer) => new Uint8Array(b);

describe('cineInfo', () => {
  it('reads frames, size and the rate from Frame Time (ms between frames)', () => {
    const info = cineInfo(bytes(cineDicom({ frames: 8, extra: [[0x0018, 0x1063, 'DS', '40']] })));
    expect(info).toEqual({ frames: 8, fps: 25, fpsSource: 'frame-time', width: 64, height: 48, modality: 'OT', durationMs: 320 });
  });

  it('falls back to Cine Rate, then Recommended Display Frame Rate, then 15 fps', () => {
    expect(cineInfo(bytes(cineDicom({ extra: [[0x0018, 0x0040, 'IS', '30']] })))).toMatchObject({ fps: 30, fpsSource: 'cine-rate' });
    expect(cineInfo(bytes(cineDicom({ extra: [[0x0008, 0x2144, 'IS', '12']] })))).toMatchObject({ fps: 12, fpsSource: 'recommended-rate' });
    expect(cineInfo(bytes(cineDicom({ frames: 3 })))).toMatchObject({ fps: 15, fpsSource: 'default', durationMs: 200 });
  });

  it('skips a nonsense Frame Time (0 ms, or a rate over 120 fps) for the next source', () => {
    const zero = cineInfo(bytes(cineDicom({ extra: [[0x0018, 0x1063, 'DS', '0'], [0x0018, 0x0040, 'IS', '24']] })));
    expect(zero).toMatchObject({ fps: 24, fpsSource: 'cine-rate' });
    expect(cineInfo(bytes(cineDicom({ extra: [[0x0018, 0x1063, 'DS', '2']] })))).toMatchObject({ fps: 15, fpsSource: 'default' });
  });

  it('refuses a single-frame image with a sentence saying what to do instead', () => {
    const single = dicomFile({ rows: 4, columns: 4, pixels: new Array(16).fill(100) });
    const failure = failureOf(() => cineInfo(bytes(single)));
    expect(failure.code).toBe('invalid_input');
    expect(failure.message).toMatch(/single frame.*image scene/);
  });

  it('refuses a file whose pixel data is shorter than its frames', () => {
    const whole = cineDicom({ frames: 4 });
    const failure = failureOf(() => cineInfo(bytes(whole.subarray(0, whole.length - 64 * 48 * 2))));
    expect(failure.code).toBe('corrupt');
  });
});

describe('renderCineFrames', () => {
  it('renders every frame windowed, scaled to the width asked for with even sides', async () => {
    const cine = renderCineFrames(bytes(cineDicom({ frames: 5, rows: 51, columns: 101 })), { maxWidth: 50 });
    expect([cine.width, cine.height, cine.channels]).toEqual([50, 24, 1]);
    const frames = [];
    for await (const f of cine.frames()) frames.push(f);
    expect(frames).toHaveLength(5);
    for (const f of frames) expect([f.width, f.height, f.channels, f.data.length]).toEqual([50, 24, 1, 50 * 24]);
    // The bright square moves right: the brightest column's position rises frame by frame.
    const brightest = frames.map((f) => {
      let best = 0;
      for (let i = 0; i < f.data.length; i++) if (f.data[i] > f.data[best]) best = i;
      return best % f.width;
    });
    expect(brightest[0]).toBeLessThan(brightest[2]);
    expect(brightest[2]).toBeLessThan(brightest[4]);
    expect(Math.max(...frames[0].data)).toBeGreaterThan(240);
  });

  it('never enlarges a small loop', () => {
    const cine = renderCineFrames(bytes(cineDicom({ frames: 2 })), { maxWidth: 540 });
    expect([cine.width, cine.height]).toEqual([64, 48]);
  });
});

describe('writeCineFrames', () => {
  it('writes the loop as a numbered PNG sequence an ffmpeg input pattern reads, with the rate', async () => {
    const temp = makeTempDir('cine-frames-');
    try {
      const seq = await writeCineFrames(bytes(cineDicom({ frames: 4, extra: [[0x0018, 0x1063, 'DS', '100']] })), path.join(temp.dir, 'frames'));
      expect(seq.info.fps).toBe(10);
      expect(seq.files.map((f) => path.basename(f))).toEqual(['frame-00001.png', 'frame-00002.png', 'frame-00003.png', 'frame-00004.png']);
      expect(seq.pattern).toBe(path.join(temp.dir, 'frames', 'frame-%05d.png'));
      const meta = await sharp(seq.files[3]).metadata();
      expect([meta.width, meta.height, meta.channels, meta.exif, meta.xmp]).toEqual([64, 48, 1, undefined, undefined]);
      expect(fs.readdirSync(path.join(temp.dir, 'frames'))).toHaveLength(4);
    } finally {
      temp.cleanup();
    }
  });
});
