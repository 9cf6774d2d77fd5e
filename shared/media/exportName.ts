/** A file name that says what the file is and nothing about whom it shows. */
export function neutralExportName(asset: { kind: 'image' | 'video' | 'dicom'; mime: string; id: string }): string {
  const ext = asset.kind === 'dicom' ? 'dcm' : asset.mime === 'image/jpeg' ? 'jpg' : asset.mime === 'image/webp' ? 'webp' : 'png';
  return `medpost-${asset.kind}-${asset.id.slice(0, 8)}.${ext}`;
}
