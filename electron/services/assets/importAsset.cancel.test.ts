import fs from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { StudioFailure } from '../../../shared/api/errors';
import type { StudioEvent } from '../../../shared/api/events';
import { filesUnder } from '../../../test/fixtures/craftedFiles';
import { samplesDir } from '../../../test/fixtures/tempLibrary';
import type { JobContext } from '../jobs/jobRegistry';
import { importAsset } from './importAsset';
import { expectNothingLeft, useTempStudio } from '../../../test/fixtures/tempStudio';


const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const t = useTempStudio('Cancel');


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
    const pending = t.studio.dispatch('assets.import', { projectId: t.projectId, name: 'big.png', jobId }, { upload: { kind: 'stream', stream: stalledUpload() } });
    // Wait until the bytes are really being staged before cancelling.
    await until(() => filesUnder(path.join(t.dir, 'tmp')).length === 1);
    expect(t.studio.jobs.running()).toEqual([jobId]);

    expect(await t.studio.dispatch('jobs.cancel', { jobId })).toEqual({ ok: true, value: { cancelled: true } });
    expect(await pending).toEqual({ ok: false, error: { code: 'cancelled', message: 'Import cancelled.' } });
    expectNothingLeft(t);
    expect(await t.studio.dispatch('jobs.cancel', { jobId })).toEqual({ ok: true, value: { cancelled: false } });
  });

  it('refuses a second import under the id of a running one with conflict', async () => {
    const jobId = 'cancel-dup-1';
    const first = t.studio.dispatch('assets.import', { projectId: t.projectId, name: 'a.png', jobId }, { upload: { kind: 'stream', stream: stalledUpload() } });
    const second = await t.studio.dispatch('assets.import', { projectId: t.projectId, name: 'b.png', jobId }, { upload: { kind: 'stream', stream: stalledUpload() } });
    expect(second).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining(jobId) } });
    expect(t.studio.jobs.cancel(jobId)).toBe(true);
    expect(await first).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expectNothingLeft(t);
  });

  it('stops a video import while ffmpeg is checking it', async () => {
    const jobId = 'cancel-video-1';
    const off = t.studio.subscribe((e: StudioEvent) => {
      if (e.type === 'job.progress' && e.jobId === jobId && e.done === 1) t.studio.jobs.cancel(jobId);
    });
    const result = await t.studio.dispatch(
      'assets.import',
      { projectId: t.projectId, name: 'clip.mp4', jobId },
      { upload: { kind: 'path', path: path.join(samplesDir, 'video/clip-7-00.mp4') } },
    );
    off();
    expect(result).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expectNothingLeft(t);
  });

  it('honours a signal that was aborted before the import started (file on disk)', async () => {
    const err = await cancelledError(
      importAsset(t.studio.library, { projectId: t.projectId, name: 'x.png', source: { kind: 'path', path: path.join(samplesDir, 'images/xray-7-00.png') } }, abortedContext()),
    );
    expect(err.code).toBe('cancelled');
    expectNothingLeft(t);
  });

  it('honours a signal that was aborted before the import started, without waiting for the upload to end', async () => {
    const upload = stalledUpload();
    const err = await cancelledError(
      importAsset(t.studio.library, { projectId: t.projectId, name: 'x.png', source: { kind: 'stream', stream: upload } }, abortedContext()),
    );
    expect(err.code).toBe('cancelled');
    expect(upload.destroyed).toBe(true);
    expectNothingLeft(t);
  }, 5000);

  it('removes the staged copy when an upload fails part way', async () => {
    const upload = stalledUpload();
    const pending = importAsset(t.studio.library, { projectId: t.projectId, name: 'x.png', source: { kind: 'stream', stream: upload } }, { signal: new AbortController().signal, progress: () => {} });
    await until(() => filesUnder(path.join(t.dir, 'tmp')).length === 1);
    upload.destroy(new Error('connection reset'));
    const err = await cancelledError(pending);
    expect(err.code).toBe('corrupt');
    expect(err.message).toMatch(/could not be read to the end: connection reset/);
    expectNothingLeft(t);
  });

  it('leaves an already imported file of the same project untouched', async () => {
    const file = path.join(samplesDir, 'images/xray-7-00.png');
    await t.studio.dispatch('assets.import', { projectId: t.projectId, name: 'x.png' }, { upload: { kind: 'path', path: file } });
    const before = filesUnder(path.join(t.dir, 'assets'));
    await cancelledError(importAsset(t.studio.library, { projectId: t.projectId, name: 'x.png', source: { kind: 'path', path: file } }, abortedContext()));
    expect(filesUnder(path.join(t.dir, 'assets'))).toEqual(before);
    expect(fs.existsSync(path.join(t.dir, 'assets', before[0]))).toBe(true);
    expect(filesUnder(path.join(t.dir, 'tmp'))).toEqual([]);
  });
});
