/**
 * What only some hosts can do. The Electron host supplies native dialogs; the web host and the
 * CLI supply none, and the calls that need them answer `unsupported`.
 */
export type HostCapabilities = {
  pickFiles?(options: { title: string; filters: { name: string; extensions: string[] }[] }): Promise<string[]>;
  chooseSavePath?(suggestedName: string): Promise<string | null>;
};

export const importFilters = [
  { name: 'Images, videos and DICOM', extensions: ['jpg', 'jpeg', 'png', 'webp', 'mp4', 'mov', 'm4v', 'dcm', 'dicom', 'heic'] },
  { name: 'All files (DICOM without extension)', extensions: ['*'] },
];
