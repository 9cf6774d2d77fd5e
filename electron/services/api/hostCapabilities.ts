/**
 * What only some hosts can do. The Electron host supplies native dialogs; the web host and the
 * CLI supply none, and the calls that need them answer `unsupported`.
 */
export type HostCapabilities = {
  pickFiles?(options: { title: string; filters: { name: string; extensions: string[] }[] }): Promise<string[]>;
  chooseSavePath?(suggestedName: string): Promise<string | null>;
  /** Only the CLI: the caller typed the paths it passes (see `cliHost`). */
  callerNamesPaths?: boolean;
};

export const importFilters = [
  { name: 'Images, videos, audio and DICOM', extensions: ['jpg', 'jpeg', 'png', 'webp', 'mp4', 'mov', 'm4v', 'webm', 'mkv', 'dcm', 'dicom', 'heic', 'mp3', 'wav', 'm4a', 'aac', 'ogg', 'opus', 'flac'] },
  { name: 'All files (DICOM without extension)', extensions: ['*'] },
];

/**
 * The CLI's capabilities: its caller is the user at a shell, so a path in an argument is theirs.
 * Hosts that serve a page (web, Electron) never say so: a page names no paths (picked files come
 * back as one-use tokens), so the calls that take one refuse it from them.
 */
export const cliHost: HostCapabilities = { callerNamesPaths: true };
