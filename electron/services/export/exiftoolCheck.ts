import { execFile } from 'node:child_process';
import { StudioFailure } from '../../../shared/api/errors';

// Tags that only describe the container and its pixels. Anything else exiftool reports on an
// export (a date, a producer, a comment, XMP, EXIF) is metadata that must not be there.
const STRUCTURAL: Record<string, Set<string> | 'any'> = {
  ExifTool: 'any',
  System: 'any',
  Composite: new Set(['ImageSize', 'Megapixels']),
  File: new Set(['FileType', 'FileTypeExtension', 'MIMEType', 'ImageWidth', 'ImageHeight', 'EncodingProcess', 'BitsPerSample', 'ColorComponents', 'YCbCrSubSampling']),
  PNG: new Set(['ImageWidth', 'ImageHeight', 'BitDepth', 'ColorType', 'Compression', 'Filter', 'Interlace']),
  JFIF: new Set(['JFIFVersion', 'ResolutionUnit', 'XResolution', 'YResolution']),
  PDF: new Set(['PDFVersion', 'Linearized', 'PageCount']),
  ZIP: new Set(['ZipRequiredVersion', 'ZipBitFlag', 'ZipCompression', 'ZipModifyDate', 'ZipCRC', 'ZipCompressedSize', 'ZipUncompressedSize', 'ZipFileName']),
};

/** The tags of an exiftool -j -a -G1 record that are not structural. */
export function metadataTags(record: Record<string, unknown>): string[] {
  return Object.keys(record).filter((key) => {
    if (key === 'SourceFile') return false;
    const [group, tag] = key.includes(':') ? key.split(':', 2) : ['', key];
    const allowed = STRUCTURAL[group];
    return !(allowed === 'any' || allowed?.has(tag));
  });
}

function run(args: string[]): Promise<string | null> {
  return new Promise((resolve, reject) => {
    execFile('exiftool', args, { timeout: 60_000, maxBuffer: 16 << 20 }, (err, stdout) => {
      if (err && (err as NodeJS.ErrnoException).code === 'ENOENT') resolve(null);
      else if (err && !stdout) reject(err);
      else resolve(stdout);
    });
  });
}

/**
 * Runs exiftool (when installed) on the files in one process and fails on any metadata tag.
 * Returns false when exiftool is not installed: the built-in reader has checked the files already.
 */
export async function exiftoolFindsNothing(files: readonly string[], describe: (file: string) => string): Promise<boolean> {
  const out = await run(['-j', '-a', '-G1', '-n', ...files]);
  if (out === null) return false;
  const records = JSON.parse(out) as Record<string, unknown>[];
  if (records.length !== files.length) throw new StudioFailure('internal', 'exiftool could not read every exported file; nothing was saved.');
  for (const record of records) {
    const found = metadataTags(record);
    if (found.length) {
      throw new StudioFailure('internal', `${describe(String(record.SourceFile))} carries metadata (${found.slice(0, 5).join(', ')}); nothing was saved.`);
    }
  }
  return true;
}
