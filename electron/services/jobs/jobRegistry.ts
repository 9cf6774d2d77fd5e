import { StudioFailure } from '../../../shared/api/errors';
import type { StudioEvent } from '../../../shared/api/events';

export type JobContext = {
  signal: AbortSignal;
  progress(done: number, total: number, message: string): void;
};

export type JobRegistry = {
  run<T>(jobId: string | undefined, work: (ctx: JobContext) => Promise<T>): Promise<T>;
  cancel(jobId: string): boolean;
  running(): string[];
};

export function createJobRegistry(emit: (event: StudioEvent) => void): JobRegistry {
  const jobs = new Map<string, AbortController>();
  return {
    async run(jobId, work) {
      const controller = new AbortController();
      if (jobId) {
        if (jobs.has(jobId)) throw new StudioFailure('conflict', `A job with id ${jobId} is already running.`);
        jobs.set(jobId, controller);
      }
      const ctx: JobContext = {
        signal: controller.signal,
        progress(done, total, message) {
          if (jobId) emit({ type: 'job.progress', jobId, done, total, message });
        },
      };
      try {
        return await work(ctx);
      } finally {
        if (jobId) jobs.delete(jobId);
      }
    },
    cancel(jobId) {
      const controller = jobs.get(jobId);
      if (!controller) return false;
      controller.abort();
      return true;
    },
    running: () => [...jobs.keys()],
  };
}

export function throwIfCancelled(signal: AbortSignal): void {
  if (signal.aborted) throw new StudioFailure('cancelled', 'Cancelled.');
}
