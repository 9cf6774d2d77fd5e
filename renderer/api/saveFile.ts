import { isDesktop, studio, unwrap } from './studio';

/**
 * Saves bytes where the user chooses: the native save dialog in the desktop app, the browser's
 * download otherwise. Returns the saved name, or null when the user cancelled.
 */
export async function saveFile(suggestedName: string, data: Uint8Array, mime: string): Promise<string | null> {
  if (isDesktop) {
    const saved = await unwrap(studio.files.save({ suggestedName }, data));
    return saved.saved ? saved.name : null;
  }
  const url = URL.createObjectURL(new Blob([data as BlobPart], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = suggestedName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
  return suggestedName;
}
