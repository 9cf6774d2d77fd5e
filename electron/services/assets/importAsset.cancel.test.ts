import fs from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StudioFailure } from '../../../shared/api/errors';
import type { StudioEvent } from '../../../shared/api/events';
import { filesUnder } from '../../../test/fixtures/craftedFiles';
import { makeTempDir, samplesDir } from '../../../test/fixtures/tempLibrary';
import type { JobContext } from '../jobs/jobRegistry';
import { openStudio, type Studio } from '../studio';
import { importAsset } from './importAsset';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

let temp: ReturnType<typeof makeTempDir>;
let studio: Studio;
let projectId: string;

beforeEach(async () => {
  temp = makeTempDir();
  studio = openStudio(temp.dir);
  projectId = ((await studio.dispatch('projects.create', { name: 'Cancel' })) as { value: { id: string } }).value.id;
});
afterEach(() => {
  studio.close();
  temp.cleanup();
});

function expectNothingLeft(): void {
  expect(studio.library.db.prepare('SELECT count(*) FROM assets').pluck().get()).toBe(0);
  expect(filesUnder(path.join(temp.dir, 'assets'))).toEqual([]);
  expect(filesUnder(path.join(temp.dir, 'thumbs'))).toEqual([]);
  expect(filesUnder(path.join(temp.dir, 'tmp'))).toEqual([]);
  expect(studio.jobs.running()).toEqual([]);
}

/** An upload that has sent its first bytes and then stalls, as a slow network upload would. */
function stalledUpload(): PassThrough {
  const stream = new PassThrough();
  stream.write(Buffer.concat([PNG_SIGNATURE, Buffer.alloc(64 * 1024)]));
  return stream;
}

async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

function abortedContext(): JobContext {
  const controller = new AbortController();
  controller.abort();
  return { signal: controller.signal, progress: () => {} };
}

async function cancelledError(work: Promise<unknown>): Promise<StudioFailure> {
  const err = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(StudioFailure);
  return err as StudioFailure;
}

describe('cancelling an import', () => {
  it('stops an upload in the middle through jobs.cancel and leaves nothing behind', async () => {
    const jobId = 'cancel-upload-1';
    const pending = studio.dispatch('assets.import', { projectId, name: 'big.png', jobId }, { upload: { kind: 'stream', stream: stalledUpload() } });
    // Wait until the bytes are really being staged before cancelling.
    await until(() => filesUnder(path.join(temp.dir, 'tmp')).length === 1);
    expect(studio.jobs.running()).toEqual([jobId]);

    expect(await studio.dispatch('jobs.cancel', { jobId })).toEqual({ ok: true, value: { cancelled: true } });
    expect(await pending).toEqual({ ok: false, error: { code: 'cancelled', message: 'Import cancelled.' } });
    expectNothingLeft();
    expect(await studio.dispatch('jobs.cancel', { jobId })).toEqual({ ok: true, value: { cancelled: false } });
  });

  it('refuses a second import under the id of a running one with conflict', async () => {
    const jobId = 'cancel-dup-1';
    const first = studio.dispatch('assets.import', { projectId, name: 'a.png', jobId }, { upload: { kind: 'stream', stream: stalledUpload() } });
    const second = await studio.dispatch('assets.import', { projectId, name: 'b.png', jobId }, { upload: { kind: 'stream', stream: stalledUpload() } });
    expect(second).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining(jobId) } });
    expect(studio.jobs.cancel(jobId)).toBe(true);
    expect(await first).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expectNothingLeft();
  });

  it('stops a video import while ffmpeg is checking it', async () => {
    const jobId = 'cancel-video-1';
    const off = studio.subscribe((e: StudioEvent) => {
      if (e.type === 'job.progress' && e.jobId === jobId && e.done === 1) studio.jobs.cancel(jobId);
    });
    const result = await studio.dispatch(
      'assets.import',
      { projectId, name: 'clip.mp4', jobId },
      { upload: { kind: 'path', path: path.join(samplesDir, 'video/clip-7-00.mp4') } },
    );
    off();
    expect(result).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expectNothingLeft();
  });

  it('honours a signal that was aborted before the import started (file on disk)', async () => {
    const err = await cancelledError(
      importAsset(studio.library, { projectId, name: 'x.png', source: { kind: 'path', path: path.join(samplesDir, 'images/xray-7-00.png') } }, abortedContext()),
    );
    expect(err.code).toBe('cancelled');
    expectNothingLeft();
  });

  it('honours a signal that was aborted before the import started, without waiting for the upload to end', async () => {
    const upload = stalledUpload();
    const err = await cancelledError(
      importAsset(studio.library, { projectId, name: 'x.png', source: { kind: 'stream', stream: upload } }, abortedContext()),
    );
    expect(err.code).toBe('cancelled');
    expect(upload.destroyed).toBe(true);
    expectNothingLeft();
  }, 5000);

  it('removes the staged copy when an upload fails part way', async () => {
    const upload = stalledUpload();
    const pending = importAsset(studio.library, { projectId, name: 'x.png', source: { kind: 'stream', stream: upload } }, { signal: new AbortController().signal, progress: () => {} });
    await until(() => filesUnder(path.join(temp.dir, 'tmp')).length === 1);
    upload.destroy(new Error('connection reset'));
    const err = await cancelledError(pending);
    expect(err.code).toBe('corrupt');
    expect(err.message).toMatch(/could not be read to the end: connection reset/);
    expectNothingLeft();
  });

  it('leaves an already imported file of the same project untouched', async () => {
    const file = path.join(samplesDir, 'images/xray-7-00.png');
    await studio.dispatch('assets.import', { projectId, name: 'x.png' }, { upload: { kind: 'path', path: file } });
    const before = filesUnder(path.join(temp.dir, 'assets'));
    await cancelledError(importAsset(studio.library, { projectId, name: 'x.png', source: { kind: 'path', path: file } }, abortedContext()));
    expect(filesUnder(path.join(temp.dir, 'assets'))).toEqual(before);
    expect(fs.existsSync(path.join(temp.dir, 'assets', before[0]))).toBe(true);
    expect(filesUnder(path.join(temp.dir, 'tmp'))).toEqual([]);
  });
});
