import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StudioFailure } from '../../../shared/api/errors';
import { SNIFF_BYTES } from '../../../shared/media/sniffMedia';
import { makeTempDir } from '../../../test/fixtures/tempLibrary';
import { newStagingPath, stageFromBytes, stageFromPath, stageFromStream, stagingOwnerPid, writeFileAtomic } from './staging';

let temp: ReturnType<typeof makeTempDir>;
let lib: { tmpDir: string };
beforeEach(() => {
  temp = makeTempDir();
  lib = { tmpDir: path.join(temp.dir, 'tmp') };
  fs.mkdirSync(lib.tmpDir);
});
afterEach(() => temp.cleanup());

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');
const staged = () => fs.readdirSync(lib.tmpDir);

async function failure(work: Promise<unknown>): Promise<StudioFailure> {
  const err = await work.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(StudioFailure);
  return err as StudioFailure;
}

describe('staging names', () => {
  it('puts the owning pid first so recovery can tell live imports from dead ones', () => {
    const name = path.basename(newStagingPath(lib, '.jpg'));
    expect(name).toMatch(new RegExp(`^${process.pid}-[0-9a-f]{16}\\.jpg$`));
    expect(stagingOwnerPid(name)).toBe(process.pid);
    expect(stagingOwnerPid('999999-abc')).toBe(999999);
    expect(stagingOwnerPid('notes.txt')).toBeNull();
  });
});

describe('staging a file', () => {
  it('copies a stream while hashing it and keeps its first bytes for sniffing', async () => {
    const data = Buffer.alloc(200_000).map((_, i) => i % 251);
    const result = await stageFromStream(lib, Readable.from([data.subarray(0, 100), data.subarray(100, 150_000), data.subarray(150_000)]));
    expect(result.bytes).toBe(data.length);
    expect(result.hash).toBe(sha256(data));
    expect(Buffer.from(result.head)).toEqual(data.subarray(0, SNIFF_BYTES));
    expect(fs.readFileSync(result.path)).toEqual(data);
    expect(path.dirname(result.path)).toBe(lib.tmpDir);
  });

  it('stages bytes in memory with the same hash and head', async () => {
    const data = new Uint8Array([1, 2, 3]);
    const result = await stageFromBytes(lib, data);
    expect(result).toMatchObject({ bytes: 3, hash: sha256(data) });
    expect([...result.head]).toEqual([1, 2, 3]);
  });

  it('refuses a missing path with not_found and a folder with invalid_input', async () => {
    expect((await failure(stageFromPath(lib, path.join(temp.dir, 'nope')))).code).toBe('not_found');
    expect((await failure(stageFromPath(lib, temp.dir))).code).toBe('invalid_input');
    expect(staged()).toEqual([]);
  });

  it('removes the partial copy when the source fails, even before any byte arrived', async () => {
    // The write stream opens its file asynchronously: removing the partial copy before that
    // open has finished used to leave an empty file behind.
    const failsAtOnce = () =>
      ({ [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(new Error('connection reset')) }) }) as unknown as Readable;
    for (let i = 0; i < 200; i++) {
      const broken = new PassThrough();
      broken.destroy(new Error('connection reset'));
      for (const source of [broken, failsAtOnce()]) {
        const err = await failure(stageFromStream(lib, source));
        expect(err.code).toBe('corrupt');
        expect(err.message).toMatch(/connection reset/);
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(staged()).toEqual([]);
  });

  it('stops at once when the signal was aborted before staging started', async () => {
    const controller = new AbortController();
    controller.abort();
    const neverEnds = new PassThrough();
    neverEnds.write(Buffer.alloc(10));
    expect((await failure(stageFromStream(lib, neverEnds, controller.signal))).code).toBe('cancelled');
    expect(neverEnds.destroyed).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(staged()).toEqual([]);
  });
});

describe('writeFileAtomic', () => {
  it('replaces the target in one step and leaves no temp file', async () => {
    const target = path.join(temp.dir, 'out', 'doc.json');
    await writeFileAtomic(lib, target, new TextEncoder().encode('first'));
    await writeFileAtomic(lib, target, new TextEncoder().encode('second'));
    expect(fs.readFileSync(target, 'utf8')).toBe('second');
    expect(staged()).toEqual([]);
  });
});
