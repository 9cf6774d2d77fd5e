import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StudioEvent } from '../../shared/api/events';
import { makeTempDir } from '../../test/fixtures/tempLibrary';
import { openStudio } from './studio';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

describe('openStudio', () => {
  it('tells subscribers what changed until they unsubscribe', async () => {
    const studio = openStudio(temp.dir);
    try {
      const events: StudioEvent[] = [];
      const off = studio.subscribe((e) => events.push(e));
      const created = (await studio.dispatch('projects.create', { name: 'A' })) as { value: { id: string } };
      await studio.dispatch('posts.create', { projectId: created.value.id, title: 'T', format: 'single' });
      expect(events).toEqual([
        { type: 'library.changed', what: 'projects', projectId: undefined },
        { type: 'library.changed', what: 'posts', projectId: created.value.id },
      ]);
      off();
      await studio.dispatch('projects.create', { name: 'B' });
      expect(events).toHaveLength(2);
    } finally {
      studio.close();
    }
  });

  it('keeps its data across a close and reopen', async () => {
    const first = openStudio(temp.dir);
    await first.dispatch('projects.create', { name: 'Persisted' });
    first.close();
    const again = openStudio(temp.dir);
    try {
      expect(await again.dispatch('projects.list', {})).toMatchObject({ ok: true, value: { projects: [{ name: 'Persisted' }] } });
      expect(await again.dispatch('library.info', {})).toMatchObject({ ok: true, value: { path: temp.dir, projects: 1 } });
    } finally {
      again.close();
    }
  });

  it('cancels running jobs when it closes', async () => {
    const studio = openStudio(temp.dir);
    const created = (await studio.dispatch('projects.create', { name: 'A' })) as { value: { id: string } };
    const upload = new PassThrough();
    upload.write(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    const pending = studio.dispatch(
      'assets.import',
      { projectId: created.value.id, name: 'a.png', jobId: 'close-cancels-1' },
      { upload: { kind: 'stream', stream: upload } },
    );
    expect(studio.jobs.running()).toEqual(['close-cancels-1']);
    studio.close();
    expect(await pending).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(studio.library.db.open).toBe(false);
  });
});
