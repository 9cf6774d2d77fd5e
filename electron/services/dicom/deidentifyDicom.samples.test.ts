import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { StudioFailure } from '../../../shared/api/errors';
import type { Box } from '../../../shared/phi/types';
import { makeTempDir, samplesDir } from '../../../test/fixtures/tempLibrary';
import { deidentifyDicom, type DicomDeidReport } from './deidentifyDicom';
import { inspectDicom, type Inspection } from './fixtures/syntheticDicom';
import { renderDicomPng } from './renderDicomPng';
import { createMemoryUidMap, isValidUid } from './uidMap';

// The shipped samples with their gold labels (../shared/samples/dicom/gold.json). The text finder
// here returns the gold boxes: these tests grade the header profile and the pixel destruction,
// not OCR (services/ocr has its own tests).

type Gold = {
  bad: boolean;
  modality: string;
  frames: number;
  transfer_syntax: string;
  phi: string[];
  remove: string[];
  uids: string[];
  private: boolean;
  burned: { text: string; box: Box }[];
  keep: { text: string; box: Box }[];
  png: { width: number; height: number };
};

const dir = path.join(samplesDir, 'dicom');
const gold = JSON.parse(fs.readFileSync(path.join(dir, 'gold.json'), 'utf8')) as Record<string, Gold>;
const readable = Object.keys(gold).filter((n) => !gold[n].bad);
const unreadable = Object.keys(gold).filter((n) => gold[n].bad);

type Result = { input: Uint8Array; output: Uint8Array; report: DicomDeidReport; before: Inspection; after: Inspection; png: Buffer; pngBefore: Buffer };
const results = new Map<string, Result>();

const emptyValue = (v: string | null | undefined) => v === null || v === undefined || v.trim() === '' || v === '<0 items>';

/** The PNG's own samples: one channel for grey (sharp would widen it to sRGB otherwise). */
async function pixelsOf(png: Buffer) {
  const { channels } = await sharp(png).metadata();
  return sharp(png).toColourspace(channels === 1 ? 'b-w' : 'srgb').raw().toBuffer({ resolveWithObject: true });
}

beforeAll(async () => {
  const temp = makeTempDir('medpost-dicom-samples-');
  const requests = [];
  for (const name of readable) {
    const g = gold[name];
    const input = new Uint8Array(fs.readFileSync(path.join(dir, name)));
    const { output, report } = await deidentifyDicom(input, {
      uidMap: createMemoryUidMap(),
      findBurnedIn: async () => g.burned.map((b) => b.box),
    });
    const out = path.join(temp.dir, name);
    fs.writeFileSync(out, output);
    const boxes = [...g.burned.map((b) => b.box), ...g.keep.map((k) => k.box)];
    const keywords = [...g.remove, ...g.uids, 'PatientIdentityRemoved', 'DeidentificationMethod', 'BurnedInAnnotation', 'SOPInstanceUID', 'PatientName', 'PatientID'];
    requests.push({ path: path.join(dir, name), keywords, boxes }, { path: out, keywords, boxes });
    const png = (await renderDicomPng(output)).png;
    const pngBefore = (await renderDicomPng(input)).png;
    results.set(name, { input, output, report, png, pngBefore } as Result);
  }
  const inspected = inspectDicom(requests);
  readable.forEach((name, i) => Object.assign(results.get(name)!, { before: inspected[2 * i], after: inspected[2 * i + 1] }));
  temp.cleanup();
});

describe.each(readable)('de-identifying the sample %s', (name) => {
  const g = gold[name];
  const r = () => results.get(name)!;

  it('parses again with pydicom and keeps the pixel array shape', () => {
    expect(r().after.ok).toBe(true);
    expect(r().after.shape).toEqual(r().before.shape);
    expect(r().report).toMatchObject({ modality: g.modality, frames: g.frames, transferSyntax: g.transfer_syntax });
  });

  it('leaves none of the gold PHI strings anywhere in the bytes', () => {
    const bytes = Buffer.from(r().output).toString('latin1').toLowerCase();
    expect(g.phi.filter((s) => bytes.includes(s.toLowerCase()))).toEqual([]);
  });

  it('removes, empties or changes every identifying attribute', () => {
    const { before, after } = r();
    const kept = g.remove.filter((kw) => !emptyValue(after.values[kw]) && after.values[kw] === before.values[kw]);
    expect(kept).toEqual([]);
    expect(after.values.PatientName).toBe('ANONYMOUS^PATIENT');
    expect(after.values.PatientID).toMatch(/^ANON[0-9A-F]{10}$/);
  });

  it('replaces every UID with a new valid one, file meta included, and keeps none of the old ones', () => {
    const { before, after, output } = r();
    const bytes = Buffer.from(output).toString('latin1');
    for (const kw of g.uids) {
      const oldUid = before.values[kw]!;
      const newUid = after.values[kw]!;
      expect(isValidUid(newUid), `${kw} ${newUid}`).toBe(true);
      expect(newUid).not.toBe(oldUid);
      expect(bytes.includes(oldUid), `old ${kw} in output`).toBe(false);
    }
    expect(after.meta_sop).toBe(after.values.SOPInstanceUID);
    expect(r().report.uidsReplaced).toBeGreaterThanOrEqual(g.uids.length);
  });

  it('removes every private element and records the de-identification', () => {
    const { before, after, report } = r();
    if (g.private) expect(before.private).toBeGreaterThan(0);
    expect(after.private).toBe(0);
    expect(report.privateTagsRemoved).toBe(before.private);
    expect(after.values.PatientIdentityRemoved).toBe('YES');
    expect(after.values.DeidentificationMethod).toMatch(/Basic Profile/);
    expect(after.codes).toContain('113100');
  });

  it('destroys every burned-in label in every frame and keeps the annotations pixel for pixel', () => {
    const { before, after, report } = r();
    const nBurned = g.burned.length;
    after.boxes!.slice(0, nBurned).forEach((frames, i) => {
      for (const f of frames) expect(f.uniform, `${g.burned[i].text}`).toBe(true);
    });
    after.boxes!.slice(nBurned).forEach((frames, i) => {
      frames.forEach((f, k) => expect(f.sha1, g.keep[i].text).toBe(before.boxes![nBurned + i][k].sha1));
    });
    if (nBurned > 0) {
      expect(report.pixelsCleaned).toBe(true);
      expect(after.values.BurnedInAnnotation).toBe('NO');
      expect(after.codes).toContain('113101');
      expect(after.values.DeidentificationMethod).toMatch(/Clean Pixel Data/);
    } else {
      expect(report.pixelsCleaned).toBe(false);
    }
  });

  it('renders a PNG of the gold size with the labels gone and the annotations unchanged', async () => {
    const { png, pngBefore } = r();
    const a = await pixelsOf(png);
    const b = await pixelsOf(pngBefore);
    expect({ width: a.info.width, height: a.info.height }).toEqual(g.png);
    const box = (img: typeof a, [x, y, w, h]: Box) => {
      const out: number[] = [];
      for (let yy = y; yy < y + h; yy++) for (let xx = x; xx < x + w; xx++) for (let c = 0; c < img.info.channels; c++) out.push(img.data[(yy * img.info.width + xx) * img.info.channels + c]);
      return out;
    };
    for (const burned of g.burned) expect(new Set(box(a, burned.box)).size, burned.text).toBe(1);
    for (const keep of g.keep) expect(box(a, keep.box), keep.text).toEqual(box(b, keep.box));
  });
});

describe('unreadable samples', () => {
  it.each(unreadable)('refuses %s as corrupt with one clear sentence', async (name) => {
    const input = new Uint8Array(fs.readFileSync(path.join(dir, name)));
    const err = await deidentifyDicom(input, { uidMap: createMemoryUidMap() }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StudioFailure);
    expect((err as StudioFailure).code).toBe('corrupt');
    expect((err as StudioFailure).message).toMatch(/^[A-Z][^\n]*\.$/);
    await expect(renderDicomPng(input)).rejects.toMatchObject({ code: 'corrupt' });
  });
});
