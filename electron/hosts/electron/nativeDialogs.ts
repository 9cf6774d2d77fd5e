import { dialog, type BrowserWindow } from 'electron';
import type { HostCapabilities } from '../../services/api/hostCapabilities';

export function nativeDialogs(window: () => BrowserWindow | null): HostCapabilities {
  return {
    async pickFiles({ title, filters }) {
      const options = { title, filters, properties: ['openFile', 'multiSelections'] as ('openFile' | 'multiSelections')[] };
      const parent = window();
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? [] : result.filePaths;
    },
    async chooseSavePath(suggestedName) {
      const parent = window();
      const options = { defaultPath: suggestedName };
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
