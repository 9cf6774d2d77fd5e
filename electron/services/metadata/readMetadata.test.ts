import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { StudioFailure } from '../../../shared/api/errors';
import type { MetadataField } from '../../../shared/phi/types';
import { samplesDir } from '../../../test/fixtures/tempLibrary';
import { readMetadata } from './readMetadata';

const photo = path.join(samplesDir, 'images', 'photo-7-00.jpg');
const gold = JSON.parse(fs.readFileSync(path.join(samplesDir, 'images', 'gold.json'), 'utf8')) as Record<string, { metadata?: Record<string, string> }>;

const byLabel = (fields: MetadataField[], label: string) => fields.filter((f) => f.label === label).map((f) => f.value);

// --- files built byte by byte, each carrying one kind of metadata ---------------------------

function segment(marker: number, body: Buffer): Buffer {
  const head = Buffer.from([0xff, marker, 0, 0]);
  head.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([head, body]);
}

/** A big-endian TIFF block: IFD0 with Artist and a pointer to an Exif IFD holding MakerNote and UserComment. */
function exifBlock(): Buffer {
  const artist = Buffer.from('Dana Whitfield\0', 'latin1');
  const maker = Buffer.alloc(24, 0x41);
  const comment = Buffer.concat([Buffer.from('ASCII\0\0\0', 'latin1'), Buffer.from('seen in clinic by Dr Okafor', 'latin1')]);
  const ifd0At = 8;
  const exifAt = ifd0At + 2 + 2 * 12 + 4;
  const dataAt = exifAt + 2 + 2 * 12 + 4;
  const tiff = Buffer.alloc(dataAt + artist.length + maker.length + comment.length);
  tiff.write('MM', 0, 'latin1');
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(ifd0At, 4);
  const entry = (at: number, tag: number, type: number, count: number, value: number) => {
    tiff.writeUInt16BE(tag, at);
    tiff.writeUInt16BE(type, at + 2);
    tiff.writeUInt32BE(count, at + 4);
    tiff.writeUInt32BE(value, at + 8);
  };
  tiff.writeUInt16BE(2, ifd0At);
  entry(ifd0At + 2, 0x013b, 2, artist.length, dataAt); // Artist
  entry(ifd0At + 14, 0x8769, 4, 1, exifAt); // Exif IFD pointer
  tiff.writeUInt16BE(2, exifAt);
  entry(exifAt + 2, 0x927c, 7, maker.length, dataAt + artist.length); // MakerNote
  entry(exifAt + 14, 0x9286, 7, comment.length, dataAt + artist.length + maker.length); // UserComment
  Buffer.concat([artist, maker, comment]).copy(tiff, dataAt);
  return Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
}

/** Photoshop image resources holding one IPTC record: By-line and City. */
function iptcBlock(): Buffer {
  const dataset = (tag: number, value: string) => {
    const v = Buffer.from(value, 'latin1');
    const head = Buffer.from([0x1c, 2, tag, 0, 0]);
    head.writeUInt16BE(v.length, 3);
    return Buffer.concat([head, v]);
  };
  const iptc = Buffer.concat([dataset(80, 'Marta Quintero'), dataset(90, 'Ashford')]);
  const size = Buffer.alloc(4);
  size.writeUInt32BE(iptc.length);
  const padded = iptc.length % 2 ? Buffer.concat([iptc, Buffer.alloc(1)]) : iptc;
  return Buffer.concat([Buffer.from('Photoshop 3.0\0', 'latin1'), Buffer.from('8BIM\x04\x04\0\0', 'latin1'), size, padded]);
}

function xmpBlock(): Buffer {
  const packet = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/">
<dc:creator><rdf:Seq><rdf:li>Omar Lindqvist</rdf:li></rdf:Seq></dc:creator><photoshop:City>Brookhaven</photoshop:City>
</rdf:Description></rdf:RDF></x:xmpmeta>`;
  return Buffer.concat([Buffer.from('http://ns.adobe.com/xap/1.0/\0', 'latin1'), Buffer.from(packet, 'utf8')]);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

let richJpeg: Buffer;
let richPng: Buffer;
let plainJpeg: Buffer;
let plainPng: Buffer;

beforeAll(async () => {
  const pixels = sharp({ create: { width: 16, height: 12, channels: 3, background: '#c08070' } });
  plainJpeg = await pixels.clone().jpeg().toBuffer();
  plainPng = await pixels.clone().png().toBuffer();
  richJpeg = Buffer.concat([
    plainJpeg.subarray(0, 2),
    segment(0xe1, exifBlock()),
    segment(0xe1, xmpBlock()),
    segment(0xed, iptcBlock()),
    segment(0xec, Buffer.from('Ducky\0\x01\x02', 'latin1')),
    segment(0xfe, Buffer.from('Wound check, patient Ines Marlowe', 'utf8')),
    plainJpeg.subarray(2),
  ]);
  const iend = plainPng.length - 12;
  const time = Buffer.from([0x07, 0xe8, 3, 9, 14, 5, 0]);
  richPng = Buffer.concat([
    plainPng.subarray(0, iend),
    pngChunk('tEXt', Buffer.from('Author\0Leonie Brandt', 'latin1')),
    pngChunk('zTXt', Buffer.concat([Buffer.from('Comment\0\0', 'latin1'), zlib.deflateSync('MRN 7730021 follow-up')])),
    pngChunk('iTXt', Buffer.concat([Buffer.from('Description\0\0\0en\0\0', 'latin1'), Buffer.from('Ulcer of Teodor Fenwick', 'utf8')])),
    pngChunk('tIME', time),
    pngChunk('prVt', Buffer.from('anything')),
    plainPng.subarray(iend),
  ]);
});

describe('readMetadata on the sample photo', () => {
  it('reports every identifying tag the sample carries, in plain words', async () => {
    const fields = await readMetadata(photo);
    expect(byLabel(fields, 'Date taken')).toEqual(['2 Sep 2025, 07:12']);
    expect(byLabel(fields, 'Artist')).toEqual(['Ruth Alvarez']);
    expect(byLabel(fields, 'Description')).toEqual(['Patient Ruth Alvarez wound day 5']);
    expect(byLabel(fields, 'Creator')).toEqual(['Ruth Alvarez']);
    expect(byLabel(fields, 'GPS position')).toEqual(['25.9706° N, 75.0827° W']);
    // Every gold value is visible somewhere (GPS as decimal degrees).
    const all = fields.map((f) => f.value).join(' | ');
    for (const value of Object.values(gold['photo-7-00.jpg'].metadata!)) {
      const probe = /^\d+\.\d+$/.test(value) ? value.slice(0, value.indexOf('.') + 4) : /^\d{4}:/.test(value) ? '2025' : value;
      expect(all).toContain(probe);
    }
  });

  it('reads a Buffer as it reads a path', async () => {
    expect(await readMetadata(fs.readFileSync(photo))).toEqual(await readMetadata(photo));
  });
});

describe('readMetadata on crafted files', () => {
  it('JPEG: EXIF with MakerNotes and user comment, XMP, IPTC, comments and unknown segments', async () => {
    const fields = await readMetadata(richJpeg);
    expect(byLabel(fields, 'Artist')).toEqual(['Dana Whitfield']);
    expect(byLabel(fields, 'MakerNotes')[0]).toMatch(/24 bytes/);
    expect(byLabel(fields, 'User comment')).toEqual(['seen in clinic by Dr Okafor']);
    expect(byLabel(fields, 'Creator')).toEqual(['Omar Lindqvist']);
    expect(byLabel(fields, 'By-line (author)')).toEqual(['Marta Quintero']);
    expect(byLabel(fields, 'City').sort()).toEqual(['Ashford', 'Brookhaven']);
    expect(byLabel(fields, 'Comment')).toEqual(['Wound check, patient Ines Marlowe']);
    expect(fields.some((f) => f.label === 'Embedded data (APP12 segment)' && f.value.includes('Ducky'))).toBe(true);
  });

  it('PNG: tEXt, zTXt and iTXt chunks, the modification time, and unknown chunks', async () => {
    const fields = await readMetadata(richPng);
    expect(byLabel(fields, 'Author')).toEqual(['Leonie Brandt']);
    expect(byLabel(fields, 'Comment')).toEqual(['MRN 7730021 follow-up']);
    expect(byLabel(fields, 'Description')).toEqual(['Ulcer of Teodor Fenwick']);
    expect(byLabel(fields, 'Date modified')).toEqual(['9 Mar 2024, 14:05']);
    expect(fields.some((f) => f.tag === 'PNG:prVt')).toBe(true);
  });

  it('reports an ICC profile by its description', async () => {
    const withProfile = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#808080' } }).withIccProfile('p3').jpeg().toBuffer();
    const fields = await readMetadata(withProfile);
    expect(fields.find((f) => f.label === 'Colour profile')?.value).toBeTruthy();
  });

  it('finds nothing in files encoded fresh from pixels', async () => {
    expect(await readMetadata(plainJpeg)).toEqual([]);
    expect(await readMetadata(plainPng)).toEqual([]);
  });

  it('answers an empty list for bytes that are not an image, and refuses a missing file', async () => {
    expect(await readMetadata(Buffer.from('hello'))).toEqual([]);
    expect(await readMetadata(Buffer.alloc(0))).toEqual([]);
    const err = await readMetadata('/nonexistent/file.jpg').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StudioFailure);
    expect((err as StudioFailure).code).toBe('not_found');
  });
});
