import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { StudioFailure } from '../../../shared/api/errors';
import { bombPng } from '../../../test/fixtures/craftedFiles';
import { decodeForFaces } from './rawImage';

async function failure(input: Buffer): Promise<StudioFailure> {
  const err = await decodeForFaces(input).then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(StudioFailure);
  return err as StudioFailure;
}

describe('decodeForFaces', () => {
  it('applies EXIF orientation, so boxes match the photo as shown', async () => {
    // Stored 60×40 with "rotate 90° clockwise to display": shown 40×60.
    const stored = await sharp({ create: { width: 60, height: 40, channels: 3, background: '#808080' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const image = await decodeForFaces(stored);
    expect([image.width, image.height, image.channels]).toEqual([40, 60, 3]);
    expect(image.data.length).toBe(40 * 60 * 3);
  });

  it('gives greyscale as RGB and keeps alpha', async () => {
    const grey = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#404040' } }).greyscale().png().toBuffer();
    expect((await decodeForFaces(grey)).channels).toBe(3);
    const rgba = await sharp({ create: { width: 8, height: 8, channels: 4, background: { r: 1, g: 2, b: 3, alpha: 0.5 } } }).png().toBuffer();
    const image = await decodeForFaces(rgba);
    expect(image.channels).toBe(4);
    expect([...image.data.slice(0, 4)]).toEqual([1, 2, 3, 128]);
  });

  it('decodes 16-bit images to 8 bits', async () => {
    const deep = await sharp({ create: { width: 4, height: 4, channels: 3, background: { r: 200, g: 100, b: 50 } } })
      .toColourspace('rgb16')
      .png()
      .toBuffer();
    expect((await sharp(deep).metadata()).depth).toBe('ushort');
    const image = await decodeForFaces(deep);
    expect(image.data.length).toBe(4 * 4 * 3);
    expect([...image.data.slice(0, 3)]).toEqual([200, 100, 50]);
  });

  it('refuses a decompression bomb as too_large', async () => {
    expect((await failure(bombPng())).code).toBe('too_large');
  });

  it('refuses a truncated JPEG as corrupt', async () => {
    const jpeg = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#336699' } }).jpeg().toBuffer();
    expect((await failure(jpeg.subarray(0, jpeg.length >> 1))).code).toBe('corrupt');
  });
});
