import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { ImageFinding } from '../../../shared/phi/types';
import { readMetadata } from '../metadata/readMetadata';
import type { RawImage } from '../ocr/ocrTypes';
import { burnRedactions } from './burnRedactions';
import { decodeImage } from './decodeImage';
import { encodeClean, outputFormatFor } from './encodeClean';

/** A noisy RGBA image: every pixel different, so any pixel left untouched shows. */
function noisy(width: number, height: number, channels: RawImage['channels']): RawImage {
  const data = new Uint8Array(width * height * channels);
  for (let i = 0; i < data.length; i++) data[i] = (i * 7919 + (i >> 3) * 104729) % 251;
  return { width, height, channels, data };
}

const finding = (kind: ImageFinding['kind'], box: ImageFinding['box']): ImageFinding => ({
  box,
  kind,
  text: '',
  source: kind === 'face' ? 'face' : 'ocr',
  confidence: 1,
  reason: 'test',
});

function pixels(image: RawImage, [x0, y0, w, h]: number[]): number[][] {
  const out: number[][] = [];
  for (let y = y0; y < y0 + h; y++) for (let x = x0; x < x0 + w; x++) out.push([...image.data.subarray((y * image.width + x) * image.channels, (y * image.width + x + 1) * image.channels)]);
  return out;
}

describe('burnRedactions', () => {
  it('fills text solid black and opaque, a few pixels past its box, even when pixelation is asked for faces', () => {
    const image = noisy(100, 60, 4);
    const [burned] = burnRedactions(image, [finding('date', [20, 20, 30, 10])], { face: 'pixelate' });
    expect(burned[0]).toBeLessThan(20);
    expect(burned[2]).toBeGreaterThan(30);
    expect(new Set(pixels(image, burned).map((p) => p.join()))).toEqual(new Set(['0,0,0,255']));
    // Outside the box nothing changed.
    expect(pixels(image, [0, 0, 5, 5])).toEqual(pixels(noisy(100, 60, 4), [0, 0, 5, 5]));
  });

  it('pixelates a face into about six cells across, with a margin for hair and jaw', () => {
    const image = noisy(300, 300, 3);
    const [region] = burnRedactions(image, [finding('face', [100, 100, 60, 60])]);
    expect(region[2]).toBeGreaterThan(60);
    const row = pixels(image, [region[0], region[1] + 5, region[2], 1]).map((p) => p.join());
    const runs = row.filter((p, i) => i === 0 || p !== row[i - 1]).length;
    expect(runs).toBeGreaterThanOrEqual(6);
    expect(runs).toBeLessThanOrEqual(9);
  });

  it('fills a face solid when asked', () => {
    const image = noisy(300, 300, 1);
    const [region] = burnRedactions(image, [finding('face', [100, 100, 60, 60])], { face: 'solid' });
    expect(new Set(pixels(image, region).map((p) => p[0]))).toEqual(new Set([0]));
  });
});

describe('encodeClean', () => {
  it('picks the format by extension and refuses others', () => {
    expect(outputFormatFor('a/b.PNG')).toBe('png');
    expect(outputFormatFor('x.jpeg')).toBe('jpeg');
    expect(() => outputFormatFor('x.webp')).toThrow(/\.png, \.jpg or \.jpeg/);
  });

  it('writes pixels with no metadata, whatever the source carried', async () => {
    const source = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#a06040' } })
      .withExif({ IFD0: { Artist: 'Someone Identifiable', ImageDescription: 'Patient X' } })
      .withIccProfile('p3')
      .jpeg()
      .toBuffer();
    expect((await readMetadata(source)).length).toBeGreaterThan(0);
    const image = await decodeImage(source);
    for (const format of ['png', 'jpeg'] as const) {
      const out = await encodeClean(image, format);
      expect(await readMetadata(out)).toEqual([]);
      const meta = await sharp(out).metadata();
      expect([meta.width, meta.height, meta.format]).toEqual([40, 30, format]);
    }
  });

  it('writes a grey image grey, with or without alpha', async () => {
    for (const channels of [1, 2] as const) {
      const out = await encodeClean(noisy(20, 10, channels), 'png');
      expect((await sharp(out).metadata()).channels).toBe(channels);
    }
  });

  it('applies the EXIF orientation before anything: the output is the picture as shown', async () => {
    const sideways = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#ffffff' } })
      .withMetadata({ orientation: 6 })
      .jpeg()
      .toBuffer();
    const image = await decodeImage(sideways);
    expect([image.width, image.height]).toEqual([30, 40]);
    const out = await encodeClean(image, 'png');
    const meta = await sharp(out).metadata();
    expect([meta.width, meta.height, meta.orientation]).toEqual([30, 40, undefined]);
  });
});
