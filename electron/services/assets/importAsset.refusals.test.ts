import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorCode, Result } from '../../../shared/api/errors';
import { bombPng, dicomFile, filesUnder } from '../../../test/fixtures/craftedFiles';
import { makeTempDir, samplesDir } from '../../../test/fixtures/tempLibrary';
import { expectNothingLeft, useTempStudio } from '../../../test/fixtures/tempStudio';

// Each bad input must come back as a clear, coded error and leave the library as it was:
// no row, nothing stored, nothing staged.

// Created when the file loads, because the test table below names paths inside it.
const inputs = makeTempDir('medpost-inputs-');
const t = useTempStudio('Refusals');

const input = (name: string) => path.join(inputs.dir, name);
const sample = (rel: string) => path.join(samplesDir, rel);

beforeAll(() => {
  fs.writeFileSync(input('empty.png'), '');
  fs.writeFileSync(input('truncated.jpg'), fs.readFileSync(sample('images/photo-7-00.jpg')).subarray(0, 3000));
  fs.writeFileSync(input('bomb.png'), bombPng(20_000, 10_000));
  fs.copyFileSync('/bin/ls', input('evil.jpg'));
  fs.writeFileSync(input('script.png'), '#!/bin/sh\necho pwned\n');
  fs.writeFileSync(input('no-pixels.dcm'), dicomFile());
  fs.writeFileSync(input('truncated.mp4'), fs.readFileSync(sample('video/clip-7-00.mp4')).subarray(0, 4000));
  fs.writeFileSync(input('animation.gif'), Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'));
  fs.writeFileSync(input('photo.heic'), Buffer.from('\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic', 'latin1'));
  fs.mkdirSync(input('a-folder.png'));
});
afterAll(() => inputs.cleanup());



describe('importing a bad file', () => {
  it.each<[string, string, ErrorCode, RegExp]>([
    ['a 0-byte file', input('empty.png'), 'unsupported', /empty \(0 bytes\)/],
    ['a truncated JPEG', input('truncated.jpg'), 'corrupt', /premature end|damaged|incomplete/i],
    ['a 200-megapixel PNG', input('bomb.png'), 'too_large', /20000×10000 \(200 megapixels\).*limit is 100 megapixels/],
    ['an executable renamed to .jpg', input('evil.jpg'), 'unsupported', /program/],
    ['a shell script renamed to .png', input('script.png'), 'unsupported', /program or script/],
    ['a DICOM file without pixel data', input('no-pixels.dcm'), 'unsupported', /no pixel data/],
    ['a truncated DICOM file', sample('dicom/cr-7-03.dcm'), 'corrupt', /truncated/],
    ['a truncated MP4', input('truncated.mp4'), 'corrupt', /video cannot be read/],
    ['a GIF', input('animation.gif'), 'unsupported', /GIF and TIFF/],
    ['a HEIC photo', input('photo.heic'), 'unsupported', /HEIC/],
    ['a folder', input('a-folder.png'), 'invalid_input', /folder/],
  ])('refuses %s with a clear %s error and leaves nothing behind', async (_what, file, code, message) => {
    const result = (await t.studio.dispatch(
      'assets.import',
      { projectId: t.projectId, name: path.basename(file) },
      { upload: { kind: 'path', path: file } },
    )) as Result<unknown>;
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.message).toMatch(message);
    expect(result.error.message).not.toMatch(/\n\s+at /);
    expectNothingLeft(t);
  });

  it('refuses a decompression bomb sent as bytes too', async () => {
    const result = await t.studio.dispatch(
      'assets.import',
      { projectId: t.projectId, name: 'bomb.png' },
      { upload: { kind: 'bytes', data: new Uint8Array(fs.readFileSync(input('bomb.png'))) } },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'too_large' } });
    expectNothingLeft(t);
  });

  it('still imports a good file after a refusal', async () => {
    await t.studio.dispatch('assets.import', { projectId: t.projectId, name: 'evil.jpg' }, { upload: { kind: 'path', path: input('evil.jpg') } });
    const ok = await t.studio.dispatch('assets.import', { projectId: t.projectId, name: 'x.png' }, { upload: { kind: 'path', path: sample('images/xray-7-00.png') } });
    expect(ok).toMatchObject({ ok: true, value: { duplicate: false } });
    expect(filesUnder(path.join(t.dir, 'assets'))).toHaveLength(1);
  });
});
