import zlib from 'node:zlib';
import dcmjs from 'dcmjs';
import type { DcmjsDataset, DcmjsElement } from 'dcmjs';
import dicomParser from 'dicom-parser';
import { StudioFailure } from '../../../shared/api/errors';
import { assertNativeTransferSyntax, DEFLATED_LITTLE_ENDIAN, EXPLICIT_LITTLE_ENDIAN } from './transferSyntaxes';

export type DicomElement = DcmjsElement;
/** A dataset keyed by tag as eight upper-case hex digits ("00100010"), items of sequences alike. */
export type DicomDataset = DcmjsDataset;
export type ParsedDicom = { meta: DicomDataset; dict: DicomDataset; transferSyntax: string };

// dcmjs logs through loglevel; the CLI's stderr must hold one line, our own.
dcmjs.log.setLevel('silent');
dcmjs.log.getLogger('validation.dcmjs').setLevel('silent');

const MAGIC: [string, number[]][] = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['a TIFF image', [0x49, 0x49, 0x2a, 0x00]],
  ['a TIFF image', [0x4d, 0x4d, 0x00, 0x2a]],
];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
}

function hasPart10Marker(bytes: Uint8Array): boolean {
  return bytes.length >= 132 && bytes[128] === 0x44 && bytes[129] === 0x49 && bytes[130] === 0x43 && bytes[131] === 0x4d;
}

function notDicom(bytes: Uint8Array): StudioFailure {
  const known = MAGIC.find(([, sig]) => startsWith(bytes, sig));
  if (bytes.length === 0) return new StudioFailure('corrupt', 'The file is empty, so it is not a DICOM file.');
  if (known) return new StudioFailure('corrupt', `This file is not DICOM: it is ${known[0]} with a .dcm name.`);
  if (bytes.length < 132) return new StudioFailure('corrupt', 'This file is not a readable DICOM file: it is too short to hold a DICOM header.');
  return new StudioFailure('corrupt', 'This file is not a readable DICOM file: it lacks the DICOM file header (the "DICM" marker).');
}

const truncated = () => new StudioFailure('corrupt', 'This DICOM file is truncated: it ends before its data does.');

/**
 * Reads the transfer syntax from the file meta group (always explicit VR little endian) without
 * parsing the rest, so a compressed file is refused as such even when its body would not parse.
 */
export function readTransferSyntax(bytes: Uint8Array): string {
  if (!hasPart10Marker(bytes)) throw notDicom(bytes);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 132;
  while (offset + 8 <= bytes.length) {
    const group = view.getUint16(offset, true);
    const element = view.getUint16(offset + 2, true);
    if (group !== 0x0002) break;
    const vr = String.fromCharCode(bytes[offset + 4], bytes[offset + 5]);
    const long = ['OB', 'OW', 'OF', 'SQ', 'UT', 'UN', 'UC', 'UR', 'OD', 'OL', 'OV'].includes(vr);
    if (long && offset + 12 > bytes.length) throw truncated();
    const length = long ? view.getUint32(offset + 8, true) : view.getUint16(offset + 6, true);
    const start = offset + (long ? 12 : 8);
    if (start + length > bytes.length) throw truncated();
    if (element === 0x0010) {
      const uid = new TextDecoder('latin1').decode(bytes.subarray(start, start + length)).replace(/[\0 ]+$/, '');
      if (!/^[0-9.]{1,64}$/.test(uid)) throw new StudioFailure('corrupt', 'This DICOM file is damaged: its transfer syntax is not a valid UID.');
      return uid;
    }
    offset = start + length;
  }
  throw new StudioFailure('corrupt', 'This DICOM file has no transfer syntax in its header, so its data cannot be read.');
}

function errorText(err: unknown): string {
  if (typeof err === 'string') return err;
  const e = err as { exception?: unknown; message?: unknown };
  return String(e.exception ?? e.message ?? err);
}

function describeReadError(err: unknown): StudioFailure {
  const text = errorText(err).replace(/^dicomParser[.:]\w*:?\s*/i, '').replace(/^\w+\.\w+: /, '');
  if (/more than currently allocated|out of bounds|beyond|outside|past end|overrun|overread|greater than|missing required meta header|unexpected end/i.test(text)) return truncated();
  if (/character set/i.test(text)) {
    return new StudioFailure('unsupported', `This DICOM file uses a character set we cannot read yet (${text.replace(/^.*: /, '')}).`);
  }
  // dicom-parser explains itself in words; anything else (a reader's TypeError) would not help.
  if (/^dicomParser/i.test(errorText(err))) return new StudioFailure('corrupt', `This DICOM file is damaged and cannot be read: ${text.replace(/\.$/, '')}.`);
  return new StudioFailure('corrupt', 'This DICOM file is damaged and cannot be read.');
}

// dicom-parser inflates a deflated dataset only through a callback; it reads the callback's
// result from its first byte, so that must be the inflated dataset alone.
function inflate(bytes: Uint8Array, position: number): Uint8Array {
  return new Uint8Array(zlib.inflateRawSync(bytes.subarray(position)));
}

const VRS = new Set('AE AS AT CS DA DS DT FD FL IS LO LT OB OD OF OL OV OW PN SH SL SQ SS ST SV TM UC UI UL UN UR US UT UV'.split(' '));

function badVr(ds: dicomParser.DataSet): boolean {
  return Object.values(ds.elements).some(
    // Item delimiters (FFFE,xxxx) carry no VR; dicom-parser lists them with an empty one.
    (el) => (el.vr !== undefined && !el.tag.startsWith('xfffe') && !VRS.has(el.vr)) || (el.items ?? []).some((item) => item.dataSet !== undefined && badVr(item.dataSet)),
  );
}

/**
 * dcmjs reads past a truncation or a damaged element without complaint, so the structure is
 * first walked by dicom-parser, which checks every length against the bytes actually there;
 * a value representation that is no VR at all means the bytes were damaged.
 */
function assertComplete(bytes: Uint8Array): void {
  let ds: dicomParser.DataSet;
  try {
    ds = dicomParser.parseDicom(bytes, { inflater: inflate });
  } catch (err) {
    throw describeReadError(err);
  }
  if (badVr(ds)) throw new StudioFailure('corrupt', 'This DICOM file is damaged: one of its elements has no valid value representation.');
}

/** Parses a DICOM Part 10 file with native (uncompressed) pixels; anything else is refused clearly. */
export function readDicom(bytes: Uint8Array): ParsedDicom {
  const transferSyntax = readTransferSyntax(bytes);
  assertNativeTransferSyntax(transferSyntax);
  assertComplete(bytes);
  const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let parsed;
  try {
    parsed = dcmjs.data.DicomMessage.readFile(copy, { ignoreErrors: false, untilTag: null, includeUntilTagValue: false, noCopy: false, forceStoreRaw: false });
  } catch (err) {
    throw describeReadError(err);
  }
  if (Object.keys(parsed.dict).length === 0) throw new StudioFailure('corrupt', 'This DICOM file holds a header but no data set.');
  return { meta: parsed.meta, dict: parsed.dict, transferSyntax };
}

/**
 * Writes a dataset as a Part 10 file. A deflated input is written inflated (explicit VR little
 * endian): dcmjs cannot deflate, and the syntax is rare enough that the size does not matter.
 */
export function writeDicom(meta: DicomDataset, dict: DicomDataset, transferSyntax: string): Uint8Array {
  const outSyntax = transferSyntax === DEFLATED_LITTLE_ENDIAN ? EXPLICIT_LITTLE_ENDIAN : transferSyntax;
  const out = new dcmjs.data.DicomDict({ ...meta, '00020010': { vr: 'UI', Value: [outSyntax] } });
  out.dict = dict;
  return new Uint8Array(out.write({ allowInvalidVRLength: true }));
}

export function outputTransferSyntax(transferSyntax: string): string {
  return transferSyntax === DEFLATED_LITTLE_ENDIAN ? EXPLICIT_LITTLE_ENDIAN : transferSyntax;
}

