import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StudioFailure } from '../../../shared/api/errors';
import { makeTempDir } from '../../../test/fixtures/tempLibrary';
import { deidentifyDicom, type DicomDeidReport } from './deidentifyDicom';
import { inspectDicom, makeSyntheticDicom, type Inspection, type SyntheticEntry } from './fixtures/syntheticDicom';
import { renderDicomPng } from './renderDicomPng';
import { createMemoryUidMap, isValidUid } from './uidMap';

// Files pydicom writes for cases the samples do not cover: MONOCHROME1, signed pixels, planar
// RGB, several frames, big endian, implicit VR, deflate, deep sequences, no pixels, compression.

const temp = makeTempDir('medpost-dicom-synthetic-');
let manifest: Record<string, SyntheticEntry>;
type Done = { output: Uint8Array; report: DicomDeidReport; before: Inspection; after: Inspection };
const done = new Map<string, Done>();
const IMAGES = ['mono1.dcm', 'signed16.dcm', 'rgb-planar.dcm', 'multiframe.dcm', 'bigendian.dcm', 'implicit.dcm', 'deflated.dcm', 'nested.dcm'];
const HEADER_KEYWORDS = ['PatientName', 'PatientID', 'PatientBirthDate', 'StudyDate', 'InstitutionName', 'AccessionNumber', 'SOPInstanceUID', 'BurnedInAnnotation', 'PatientIdentityRemoved'];

beforeAll(async () => {
  manifest = makeSyntheticDicom(temp.dir);
  const requests = [];
  for (const name of [...IMAGES, 'nopixels.dcm']) {
    const m = manifest[name];
    const input = new Uint8Array(fs.readFileSync(path.join(temp.dir, name)));
    const { output, report } = await deidentifyDicom(input, { uidMap: createMemoryUidMap(), findBurnedIn: async () => m.burned });
    const out = path.join(temp.dir, `out-${name}`);
    fs.writeFileSync(out, output);
    const keywords = [...HEADER_KEYWORDS, ...Object.keys(m.kept ?? {}), 'ManufacturerModelName', 'FilterType', 'ReferencedImageSequence'];
    const boxes = [...m.burned, ...m.keep];
    requests.push({ path: path.join(temp.dir, name), keywords, boxes }, { path: out, keywords, boxes });
    done.set(name, { output, report } as Done);
  }
  const inspected = inspectDicom(requests);
  [...IMAGES, 'nopixels.dcm'].forEach((name, i) => Object.assign(done.get(name)!, { before: inspected[2 * i], after: inspected[2 * i + 1] }));
});

afterAll(() => temp.cleanup());

describe.each([...IMAGES, 'nopixels.dcm'])('synthetic %s', (name) => {
  const d = () => done.get(name)!;
  const m = () => manifest[name];

  it('comes out readable by pydicom with no identifier, private element or old UID left', () => {
    const { output, after } = d();
    expect(after.ok, after.error).toBe(true);
    const bytes = Buffer.from(output).toString('latin1').toLowerCase();
    expect(m().phi.filter((s) => bytes.includes(s.toLowerCase()))).toEqual([]);
    for (const uid of Object.values(m().uids)) expect(bytes.includes(uid.toLowerCase())).toBe(false);
    expect(after.private).toBe(0);
    expect(after.values.PatientIdentityRemoved).toBe('YES');
    expect(after.meta_sop).toBe(after.values.SOPInstanceUID);
    for (const uid of after.uis.filter((u) => !u.startsWith('1.2.840.10008.'))) expect(isValidUid(uid), uid).toBe(true);
  });

  it('keeps the pixel array shape and destroys the burned boxes in every frame, the rest untouched', () => {
    const { before, after, report } = d();
    if (m().frames === 0) {
      expect(after.shape).toBeUndefined();
      expect(report.frames).toBe(0);
      return;
    }
    expect(after.shape).toEqual(before.shape);
    expect(after.shape![0]).toBe(m().frames);
    const n = m().burned.length;
    after.boxes!.slice(0, n).forEach((frames) => {
      expect(frames).toHaveLength(m().frames);
      for (const f of frames) expect(f.uniform).toBe(true);
    });
    after.boxes!.slice(n).forEach((frames, i) => frames.forEach((f, k) => expect(f.sha1).toBe(before.boxes![n + i][k].sha1)));
    expect(report.pixelsCleaned).toBe(n > 0);
    if (n > 0) expect(after.values.BurnedInAnnotation).toBe('NO');
  });
});

describe('the fill is the value that displays black', () => {
  const fillOf = (name: string) => done.get(name)!.after.boxes![0][0].value;

  it('MONOCHROME1: the largest value present', () => {
    expect(fillOf('mono1.dcm')).toBe(done.get('mono1.dcm')!.after.max);
  });

  it('signed 16-bit: the most negative value present', () => {
    const { before, after } = done.get('signed16.dcm')!;
    expect(after.dtype).toBe('int16');
    expect(fillOf('signed16.dcm')).toBe(before.min);
    expect(before.min).toBeLessThan(0);
  });

  it('planar RGB: black in all three planes', () => {
    // The box reads uniform across rows, columns and channels, and its first sample is 0.
    expect(done.get('rgb-planar.dcm')!.after.boxes![0][0].uniform).toBe(true);
    expect(fillOf('rgb-planar.dcm')).toBe(0);
  });

  it('big endian: the minimum, written in the file’s byte order', () => {
    const { before, after } = done.get('bigendian.dcm')!;
    expect(after.transfer_syntax).toBe('1.2.840.10008.1.2.2');
    expect(fillOf('bigendian.dcm')).toBe(before.min);
    expect(after.max).toBeLessThanOrEqual(1023);
  });

  it('the PNG shows black where the labels were, MONOCHROME1 inverted', async () => {
    const sharp = (await import('sharp')).default;
    for (const name of ['mono1.dcm', 'signed16.dcm', 'rgb-planar.dcm', 'multiframe.dcm']) {
      const { png } = await renderDicomPng(done.get(name)!.output);
      const [x, y, w, h] = manifest[name].burned[0];
      const region = await sharp(png).extract({ left: x, top: y, width: w, height: h }).raw().toBuffer();
      expect(Math.max(...region), name).toBeLessThanOrEqual(10);
    }
  });
});

describe('header details', () => {
  it('converts deflated input to explicit VR little endian and keeps implicit VR as it was', () => {
    expect(done.get('deflated.dcm')!.after.transfer_syntax).toBe('1.2.840.10008.1.2.1');
    expect(done.get('implicit.dcm')!.after.transfer_syntax).toBe('1.2.840.10008.1.2');
  });

  it('goes down every sequence: identifiers four levels deep are gone, innocent values stay', () => {
    const { after, report } = done.get('nested.dcm')!;
    expect(after.values.ManufacturerModelName).toBeNull(); // held the patient's name
    expect(after.values.FilterType).toBeNull(); // held a phone number
    for (const [kw, value] of Object.entries(manifest['nested.dcm'].kept ?? {})) expect(after.values[kw]).toBe(value);
    expect(after.values.ReferencedImageSequence).toBe('<1 items>');
    expect(report.removed).toEqual(expect.arrayContaining(['RequestAttributesSequence', 'OtherPatientIDsSequence', 'ReferencedPatientSequence', 'ContentSequence']));
  });

  it('gives a referenced instance the same new UID wherever it is cited', () => {
    const { output } = done.get('nested.dcm')!;
    const refUid = manifest['nested.dcm'].ref_uid!;
    const uidMap = createMemoryUidMap();
    // The same map hands out the same replacement, so the two citations must now agree.
    return deidentifyDicom(new Uint8Array(fs.readFileSync(path.join(temp.dir, 'nested.dcm'))), { uidMap }).then(({ output: again }) => {
      const fresh = uidMap.map(refUid);
      const text = Buffer.from(again).toString('latin1');
      expect(text.split(fresh).length - 1).toBeGreaterThanOrEqual(2);
      expect(Buffer.from(output).toString('latin1').includes(refUid)).toBe(false);
    });
  });

  it('copes with a surname that is also a common word: our own text is not a leak, a matching code value goes', async () => {
    const input = new Uint8Array(fs.readFileSync(path.join(temp.dir, 'word-names.dcm')));
    const { output, report } = await deidentifyDicom(input, { uidMap: createMemoryUidMap() });
    expect(report.removed).toContain('BodyPartExamined');
    const text = Buffer.from(output).toString('latin1');
    expect(text).toContain('MedPost');
    expect(text).toContain('PA');
    expect(text.includes('POST^HAND')).toBe(false);
  });

  it('de-identifies a file without pixels but will not draw it', async () => {
    const { output, report } = done.get('nopixels.dcm')!;
    expect(report.removed).toContain('ContentSequence');
    await expect(renderDicomPng(output)).rejects.toMatchObject({ code: 'unsupported', message: expect.stringMatching(/no pixel data/) });
  });

  it('refuses a JPEG baseline file as unsupported, naming the syntax', async () => {
    const input = new Uint8Array(fs.readFileSync(path.join(temp.dir, 'jpeg-baseline.dcm')));
    const err = await deidentifyDicom(input, { uidMap: createMemoryUidMap() }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StudioFailure);
    expect(err).toMatchObject({ code: 'unsupported', message: expect.stringMatching(/^Compressed DICOM \(JPEG Baseline\) is not supported yet: /) });
    await expect(renderDicomPng(input)).rejects.toMatchObject({ code: 'unsupported' });
  });

  it('shows the text finder each frame that matters, and a full-range view when the window clips', async () => {
    const seen: string[] = [];
    const finder = async (image: { width: number; height: number; channels: number; data: Uint8Array }) => {
      seen.push(`${image.width}x${image.height}x${image.channels}`);
      return [];
    };
    await deidentifyDicom(new Uint8Array(fs.readFileSync(path.join(temp.dir, 'multiframe.dcm'))), { uidMap: createMemoryUidMap(), findBurnedIn: finder });
    expect(seen).toEqual(['192x128x1', '192x128x1', '192x128x1']); // first, middle, last frame
    seen.length = 0;
    await deidentifyDicom(new Uint8Array(fs.readFileSync(path.join(temp.dir, 'signed16.dcm'))), { uidMap: createMemoryUidMap(), findBurnedIn: finder });
    expect(seen).toHaveLength(2); // the first window, then the full range
  });

  it('refuses a deflated file cut short as corrupt', async () => {
    const whole = fs.readFileSync(path.join(temp.dir, 'deflated.dcm'));
    const err = await deidentifyDicom(new Uint8Array(whole.subarray(0, whole.length - 200)), { uidMap: createMemoryUidMap() }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'corrupt' });
  });

  it('says so when text-prone images were not checked for burned-in text', async () => {
    const input = new Uint8Array(fs.readFileSync(path.join(temp.dir, 'rgb-planar.dcm')));
    const { report } = await deidentifyDicom(input, { uidMap: createMemoryUidMap() });
    expect(report.pixelsCleaned).toBe(false);
    expect(report.warnings.join(' ')).toMatch(/Burned-in text was not checked/);
  });
});
