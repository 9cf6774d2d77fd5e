import type { RefObject } from 'react';
import { errorMessage, isDesktop, studio, unwrap } from '../api/studio';
import { useNotify } from '../ui/Toasts';
import { itemsFromPicked, type useImportQueue } from './useImportQueue';

/**
 * "Import images…": the desktop app uses the native open dialog and imports by path, so large
 * clips never pass through the renderer's memory; the browser opens the file input.
 */
export function useChooseFiles(projectId: string, input: RefObject<HTMLInputElement | null>, queue: ReturnType<typeof useImportQueue>) {
  const notify = useNotify();
  return async () => {
    if (!isDesktop) return input.current?.click();
    try {
      const { files } = await unwrap(studio.files.pick({ purpose: 'import' }));
      void queue.importItems(itemsFromPicked(projectId, files));
    } catch (err) {
      notify(errorMessage(err), 'error');
    }
  };
}
