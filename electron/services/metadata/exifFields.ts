import exifr from 'exifr';
import type { MetadataField } from '../../../shared/phi/types';
import { labelFor, plainCoordinate, plainDate, plainValue } from './metadataWords';

export type ExifrSummary = { fields: MetadataField[]; read: { exif: boolean; xmp: boolean; icc: boolean; iptc: boolean } };

// How to draw or decode the pixels: listed as nothing, yet their block still counts as present.
const TECHNICAL = new Set([
  'XResolution', 'YResolution', 'ResolutionUnit', 'YCbCrPositioning', 'YCbCrSubSampling', 'ExifVersion', 'FlashpixVersion',
  'ColorSpace', 'ComponentsConfiguration', 'ExifImageWidth', 'ExifImageHeight', 'PixelXDimension', 'PixelYDimension',
  'InteropIndex', 'InteropVersion', 'GPSVersionID', 'Compression', 'ThumbnailOffset', 'ThumbnailLength', 'ImageWidth',
  'ImageHeight', 'BitsPerSample', 'SamplesPerPixel', 'PhotometricInterpretation', 'PlanarConfiguration', 'Orientation',
  'ApplicationRecordVersion', 'GPSLatitude', 'GPSLatitudeRef', 'GPSLongitude', 'GPSLongitudeRef', 'latitude', 'longitude',
  'GPSAltitudeRef', 'StripOffsets', 'StripByteCounts', 'RowsPerStrip', 'JPEGInterchangeFormat', 'JPEGInterchangeFormatLength',
]);
const EXIF_BLOCKS = ['ifd0', 'exif', 'gps', 'interop', 'ifd1'];
// Segments exifr reports that are not metadata about the picture, or that we read ourselves.
const NOT_XMP = new Set([...EXIF_BLOCKS, 'iptc', 'icc', 'jfif', 'ihdr', 'makerNote', 'userComment', 'errors']);
const GROUP: Record<string, string> = { ifd0: 'EXIF', exif: 'EXIF', gps: 'GPS', interop: 'EXIF', ifd1: 'EXIF-thumbnail', iptc: 'IPTC' };

/** EXIF UserComment: 8 bytes naming the character set, then the text. */
function userComment(raw: unknown): string {
  if (typeof raw === 'string') return raw.trim();
  if (!(raw instanceof Uint8Array)) return plainValue(raw);
  const code = Buffer.from(raw.subarray(0, 8)).toString('latin1').replace(/\0+$/, '');
  const body = Buffer.from(raw.subarray(8));
  const text = code === 'UNICODE' ? body.toString('utf16le') : body.toString('utf8');
  return text.replace(/\0+$/, '').trim();
}

function pushBlock(fields: MetadataField[], block: string, values: Record<string, unknown>): void {
  let listed = 0;
  for (const [tag, raw] of Object.entries(values)) {
    if (TECHNICAL.has(tag)) continue;
    const value = tag === 'GPSTimeStamp' && Array.isArray(raw) ? `${raw.map((n) => String(Math.floor(Number(n))).padStart(2, '0')).join(':')} UTC` : plainValue(raw);
    if (!value) continue;
    fields.push({ tag: `${GROUP[block] ?? `XMP-${block}`}:${tag}`, value, label: labelFor(tag) });
    listed++;
  }
  if (block === 'gps') {
    const lat = plainCoordinate(values.GPSLatitude ?? values.latitude, values.GPSLatitudeRef, 'N', 'S');
    const lon = plainCoordinate(values.GPSLongitude ?? values.longitude, values.GPSLongitudeRef, 'E', 'W');
    if (lat || lon) {
      fields.push({ tag: 'GPS:Position', value: [lat, lon].filter(Boolean).join(', '), label: 'GPS position' });
      listed++;
    }
  }
  if (block === 'ifd1' && (values.ThumbnailOffset || values.JPEGInterchangeFormat || values.StripOffsets)) {
    fields.push({ tag: 'EXIF:ThumbnailImage', value: `${plainValue(values.ThumbnailLength ?? '')} bytes`.trim(), label: 'Embedded thumbnail' });
    listed++;
  }
  // A block of technical fields alone still is metadata left in the file.
  if (listed === 0 && Object.keys(values).length > 0) {
    fields.push({ tag: GROUP[block] ?? `XMP-${block}`, value: `${Object.keys(values).length} technical fields`, label: `${GROUP[block] ?? 'XMP'} block` });
  }
}

/**
 * EXIF (with GPS, MakerNotes presence and the thumbnail), XMP, IPTC and the ICC profile's
 * description, as exifr reads them. A file exifr cannot parse yields nothing here; the segment
 * walkers then report the raw blocks.
 */
export async function exifFields(bytes: Buffer): Promise<ExifrSummary> {
  const read = { exif: false, xmp: false, icc: false, iptc: false };
  let output: Record<string, unknown> | undefined;
  try {
    output = await exifr.parse(bytes, {
      tiff: true, ifd1: true, xmp: true, icc: true, iptc: true, jfif: false, ihdr: false,
      makerNote: true, userComment: true, multiSegment: true, mergeOutput: false,
      translateKeys: true, translateValues: true, reviveValues: false, sanitize: true,
      // A damaged block is skipped rather than failing the whole read (missing from exifr's types).
      ...{ silentErrors: true },
    });
  } catch {
    return { fields: [], read };
  }
  if (!output) return { fields: [], read };
  const fields: MetadataField[] = [];
  for (const block of EXIF_BLOCKS) {
    const values = output[block] as Record<string, unknown> | undefined;
    if (!values || typeof values !== 'object') continue;
    read.exif = true;
    const { MakerNote: makerNote, UserComment: comment, ...rest } = values;
    pushBlock(fields, block, rest);
    if (makerNote !== undefined) fields.push({ tag: 'EXIF:MakerNote', value: `${plainValue(makerNote)} (camera maker's private data)`, label: 'MakerNotes' });
    if (comment !== undefined && userComment(comment)) fields.push({ tag: 'EXIF:UserComment', value: userComment(comment), label: 'User comment' });
  }
  if (output.makerNote !== undefined) {
    read.exif = true;
    fields.push({ tag: 'EXIF:MakerNote', value: `${plainValue(output.makerNote)} (camera maker's private data)`, label: 'MakerNotes' });
  }
  if (output.userComment !== undefined && userComment(output.userComment)) {
    read.exif = true;
    fields.push({ tag: 'EXIF:UserComment', value: userComment(output.userComment), label: 'User comment' });
  }
  const iptc = output.iptc as Record<string, unknown> | undefined;
  if (iptc && typeof iptc === 'object') {
    read.iptc = true;
    pushBlock(fields, 'iptc', iptc);
  }
  const icc = output.icc as Record<string, unknown> | undefined;
  if (icc && typeof icc === 'object') {
    read.icc = true;
    const name = plainValue(icc.ProfileDescription ?? icc.ProfileDescriptionML ?? '') || 'unnamed';
    fields.push({ tag: 'ICC:ProfileDescription', value: name, label: 'Colour profile' });
    const creator = plainValue(icc.ProfileCopyright ?? '');
    if (creator) fields.push({ tag: 'ICC:ProfileCopyright', value: creator, label: 'Colour profile copyright' });
  }
  for (const [namespace, values] of Object.entries(output)) {
    if (NOT_XMP.has(namespace) || !values || typeof values !== 'object') continue;
    read.xmp = true;
    pushBlock(fields, namespace, values as Record<string, unknown>);
  }
  return { fields: fields.map((f) => ({ ...f, value: plainDate(f.value) })), read };
}
