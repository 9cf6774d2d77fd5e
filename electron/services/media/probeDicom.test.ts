import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StudioFailure } from '../../../shared/api/errors';
import { dicomFile, type DicomOptions } from '../../../test/fixtures/craftedFiles';
import { makeTempDir, samplesDir } from '../../../test/fixtures/tempLibrary';
import { probeDicom } from './probeDicom';

let temp: ReturnType<typeof makeTempDir>;
beforeAll(() => {
  temp = makeTempDir();
});
afterAll(() => temp.cleanup());

let n = 0;
function craft(options: DicomOptions): string {
  const file = path.join(temp.dir, `crafted-${n++}.dcm`);
  fs.writeFileSync(file, dicomFile(options));
  return file;
}

async function failure(file: string): Promise<StudioFailure> {
  const err = await probeDicom(file).then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(StudioFailure);
  return err as StudioFailure;
}

/** The thumbnail's grey values (first channel), row by row. */
async function greys(thumbnail: Buffer | null): Promise<number[]> {
  expect(thumbnail).not.toBeNull();
  const { data, info } = await sharp(thumbnail!).raw().toBuffer({ resolveWithObject: true });
  return [...data].filter((_, i) => i % info.channels === 0);
}

const ramp = Array.from({ length: 16 }, (_, i) => i * 256);

describe('probeDicom on the samples', () => {
  it.each([
    ['cr-7-00.dcm', 832, 980],
    ['us-7-01.dcm', 1024, 768],
    ['ct-7-02.dcm', 512, 512],
  ])('%s: reads its geometry and renders a non-blank thumbnail', async (name, width, height) => {
    const probe = await probeDicom(path.join(samplesDir, 'dicom', name));
    expect(probe).toMatchObject({ width, height, frames: 1 });
    const meta = await sharp(probe.thumbnail!).stats();
    expect(meta.channels[0].stdev).toBeGreaterThan(5);
    const size = await sharp(probe.thumbnail!).metadata();
    expect(Math.max(size.width ?? 0, size.height ?? 0)).toBe(512);
  });

  it('refuses the truncated sample as corrupt, saying it is truncated', async () => {
    const err = await failure(path.join(samplesDir, 'dicom/cr-7-03.dcm'));
    expect(err.code).toBe('corrupt');
    expect(err.message).toMatch(/truncated/);
  });
});

describe('probeDicom on crafted files', () => {
  it('renders a 16-bit ramp from dark to light', async () => {
    const probe = await probeDicom(craft({ pixels: ramp }));
    expect(probe).toMatchObject({ width: 4, height: 4, frames: 1, modality: 'OT' });
    const g = await greys(probe.thumbnail);
    expect(g[0]).toBeLessThan(10);
    expect(g[15]).toBeGreaterThan(245);
  });

  it('inverts MONOCHROME1', async () => {
    const probe = await probeDicom(craft({ pixels: ramp, extra: [[0x0028, 0x0004, 'CS', 'MONOCHROME1']] }));
    const g = await greys(probe.thumbnail);
    expect(g[0]).toBeGreaterThan(245);
    expect(g[15]).toBeLessThan(10);
  });

  it('uses the window in the file', async () => {
    // Centre 2048, width 1024: 1536 (index 6) and below are black, 2048 mid-grey, 2560 (index 10) and above white.
    const probe = await probeDicom(craft({ pixels: ramp, extra: [[0x0028, 0x1050, 'DS', '2048\\100'], [0x0028, 0x1051, 'DS', '1024\\50']] }));
    const g = await greys(probe.thumbnail);
    // (JPEG blurs a 4×4 image a little, hence the tolerances.)
    expect(Math.max(...g.slice(0, 7))).toBeLessThan(15);
    expect(Math.abs(g[8] - 128)).toBeLessThan(20);
    expect(Math.min(...g.slice(10))).toBeGreaterThan(240);
  });

  it('ignores a blank rescale slope instead of flattening the image', async () => {
    const probe = await probeDicom(craft({ pixels: ramp, extra: [[0x0028, 0x1052, 'DS', '0'], [0x0028, 0x1053, 'DS', ' ']] }));
    const g = await greys(probe.thumbnail);
    expect(g[15] - g[0]).toBeGreaterThan(200);
  });

  it('refuses a file without pixel data as unsupported', async () => {
    const err = await failure(craft({}));
    expect(err.code).toBe('unsupported');
    expect(err.message).toMatch(/no image \(no pixel data\)/);
  });

  it('refuses pixel data shorter than the image as corrupt', async () => {
    const err = await failure(craft({ rows: 64, columns: 64, pixels: ramp }));
    expect(err.code).toBe('corrupt');
    expect(err.message).toMatch(/shorter than its image size/);
  });

  it('refuses an image above the pixel limit as too_large before reading its pixels', async () => {
    const err = await failure(craft({ rows: 20_000, columns: 20_000, pixels: ramp }));
    expect(err.code).toBe('too_large');
    expect(err.message).toContain('20000×20000');
  });

  it('accepts compressed pixel data without a thumbnail', async () => {
    const probe = await probeDicom(craft({ pixels: ramp, transferSyntax: '1.2.840.10008.1.2.4.50' }));
    expect(probe).toMatchObject({ width: 4, height: 4, thumbnail: null });
  });
});
