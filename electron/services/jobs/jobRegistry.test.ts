import { describe, expect, it } from 'vitest';
import { StudioFailure } from '../../../shared/api/errors';
import type { StudioEvent } from '../../../shared/api/events';
import { createJobRegistry, throwIfCancelled, type JobContext } from './jobRegistry';

function registry() {
  const events: StudioEvent[] = [];
  return { jobs: createJobRegistry((e) => events.push(e)), events };
}

/** A job that waits until it is cancelled, then fails as importAsset does. */
const untilCancelled = (ctx: JobContext) =>
  new Promise<never>((_, reject) => ctx.signal.addEventListener('abort', () => reject(new StudioFailure('cancelled', 'Cancelled.'))));

describe('jobRegistry', () => {
  it('emits progress events under the job id and returns the work’s value', async () => {
    const { jobs, events } = registry();
    const value = await jobs.run('job-12345', async (ctx) => {
      ctx.progress(0, 2, 'Starting');
      ctx.progress(2, 2, 'Done');
      return 42;
    });
    expect(value).toBe(42);
    expect(events).toEqual([
      { type: 'job.progress', jobId: 'job-12345', done: 0, total: 2, message: 'Starting' },
      { type: 'job.progress', jobId: 'job-12345', done: 2, total: 2, message: 'Done' },
    ]);
    expect(jobs.running()).toEqual([]);
  });

  it('runs work without an id silently and it cannot be cancelled', async () => {
    const { jobs, events } = registry();
    await jobs.run(undefined, async (ctx) => {
      ctx.progress(1, 1, 'x');
      expect(jobs.running()).toEqual([]);
    });
    expect(events).toEqual([]);
  });

  it('cancels a running job through its signal', async () => {
    const { jobs } = registry();
    const pending = jobs.run('job-cancel-1', untilCancelled);
    expect(jobs.running()).toEqual(['job-cancel-1']);
    expect(jobs.cancel('job-cancel-1')).toBe(true);
    await expect(pending).rejects.toMatchObject({ code: 'cancelled' });
    expect(jobs.running()).toEqual([]);
  });

  it('answers false when cancelling an unknown or finished job', async () => {
    const { jobs } = registry();
    expect(jobs.cancel('never-started')).toBe(false);
    await jobs.run('job-finished', async () => 1);
    expect(jobs.cancel('job-finished')).toBe(false);
  });

  it('refuses a second job with the id of a running one, and leaves the first running', async () => {
    const { jobs } = registry();
    const first = jobs.run('job-dup-1', untilCancelled);
    let secondStarted = false;
    const second = jobs.run('job-dup-1', async () => {
      secondStarted = true;
    });
    await expect(second).rejects.toBeInstanceOf(StudioFailure);
    await expect(second).rejects.toMatchObject({ code: 'conflict' });
    expect(secondStarted).toBe(false);
    expect(jobs.running()).toEqual(['job-dup-1']);
    jobs.cancel('job-dup-1');
    await expect(first).rejects.toMatchObject({ code: 'cancelled' });
  });

  it('frees the id when the work fails, so it can be used again', async () => {
    const { jobs } = registry();
    await expect(jobs.run('job-fails-1', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(jobs.running()).toEqual([]);
    await expect(jobs.run('job-fails-1', async () => 'again')).resolves.toBe('again');
  });
});

describe('throwIfCancelled', () => {
  it('throws cancelled only once the signal is aborted', () => {
    const controller = new AbortController();
    expect(() => throwIfCancelled(controller.signal)).not.toThrow();
    controller.abort();
    expect(() => throwIfCancelled(controller.signal)).toThrow(expect.objectContaining({ name: 'StudioFailure', code: 'cancelled' }));
  });
});
