import { describe, expect, it } from 'vitest';
import type { Asset } from '../../../shared/model/asset';
import type { Library } from '../library/library';
import { assetMedia, MAX_MEDIA_BYTES } from './assetMedia';

const asset = (over: Partial<Asset>): Asset => ({
  id: 'a1',
  projectId: 'p',
  kind: 'video',
  mime: 'video/mp4',
  bytes: 1000,
  hash: 'f'.repeat(64),
  width: 1920,
  height: 1080,
  durationMs: 60_000,
  originalName: 'long.mp4',
  importedAt: 't',
  hasThumbnail: true,
  derivedFrom: null,
  phiStatus: 'unchecked',
  ...over,
});
// Refusals are decided from the row alone: the file is never opened.
const lib = { assetsDir: '/nonexistent' } as Library;

describe('assetMedia', () => {
  it('refuses a file over the preview cap, saying how big it is and what to do', async () => {
    const err = await assetMedia(lib, asset({ bytes: MAX_MEDIA_BYTES + 1 })).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'too_large', message: expect.stringMatching(/^This file is 500 MB; .* up to 500 MB\. Trim or compress it first\.$/) });
  });

  it('refuses images and DICOM, naming the call that shows them', async () => {
    await expect(assetMedia(lib, asset({ kind: 'dicom', mime: 'application/dicom' }))).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/assets\.cinePreview/) });
    await expect(assetMedia(lib, asset({ kind: 'image', mime: 'image/png' }))).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/assets\.preview/) });
  });

  it('says the file is missing rather than failing with a raw error', async () => {
    await expect(assetMedia(lib, asset({}))).rejects.toMatchObject({ code: 'not_found', message: 'The media file is missing from the library.' });
  });
});
