import type { AssetKind } from '../model/asset';

const extensionOf: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'image/png': 'png',
  'application/dicom': 'dcm',
  'video/mp4': 'mp4',
  'video/quicktime': 'mov',
  'audio/mpeg': 'mp3',
  'audio/wav': 'wav',
  'audio/mp4': 'm4a',
  'audio/aac': 'aac',
  'audio/ogg': 'ogg',
  'audio/webm': 'webm',
};

/** The usual extension for a MIME type the library stores, or null. */
export const extensionFor = (mime: string): string | null => extensionOf[mime] ?? null;

/** A file name that says what the file is and nothing about whom it shows. */
export function neutralExportName(asset: { kind: AssetKind; mime: string; id: string }): string {
  const ext = asset.kind === 'dicom' ? 'dcm' : (extensionOf[asset.mime] ?? 'png');
  return `medpost-${asset.kind}-${asset.id.slice(0, 8)}.${ext}`;
}
