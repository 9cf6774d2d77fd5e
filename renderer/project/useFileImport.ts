import { useRef, type ChangeEvent } from 'react';
import { useChooseFiles } from './useChooseFiles';
import { itemsFromFiles, useImportQueue } from './useImportQueue';

/**
 * Importing files into a project from a button, a hidden file input or a drop: `choose` opens the
 * desktop's picker (the hidden input in a browser), `inputProps` go on that input, `importFiles`
 * takes dropped files. All of them feed the one queue, whose progress the caller shows.
 */
export function useFileImport(projectId: string) {
  const input = useRef<HTMLInputElement>(null);
  const queue = useImportQueue();
  const choose = useChooseFiles(projectId, input, queue);
  const importFiles = (files: File[]) => void queue.importItems(itemsFromFiles(projectId, files));
  const inputProps = {
    ref: input,
    type: 'file',
    multiple: true,
    hidden: true,
    onChange: (e: ChangeEvent<HTMLInputElement>) => {
      const files = [...(e.target.files ?? [])];
      // Cleared so that choosing the same file again imports it again.
      e.target.value = '';
      importFiles(files);
    },
  } as const;
  return { queue, choose, importFiles, inputProps };
}
