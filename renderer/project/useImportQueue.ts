import { useCallback, useRef, useState } from 'react';
import type { Result } from '../../shared/api/errors';
import { studio } from '../api/studio';

/** One file to import: dropped or chosen in the browser (bytes), or picked natively (a token). */
export type ImportItem = { name: string; run(jobId: string): Promise<Result<{ duplicate: boolean }>> };

export function itemsFromFiles(projectId: string, files: File[]): ImportItem[] {
  return files.map((file) => ({
    name: file.name,
    run: async (jobId) => studio.assets.import({ projectId, name: file.name, jobId }, new Uint8Array(await file.arrayBuffer())),
  }));
}

export function itemsFromPicked(projectId: string, picked: { token: string; name: string }[]): ImportItem[] {
  return picked.map((p) => ({ name: p.name, run: (jobId) => studio.assets.importPicked({ projectId, token: p.token, jobId }) }));
}

export type ImportFailure = { name: string; message: string };

export type ImportState = {
  running: boolean;
  total: number;
  finished: number;
  current: string | null;
  step: string;
  imported: number;
  duplicates: number;
  failures: ImportFailure[];
};

const idle: ImportState = { running: false, total: 0, finished: 0, current: null, step: '', imported: 0, duplicates: 0, failures: [] };

function newJobId(): string {
  return `import-${crypto.randomUUID()}`;
}

/**
 * Imports files one after another so each gets its own progress and its own error; a bad file
 * never stops the rest of the batch. Cancel stops the file in flight and skips the others.
 */
export function useImportQueue() {
  const [state, setState] = useState<ImportState>(idle);
  const cancelled = useRef(false);
  const currentJob = useRef<string | null>(null);

  const importItems = useCallback(
    async (items: ImportItem[]) => {
      if (items.length === 0) return;
      cancelled.current = false;
      setState({ ...idle, running: true, total: items.length });
      for (const file of items) {
        if (cancelled.current) break;
        const jobId = newJobId();
        currentJob.current = jobId;
        setState((s) => ({ ...s, current: file.name, step: 'Reading' }));
        const stop = studio.onEvent((e) => {
          if (e.type === 'job.progress' && e.jobId === jobId) setState((s) => ({ ...s, step: e.message }));
        });
        try {
          const result = await file.run(jobId);
          setState((s) => ({
            ...s,
            finished: s.finished + 1,
            imported: s.imported + (result.ok && !result.value.duplicate ? 1 : 0),
            duplicates: s.duplicates + (result.ok && result.value.duplicate ? 1 : 0),
            failures: result.ok || result.error.code === 'cancelled' ? s.failures : [...s.failures, { name: file.name, message: result.error.message }],
          }));
        } catch (err) {
          setState((s) => ({ ...s, finished: s.finished + 1, failures: [...s.failures, { name: file.name, message: (err as Error).message }] }));
        } finally {
          stop();
          currentJob.current = null;
        }
      }
      setState((s) => ({ ...s, running: false, current: null, step: '' }));
    },
    [],
  );

  const cancel = useCallback(() => {
    cancelled.current = true;
    if (currentJob.current) void studio.jobs.cancel({ jobId: currentJob.current });
  }, []);

  const dismiss = useCallback(() => setState(idle), []);

  return { state, importItems, cancel, dismiss };
}
