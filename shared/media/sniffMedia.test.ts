import { describe, expect, it } from 'vitest';
import { sampleHead } from '../../test/fixtures/sampleFiles';
import { SNIFF_BYTES, sniffMedia } from './sniffMedia';

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));
const isoBox = (brand: string) => bytes([0, 0, 0, 0x20], 'ftyp', brand, [0, 0, 2, 0]);
const head = (file: string) => sampleHead(file, SNIFF_BYTES);

describe('sniffMedia accepts the supported formats by their bytes', () => {
  it.each([
    ['JPEG', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF'), 'image', 'image/jpeg'],
    ['PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], 'IHDR'), 'image', 'image/png'],
    ['WebP', bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '), 'image', 'image/webp'],
    ['MP4', isoBox('isom'), 'video', 'video/mp4'],
    ['MOV', isoBox('qt  '), 'video', 'video/quicktime'],
    ['DICOM', bytes(new Array(128).fill(0), 'DICM', [2, 0, 0, 0]), 'dicom', 'application/dicom'],
    ['WAV', bytes('RIFF', [0x24, 0, 0, 0], 'WAVEfmt '), 'audio', 'audio/wav'],
    ['MP3', bytes('ID3', [4, 0, 0, 0, 0, 0, 0]), 'audio', 'audio/mpeg'],
    ['AAC', bytes([0xff, 0xf1, 0x50, 0x80, 0x02, 0x1f, 0xfc]), 'audio', 'audio/aac'],
    ['M4A', isoBox('M4A '), 'audio', 'audio/mp4'],
    ['Ogg', bytes('OggS', [0, 2, 0, 0]), 'audio', 'audio/ogg'],
    ['FLAC', bytes('fLaC', [0, 0, 0, 0x22]), 'audio', 'audio/flac'],
    ['WebM', bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01, 0x42, 0x82, 0x84], 'webm'), 'video', 'video/webm'],
  ] as const)('%s', (label, input, kind, mime) => {
    expect(sniffMedia(input)).toEqual({ ok: true, kind, mime, label });
  });

  it('takes an MP3 without an ID3 tag by its first frame header (MPEG-1 layer III, 128 kb/s)', () => {
    expect(sniffMedia(bytes([0xff, 0xfb, 0x90, 0x64, 0, 0]))).toMatchObject({ ok: true, kind: 'audio', mime: 'audio/mpeg' });
    // A frame header with the reserved bitrate or sample rate is no MP3.
    expect(sniffMedia(bytes([0xff, 0xfb, 0xf0, 0x64]))).toMatchObject({ ok: false });
    expect(sniffMedia(bytes([0xff, 0xfb, 0x9c, 0x64]))).toMatchObject({ ok: false });
  });

  it('takes an old QuickTime file that starts with a moov atom as MOV', () => {
    expect(sniffMedia(bytes([0, 0, 0, 8], 'moov'))).toMatchObject({ ok: true, kind: 'video', mime: 'video/quicktime' });
  });

  it('judges the real samples by content, not by extension', () => {
    expect(sniffMedia(head('images/photo-7-00.jpg'))).toMatchObject({ ok: true, mime: 'image/jpeg' });
    expect(sniffMedia(head('images/xray-7-00.png'))).toMatchObject({ ok: true, mime: 'image/png' });
    expect(sniffMedia(head('dicom/cr-7-00.dcm'))).toMatchObject({ ok: true, kind: 'dicom' });
    expect(sniffMedia(head('video/clip-7-00.mp4'))).toMatchObject({ ok: true, mime: 'video/mp4' });
    // A PNG renamed to .dcm is a PNG.
    expect(sniffMedia(head('dicom/dx-7-04.dcm'))).toMatchObject({ ok: true, kind: 'image', mime: 'image/png' });
  });
});

describe('sniffMedia refuses what it cannot import, with a reason', () => {
  it('refuses HEIC and AVIF as unsupported and says what to do instead', () => {
    for (const brand of ['heic', 'mif1', 'avif']) {
      const result = sniffMedia(isoBox(brand));
      expect(result).toMatchObject({ ok: false, reason: 'unsupported' });
      expect(!result.ok && result.message).toMatch(/HEIC.*JPEG or PNG/);
    }
  });

  it.each([
    ['ELF', bytes([0x7f], 'ELF', [2, 1, 1, 0])],
    ['Windows MZ', bytes('MZ', [0x90, 0])],
    ['shebang script', bytes('#!/bin/sh\nrm -rf /\n')],
    ['Mach-O', bytes([0xcf, 0xfa, 0xed, 0xfe, 7, 0, 0, 1])],
  ])('refuses a %s program as not media', (_name, input) => {
    const result = sniffMedia(input);
    expect(result).toMatchObject({ ok: false, reason: 'not-media' });
    expect(!result.ok && result.message).toMatch(/program/);
  });

  it('refuses an empty file and says it is empty', () => {
    expect(sniffMedia(new Uint8Array(0))).toEqual({ ok: false, reason: 'not-media', message: 'The file is empty (0 bytes).' });
  });

  it.each([
    ['GIF', bytes('GIF89a', [1, 0, 1, 0])],
    ['TIFF (little endian)', bytes([0x49, 0x49, 0x2a, 0, 8, 0, 0, 0])],
    ['TIFF (big endian)', bytes([0x4d, 0x4d, 0, 0x2a, 0, 0, 0, 8])],
  ])('refuses %s as unsupported', (_name, input) => {
    const result = sniffMedia(input);
    expect(result).toMatchObject({ ok: false, reason: 'unsupported' });
    expect(!result.ok && result.message).toMatch(/GIF and TIFF/);
  });

  it('refuses plain text and a lone byte as not media, without reading past the end', () => {
    expect(sniffMedia(bytes('Patient: Jane Doe, MRN 1234'))).toMatchObject({ ok: false, reason: 'not-media' });
    expect(sniffMedia(new Uint8Array([0xff]))).toMatchObject({ ok: false, reason: 'not-media' });
  });

  it('needs the DICM marker at offset 128, not anywhere', () => {
    expect(sniffMedia(bytes(new Array(64).fill(0), 'DICM'))).toMatchObject({ ok: false });
  });
});
