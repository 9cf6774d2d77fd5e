import zlib from 'node:zlib';
import { StudioFailure } from '../../../shared/api/errors';

// A ZIP of already-compressed images: stored, not deflated (PNG and JPEG do not shrink further).
// Every entry carries the same fixed DOS date, 1980-01-01 00:00, and no extra fields, so the
// archive says nothing about when or where it was made.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const UTF8_NAMES = 1 << 11;

export type ZipEntry = { name: string; data: Buffer };

export function crc32(data: Buffer): number {
  return zlib.crc32(data) >>> 0;
}

export function writeZip(entries: readonly ZipEntry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const crc = crc32(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(10, 4); // version needed: 1.0 (stored)
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(0, 8); // stored
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4); // made by: MS-DOS, 2.0 (no Unix mode bits, no owner)
    header.writeUInt16LE(10, 6);
    header.writeUInt16LE(UTF8_NAMES, 8);
    header.writeUInt16LE(0, 10);
    header.writeUInt16LE(DOS_TIME, 12);
    header.writeUInt16LE(DOS_DATE, 14);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(e.data.length, 20);
    header.writeUInt32LE(e.data.length, 24);
    header.writeUInt16LE(name.length, 28);
    // extra length, comment length, disk, internal and external attributes: all zero
    header.writeUInt32LE(offset, 42);
    parts.push(local, name, e.data);
    central.push(header, name);
    offset += local.length + name.length + e.data.length;
  }
  const centralBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, centralBytes, end]);
}

/**
 * Reads a ZIP written by writeZip back, checking what the export promises: stored entries, the
 * fixed date, no extra fields or comments, and each entry's CRC.
 */
export function readZip(zip: Buffer): ZipEntry[] {
  const bad = (why: string) => new StudioFailure('internal', `The ZIP just written does not read back (${why}); nothing was saved.`);
  const endAt = zip.length - 22;
  if (endAt < 0 || zip.readUInt32LE(endAt) !== 0x06054b50) throw bad('no end record');
  if (zip.readUInt16LE(endAt + 20) !== 0) throw bad('an archive comment');
  const count = zip.readUInt16LE(endAt + 10);
  let at = zip.readUInt32LE(endAt + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw bad('a broken directory');
    const nameLength = zip.readUInt16LE(at + 28);
    if (zip.readUInt16LE(at + 30) !== 0 || zip.readUInt16LE(at + 32) !== 0) throw bad('extra fields or comments');
    if (zip.readUInt16LE(at + 12) !== DOS_TIME || zip.readUInt16LE(at + 14) !== DOS_DATE) throw bad('a real date');
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    const size = zip.readUInt32LE(at + 20);
    const crc = zip.readUInt32LE(at + 16);
    if (zip.readUInt32LE(local) !== 0x04034b50 || zip.readUInt16LE(local + 8) !== 0) throw bad('a compressed or broken entry');
    if (zip.readUInt16LE(local + 28) !== 0) throw bad('extra fields');
    const start = local + 30 + zip.readUInt16LE(local + 26);
    const data = zip.subarray(start, start + size);
    if (data.length !== size || crc32(data) !== crc) throw bad(`a damaged ${name}`);
    entries.push({ name, data });
    at += 46 + nameLength;
  }
  return entries;
}
