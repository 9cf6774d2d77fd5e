import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { StudioFailure } from '../../../shared/api/errors';
import { samplesDir } from '../../../test/fixtures/tempLibrary';
import { readDicom, readTransferSyntax } from './dicomCodec';

const cr = new Uint8Array(fs.readFileSync(path.join(samplesDir, 'dicom', 'cr-7-00.dcm')));

function refusal(bytes: Uint8Array): StudioFailure {
  try {
    readDicom(bytes);
  } catch (err) {
    expect(err).toBeInstanceOf(StudioFailure);
    return err as StudioFailure;
  }
  throw new Error('expected a refusal');
}

describe('reading DICOM', () => {
  it('reads a complete file', () => {
    const { dict, transferSyntax } = readDicom(cr);
    expect(transferSyntax).toBe('1.2.840.10008.1.2.1');
    expect(dict['00080060'].Value).toEqual(['CR']);
  });

  it('refuses the file cut anywhere, as corrupt (dcmjs alone would read on)', () => {
    const cuts = [0, 100, 131, 132, 200, 300, 700, 1500, 2500, 4000, 100_000, cr.length / 2, cr.length - 1000, cr.length - 1];
    for (const cut of cuts) {
      const err = refusal(cr.slice(0, Math.floor(cut)));
      expect(err.code, `cut at ${cut}`).toBe('corrupt');
      expect(err.message).toMatch(/^[A-Z][^\n]*\.$/);
    }
  });

  it('names what the file is when it is not DICOM', () => {
    expect(refusal(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Uint8Array(300)])).message).toMatch(/PNG image/);
    expect(refusal(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...new Uint8Array(300)])).message).toMatch(/JPEG image/);
    expect(refusal(new TextEncoder().encode('hello '.repeat(100))).message).toMatch(/lacks the DICOM file header/);
    expect(refusal(new Uint8Array(0)).message).toMatch(/empty/);
  });

  it('refuses a damaged value representation rather than misreading what follows', () => {
    const bad = cr.slice();
    const at = Buffer.from(bad).indexOf(Buffer.from('PN', 'ascii'), 132);
    bad[at] = 0xb6;
    expect(refusal(bad)).toMatchObject({ code: 'corrupt', message: expect.stringMatching(/no valid value representation/) });
  });

  it('refuses a transfer syntax that is not a UID, and names a compressed one', () => {
    const bad = cr.slice();
    const at = Buffer.from(bad).indexOf(Buffer.from('1.2.840.10008.1.2.1\0', 'latin1'), 132);
    bad[at + 3] = 0x41;
    expect(() => readTransferSyntax(bad)).toThrow(/not a valid UID/);
    const rle = Buffer.from(cr);
    rle.write('1.2.840.10008.1.2.5\0', at, 'latin1');
    expect(refusal(new Uint8Array(rle))).toMatchObject({ code: 'unsupported', message: expect.stringMatching(/^Compressed DICOM \(RLE Lossless\)/) });
  });
});
