import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyWindow } from '../../../shared/dicom/windowing';
import { makeTempDir, samplesDir } from '../../../test/fixtures/tempLibrary';
import { readDicom } from './dicomCodec';
import { makeSyntheticDicom } from './fixtures/syntheticDicom';
import { readPixelLayout } from './pixelLayout';
import { monochromeValues, renderFrame } from './renderFrame';
import { renderDicomPng } from './renderDicomPng';

const temp = makeTempDir('medpost-dicom-png-');
const file = (name: string) => new Uint8Array(fs.readFileSync(path.join(temp.dir, name)));
beforeAll(() => makeSyntheticDicom(temp.dir));
afterAll(() => temp.cleanup());

/** The PNG's own samples: one channel for grey (sharp would widen it to sRGB otherwise). */
async function grey(png: Buffer) {
  const { channels } = await sharp(png).metadata();
  return sharp(png).toColourspace(channels === 1 ? 'b-w' : 'srgb').raw().toBuffer({ resolveWithObject: true });
}

describe('renderDicomPng', () => {
  it('draws the samples at native size, 8-bit, with no metadata beyond the basic PNG fields', async () => {
    const input = new Uint8Array(fs.readFileSync(path.join(samplesDir, 'dicom', 'cr-7-00.dcm')));
    const { png, width, height } = await renderDicomPng(input);
    expect({ width, height }).toEqual({ width: 832, height: 980 });
    const meta = await sharp(png).metadata();
    expect(meta).toMatchObject({ format: 'png', width: 832, height: 980, channels: 1, depth: 'uchar' });
    const out = path.join(temp.dir, 'cr.png');
    fs.writeFileSync(out, png);
    const tags = JSON.parse(execFileSync('exiftool', ['-j', '-a', '-G1', out]).toString())[0] as Record<string, unknown>;
    // The scorer's list of what a PNG may carry: its basic fields and the standard small chunks.
    const allowed = /^(SourceFile$|ExifTool:|System:|File:|Composite:(ImageSize|Megapixels)$|PNG:(ImageWidth|ImageHeight|BitDepth|ColorType|Compression|Filter|Interlace)$|PNG-(pHYs|cHRM|gAMA|sRGB|sBIT|bKGD|tRNS):)/;
    const extra = Object.keys(tags).filter((k) => !allowed.test(k));
    expect(extra).toEqual([]);
  });

  it('applies rescale and the first window by default, and the presets on request', async () => {
    const input = file('signed16.dcm');
    const { dict, transferSyntax } = readDicom(input);
    const layout = readPixelLayout(dict, transferSyntax)!;
    const values = monochromeValues(layout, 0);
    for (const [choice, window] of [
      ['default', { center: 40, width: 400 }],
      ['bone', { center: 300, width: 1500 }],
      ['lung', { center: -600, width: 1500 }],
      ['soft-tissue', { center: 40, width: 400 }],
    ] as const) {
      const expected = applyWindow({ values, slope: 1, intercept: -1024, invert: false, window });
      const { data } = await grey((await renderDicomPng(input, { window: choice })).png);
      expect(Buffer.compare(data, Buffer.from(expected)), choice).toBe(0);
    }
    const custom = await grey((await renderDicomPng(input, { window: { center: 500, width: 10 } })).png);
    expect(new Set(custom.data).size).toBeGreaterThan(1);
  });

  it('inverts MONOCHROME1 so its largest value shows black', async () => {
    const input = file('mono1.dcm');
    const { dict, transferSyntax } = readDicom(input);
    const layout = readPixelLayout(dict, transferSyntax)!;
    const values = monochromeValues(layout, 0);
    const { data } = renderFrame({ dict, layout });
    const brightest = values.indexOf(Math.max(...values));
    const darkest = values.indexOf(Math.min(...values));
    expect(data[brightest]).toBe(0);
    expect(data[darkest]).toBe(255);
  });

  it('draws planar RGB as RGB, and any frame of a multi-frame image', async () => {
    const rgb = await grey((await renderDicomPng(file('rgb-planar.dcm'))).png);
    expect(rgb.info.channels).toBe(3);
    const first = await grey((await renderDicomPng(file('multiframe.dcm'))).png);
    const third = await grey((await renderDicomPng(file('multiframe.dcm'), { frame: 2 })).png);
    expect(Buffer.compare(first.data, third.data)).not.toBe(0);
    await expect(renderDicomPng(file('multiframe.dcm'), { frame: 3 })).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('refuses a file without pixel data', async () => {
    await expect(renderDicomPng(file('nopixels.dcm'))).rejects.toMatchObject({ code: 'unsupported' });
  });
});
