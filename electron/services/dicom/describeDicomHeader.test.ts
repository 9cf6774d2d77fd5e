import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { samplesDir } from '../../../test/fixtures/tempLibrary';
import { describeDicomHeader } from './describeDicomHeader';

describe('describeDicomHeader', () => {
  it('lists the identifying header values of a DICOM in plain words', () => {
    const fields = describeDicomHeader(new Uint8Array(fs.readFileSync(path.join(samplesDir, 'dicom', 'cr-7-00.dcm'))));
    const labels = fields.map((f) => f.label);
    expect(labels).toEqual(expect.arrayContaining(['Patient name', 'Patient ID', 'Institution']));
    const name = fields.find((f) => f.tag === 'PatientName')!;
    expect(name.value).not.toContain('^');
    expect(fields.find((f) => f.tag === 'PrivateTags')?.value).toMatch(/vendor-specific fields/);
  });

  it('gives nothing for a file that is not DICOM', () => {
    expect(describeDicomHeader(new Uint8Array([1, 2, 3]))).toEqual([]);
  });
});
