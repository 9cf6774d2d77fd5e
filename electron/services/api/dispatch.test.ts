import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StudioFailure } from '../../../shared/api/errors';
import { makeTempDir } from '../../../test/fixtures/tempLibrary';
import { openStudio, type Studio } from '../studio';
import { createDispatch, toStudioError } from './dispatch';
import type { Handlers } from './handlers';

let temp: ReturnType<typeof makeTempDir>;
let studio: Studio;
let logged: string[];
beforeEach(() => {
  temp = makeTempDir();
  logged = [];
  studio = openStudio(temp.dir, { log: (m) => logged.push(m) });
});
afterEach(() => {
  studio.close();
  temp.cleanup();
});

describe('dispatch', () => {
  it('runs a valid call and answers with its value', async () => {
    const created = await studio.dispatch('projects.create', { name: '  Knee  ' });
    expect(created).toMatchObject({ ok: true, value: { name: 'Knee' } });
    expect(await studio.dispatch('library.info', undefined)).toMatchObject({ ok: true, value: { projects: 1, assets: 0, path: temp.dir } });
  });

  it('answers an unknown call with not_found', async () => {
    expect(await studio.dispatch('projects.explode', {})).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'Unknown call: projects.explode' },
    });
    expect(await studio.dispatch('toString', {})).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await studio.dispatch('constructor', {})).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('answers invalid input with invalid_input and names the field', async () => {
    expect(await studio.dispatch('projects.create', { name: '   ' })).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'name: A project needs a name.' },
    });
    const tooLong = await studio.dispatch('projects.create', { name: 'x'.repeat(121) });
    expect(tooLong).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/^name: .*120/) } });
    const wrongType = await studio.dispatch('posts.create', { projectId: 'p', title: 'T', format: 'poster' });
    expect(wrongType).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/^format: /) } });
    const badJob = await studio.dispatch('jobs.cancel', { jobId: 'x' });
    expect(badJob).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/^jobId: Job ids are/) } });
  });

  it('refuses unknown fields', async () => {
    const result = await studio.dispatch('projects.list', { query: 'a', drop: 'table' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('drop') } });
  });

  it('refuses an upload call without a body', async () => {
    expect(await studio.dispatch('assets.import', { projectId: 'p', name: 'x.png' })).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'assets.import needs a file body.' },
    });
  });

  it('passes a StudioFailure through with its code and message', async () => {
    expect(await studio.dispatch('projects.get', { id: 'missing' })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'That project does not exist (it may have been deleted).' },
    });
    expect(logged).toEqual([]);
  });

  it('turns a plain Error into internal, logs the stack, and sends no stack', async () => {
    const handlers = {
      'library.info': () => {
        const err = new Error('database is locked\nsecond line');
        err.stack = `Error: database is locked\n    at secretFunction (/home/dr/app/x.ts:1:1)`;
        throw err;
      },
      'projects.list': () => {
        throw 'a thrown string';
      },
    } as unknown as Handlers;
    const seen: string[] = [];
    const dispatch = createDispatch(handlers, (m) => seen.push(m));

    const result = await dispatch('library.info', {});
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'Something went wrong: database is locked' } });
    expect(JSON.stringify(result)).not.toMatch(/\bat |secretFunction|\.ts:/);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toContain('secretFunction');

    expect(await dispatch('projects.list', {})).toEqual({ ok: false, error: { code: 'internal', message: 'Something went wrong: a thrown string' } });
  });

  it('reports an error from a closed database as internal, without a stack', async () => {
    studio.library.db.close();
    const result = await studio.dispatch('projects.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toMatch(/\n\s+at /);
    expect(logged).toHaveLength(1);
  });
});

describe('toStudioError', () => {
  it('keeps a StudioFailure as it is and shortens long messages', () => {
    expect(toStudioError(new StudioFailure('too_large', 'Too big.'))).toEqual({ code: 'too_large', message: 'Too big.' });
    const long = toStudioError(new Error('x'.repeat(1000)), () => {});
    expect(long.message.length).toBeLessThan(400);
  });
});
