// How metadata reads to a clinician: "Date taken: 14 Sep 2020, 10:42", not "DateTimeOriginal:
// 2020:09:14 10:42:00". Tags without an entry here get their name split into words.

const LABELS: Record<string, string> = {
  DateTimeOriginal: 'Date taken',
  CreateDate: 'Date created',
  DateCreated: 'Date created',
  DateTimeDigitized: 'Date digitized',
  ModifyDate: 'Date modified',
  MetadataDate: 'Metadata date',
  DateTime: 'Date modified',
  Artist: 'Artist',
  creator: 'Creator',
  ImageDescription: 'Description',
  description: 'Description',
  title: 'Title',
  subject: 'Keywords',
  rights: 'Rights',
  Make: 'Camera make',
  Model: 'Camera model',
  LensModel: 'Lens',
  Software: 'Software',
  CreatorTool: 'Software',
  Copyright: 'Copyright',
  UserComment: 'User comment',
  XPComment: 'Comment',
  XPAuthor: 'Author',
  XPTitle: 'Title',
  XPSubject: 'Subject',
  XPKeywords: 'Keywords',
  OwnerName: 'Camera owner',
  CameraOwnerName: 'Camera owner',
  SerialNumber: 'Camera serial number',
  BodySerialNumber: 'Camera serial number',
  LensSerialNumber: 'Lens serial number',
  ImageUniqueID: 'Image unique ID',
  HostComputer: 'Computer',
  Byline: 'By-line (author)',
  BylineTitle: 'Author title',
  Caption: 'Caption',
  Headline: 'Headline',
  ObjectName: 'Title',
  Keywords: 'Keywords',
  City: 'City',
  Sublocation: 'Location',
  State: 'State or province',
  Country: 'Country',
  CountryCode: 'Country code',
  Credit: 'Credit',
  Source: 'Source',
  Contact: 'Contact',
  Writer: 'Caption writer',
  GPSAltitude: 'GPS altitude',
  GPSDateStamp: 'GPS date',
  GPSTimeStamp: 'GPS time',
  GPSImgDirection: 'GPS direction',
  GPSSpeed: 'GPS speed',
  GPSAreaInformation: 'GPS area',
  GPSProcessingMethod: 'GPS method',
};

export function labelFor(tag: string): string {
  if (LABELS[tag]) return LABELS[tag];
  const words = tag
    .replace(/^GPS/, 'GPS ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1).toLowerCase().replace(/\bgps\b/g, 'GPS').replace(/\bid\b/g, 'ID');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2020:09:14 10:42:00" or "2020-09-14T10:42:00+02:00" → "14 Sep 2020, 10:42"; anything else unchanged. */
export function plainDate(value: string): string {
  const m = /^(\d{4})[:-](\d{2})[:-](\d{2})(?:[ T](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(value.trim());
  if (!m) return value;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return value;
  const date = `${Number(m[3])} ${MONTHS[month - 1]} ${m[1]}`;
  if (!m[4]) return date;
  return `${date}, ${m[4]}:${m[5]}${m[6] ? ` (${m[6] === 'Z' ? 'UTC' : `UTC${m[6]}`})` : ''}`;
}

/** Degrees, minutes, seconds (or decimal degrees) and a hemisphere letter → "40.7128° N". */
export function plainCoordinate(value: unknown, ref: unknown, positive: string, negative: string): string | null {
  let degrees: number;
  if (Array.isArray(value) && value.every((v) => typeof v === 'number')) {
    const [d = 0, m = 0, s = 0] = value as number[];
    degrees = d + m / 60 + s / 3600;
  } else if (typeof value === 'number') {
    degrees = value;
  } else {
    return null;
  }
  if (!Number.isFinite(degrees)) return null;
  const southOrWest = (typeof ref === 'string' && ref.trim().toUpperCase().startsWith(negative)) || degrees < 0;
  return `${Math.abs(degrees).toFixed(4)}° ${southOrWest ? negative : positive}`;
}

/** Any value exifr returns, as one readable string. */
export function plainValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return plainDate(value.replace(/\0+$/, '').trim());
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : plainDate(value.toISOString().slice(0, 19));
  if (value instanceof Uint8Array) return `${value.length} bytes of binary data`;
  if (Array.isArray(value)) return value.map(plainValue).filter(Boolean).join(', ');
  if (typeof value === 'object') {
    // XMP language alternatives come as {lang, value}.
    const v = value as Record<string, unknown>;
    if ('value' in v) return plainValue(v.value);
    return Object.values(v).map(plainValue).filter(Boolean).join(', ');
  }
  return String(value);
}
