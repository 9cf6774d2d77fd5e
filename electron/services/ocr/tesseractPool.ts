import os from 'node:os';
import { createWorker, PSM, type Worker } from 'tesseract.js';
import { StudioFailure } from '../../../shared/api/errors';
import { ocrEnginePaths } from './ocrEnginePaths';

// Each worker holds ~100 MB of model and wasm heap; two keep both cores of a small laptop busy
// (passes run side by side) without starving the rest of the app.
const POOL_SIZE = Math.min(2, Math.max(1, os.availableParallelism()));
const LSTM_ONLY = 1;

type Slot = { worker: Worker; onProgress: ((fraction: number) => void) | null };

/**
 * An idle worker thread must not keep the process alive (a CLI run that forgot shutdownOcr
 * would hang); a busy one must, or the process could exit under a running job.
 */
function holdProcess(slot: Slot, hold: boolean): void {
  const thread = (slot.worker as unknown as { worker?: { ref?: () => void; unref?: () => void } }).worker;
  if (hold) thread?.ref?.();
  else thread?.unref?.();
}

let idle: Slot[] = [];
let live = 0;
let waiting: { resolve: (slot: Slot) => void; reject: (err: unknown) => void }[] = [];
let generation = 0;

async function spawn(): Promise<Slot> {
  const paths = ocrEnginePaths();
  const slot: Slot = { worker: null as unknown as Worker, onProgress: null };
  let failStartup: (err: unknown) => void = () => {};
  const failed = new Promise<never>((_, reject) => {
    failStartup = reject;
  });
  const created = createWorker('eng', LSTM_ONLY, {
    langPath: paths.langPath,
    workerPath: paths.workerPath,
    corePath: paths.corePath,
    cacheMethod: 'none',
    gzip: true,
    logger: (m) => {
      if (m.status === 'recognizing text') slot.onProgress?.(m.progress);
    },
    // Without a handler tesseract.js rethrows a failed job inside its message listener, which
    // would bring the whole process down; the job's own promise still rejects.
    errorHandler: (err: unknown) => failStartup(err),
  });
  try {
    slot.worker = await Promise.race([created, failed]);
  } catch (err) {
    throw new StudioFailure('internal', `The text recognition engine did not start: ${String(err)}`);
  }
  failStartup = () => {};
  await slot.worker.setParameters({
    // Burned-in annotations are a few scattered lines, not a page: sparse text finds them all.
    tessedit_pageseg_mode: PSM.SPARSE_TEXT,
    user_defined_dpi: '300',
    // Tesseract's chatter ("Detected 1 diacritics") would otherwise land on the app's stderr.
    debug_file: '/dev/null',
  });
  return slot;
}

async function acquire(): Promise<Slot> {
  const ready = idle.pop();
  if (ready) {
    holdProcess(ready, true);
    return ready;
  }
  if (live < POOL_SIZE) {
    live++;
    try {
      return await spawn();
    } catch (err) {
      live--;
      throw err;
    }
  }
  return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
}

function release(slot: Slot, usable: boolean, gen: number): void {
  slot.onProgress = null;
  if (!usable || gen !== generation) {
    if (gen === generation) live--;
    void slot.worker.terminate();
    const next = waiting.shift();
    if (next && gen === generation) acquire().then(next.resolve, next.reject);
    return;
  }
  const next = waiting.shift();
  if (next) next.resolve(slot);
  else {
    holdProcess(slot, false);
    idle.push(slot);
  }
}

/**
 * Runs `work` on a pooled worker. A cancelled job cannot be stopped inside tesseract, so its
 * worker is terminated and replaced on the next call: the caller gets its answer at once.
 */
export async function withOcrWorker<T>(
  work: (worker: Worker) => Promise<T>,
  options: { signal?: AbortSignal; onProgress?: (fraction: number) => void } = {},
): Promise<T> {
  const { signal } = options;
  if (signal?.aborted) throw cancelled();
  const gen = generation;
  const slot = await acquire();
  if (signal?.aborted) {
    release(slot, true, gen);
    throw cancelled();
  }
  slot.onProgress = options.onProgress ?? null;
  let onAbort = () => {};
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(cancelled());
    signal?.addEventListener('abort', onAbort, { once: true });
  });
  let usable = true;
  try {
    return await Promise.race([work(slot.worker), aborted]);
  } catch (err) {
    // A cancelled job, or a worker that failed mid-recognition, is not trusted again.
    usable = false;
    throw err;
  } finally {
    signal?.removeEventListener('abort', onAbort);
    release(slot, usable, gen);
  }
}

function cancelled(): StudioFailure {
  return new StudioFailure('cancelled', 'Text recognition cancelled.');
}

/** Terminates every OCR worker; the next call starts fresh ones. */
export async function shutdownOcr(): Promise<void> {
  generation++;
  const slots = idle;
  idle = [];
  live = 0;
  for (const w of waiting) w.reject(new StudioFailure('cancelled', 'Text recognition was shut down.'));
  waiting = [];
  await Promise.all(slots.map((s) => s.worker.terminate()));
}
