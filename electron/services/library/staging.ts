import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { SNIFF_BYTES } from '../../../shared/media/sniffMedia';
import { StudioFailure } from '../../../shared/api/errors';
import type { Library } from './library';

export type StagedFile = { path: string; hash: string; bytes: number; head: Uint8Array };

// The owning pid is part of the name so recovery can tell a live import from a dead one.
export function newStagingPath(lib: Pick<Library, 'tmpDir'>, suffix = ''): string {
  return path.join(lib.tmpDir, `${process.pid}-${randomBytes(8).toString('hex')}${suffix}`);
}

export function stagingOwnerPid(name: string): number | null {
  const m = /^(\d+)-/.exec(name);
  return m ? Number(m[1]) : null;
}

/** Copies a file into the library's staging area while hashing it, in one pass. */
export async function stageFromPath(lib: Pick<Library, 'tmpDir'>, source: string, signal?: AbortSignal): Promise<StagedFile> {
  let stat: fs.Stats;
  try {
    stat = await fs.promises.stat(source);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new StudioFailure(code === 'ENOENT' ? 'not_found' : 'forbidden', code === 'ENOENT' ? 'The file does not exist.' : `The file cannot be read (${code ?? 'error'}).`);
  }
  if (!stat.isFile()) throw new StudioFailure('invalid_input', 'That is a folder or device, not a file.');
  return stageFromStream(lib, fs.createReadStream(source), signal);
}

/** Streams bytes (a file, an HTTP upload) into staging, hashing as they pass. */
export async function stageFromStream(lib: Pick<Library, 'tmpDir'>, input: Readable, signal?: AbortSignal): Promise<StagedFile> {
  const target = newStagingPath(lib);
  const hash = createHash('sha256');
  const head: Buffer[] = [];
  let headBytes = 0;
  let bytes = 0;
  const hasher = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      bytes += chunk.length;
      if (headBytes < SNIFF_BYTES) {
        head.push(chunk.subarray(0, SNIFF_BYTES - headBytes));
        headBytes += Math.min(chunk.length, SNIFF_BYTES - headBytes);
      }
      done(null, chunk);
    },
  });
  const output = fs.createWriteStream(target, { flags: 'wx' });
  try {
    // pipeline carries errors from every side (a full disk, a dropped upload) and the abort.
    await pipeline(input, hasher, output, { signal });
    await fsyncFile(target);
  } catch (err) {
    output.destroy();
    // The stream opens its file asynchronously: wait for it to close, or the open can land after the rm.
    if (!output.closed) await new Promise<void>((resolve) => output.once('close', () => resolve()));
    await fs.promises.rm(target, { force: true });
    if (signal?.aborted) throw new StudioFailure('cancelled', 'Import cancelled.');
    if (err instanceof StudioFailure) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOSPC') throw new StudioFailure('too_large', 'The disk is full: free some space and import again.');
    throw new StudioFailure('corrupt', `The file could not be read to the end: ${(err as Error).message}`);
  }
  return { path: target, hash: hash.digest('hex'), bytes, head: new Uint8Array(Buffer.concat(head)) };
}

export async function stageFromBytes(lib: Pick<Library, 'tmpDir'>, data: Uint8Array): Promise<StagedFile> {
  const target = newStagingPath(lib);
  await writeFileDurably(target, data);
  return {
    path: target,
    hash: createHash('sha256').update(data).digest('hex'),
    bytes: data.byteLength,
    head: data.subarray(0, SNIFF_BYTES),
  };
}

async function fsyncFile(file: string): Promise<void> {
  const fh = await fs.promises.open(file, 'r');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

async function writeFileDurably(target: string, data: Uint8Array): Promise<void> {
  const fh = await fs.promises.open(target, 'wx');
  try {
    await fh.writeFile(data);
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/** Writes `data` to `target` atomically: readers see the old file or the whole new one. */
export async function writeFileAtomic(lib: Pick<Library, 'tmpDir'>, target: string, data: Uint8Array): Promise<void> {
  const temp = newStagingPath(lib);
  try {
    await writeFileDurably(temp, data);
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    await fs.promises.rename(temp, target);
  } catch (err) {
    await fs.promises.rm(temp, { force: true });
    throw err;
  }
}
