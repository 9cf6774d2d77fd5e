import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StudioFailure, type ErrorCode } from '../../../shared/api/errors';
import { DEFAULT_BRAND_KIT } from '../../../shared/model/brandKit';
import { emptyDocument } from '../../../shared/model/postDocument';
import { makeTempDir } from '../../../test/fixtures/tempLibrary';
import { openLibrary, type Library } from '../library/library';
import { createProject, getProject, trashProject } from '../projects/projectStore';
import { setBrandKit } from '../templates/brandKitStore';
import { createPost, deletePost, getPost, listPosts, renamePost } from './postStore';

let temp: ReturnType<typeof makeTempDir>;
let lib: Library;
let projectId: string;

beforeEach(() => {
  temp = makeTempDir();
  lib = openLibrary(temp.dir);
  projectId = createProject(lib.db, 'Cardiology').id;
});
afterEach(() => {
  lib.close();
  temp.cleanup();
});

async function codeOf(fn: () => unknown): Promise<ErrorCode> {
  try {
    await fn();
  } catch (err) {
    expect(err).toBeInstanceOf(StudioFailure);
    return (err as StudioFailure).code;
  }
  throw new Error('expected a StudioFailure');
}

describe('posts', () => {
  it('creates a post with an empty document and de-duplicated platforms', () => {
    const post = createPost(lib.db, { projectId, title: 'ECG basics', format: 'carousel', platforms: ['instagram', 'x', 'instagram'] });
    expect(post).toMatchObject({ projectId, title: 'ECG basics', format: 'carousel', platforms: ['instagram', 'x'] });
    expect(post.document).toEqual(emptyDocument());
    expect(getPost(lib.db, post.id)).toEqual(post);
    expect(getProject(lib.db, projectId).postCount).toBe(1);
  });

  it('starts a reel on the 9:16 Reel canvas with reel settings, captions in the brand kit’s body font', () => {
    setBrandKit(lib.db, { ...DEFAULT_BRAND_KIT, fonts: { heading: 'Oswald', body: 'Atkinson Hyperlegible' } });
    const post = createPost(lib.db, { projectId, title: 'Pneumothorax in 30 s', format: 'reel', platforms: ['instagram', 'tiktok'] });
    expect(post.document.canvas).toEqual({ formatId: 'instagram-reel', width: 1080, height: 1920 });
    expect(post.document.reel?.captionStyle.font).toBe('Atkinson Hyperlegible');
    expect(getPost(lib.db, post.id).document).toEqual(post.document);
    // A document given by the caller (a copy, an import) is kept as it is.
    const given = createPost(lib.db, { projectId, title: 'Copy', format: 'reel', platforms: [], document: emptyDocument() });
    expect(given.document).toEqual(emptyDocument());
  });

  it('lists a project’s posts in creation order and renames and deletes them', () => {
    const a = createPost(lib.db, { projectId, title: 'One', format: 'single', platforms: [] });
    const b = createPost(lib.db, { projectId, title: 'Two', format: 'reel', platforms: ['tiktok'] });
    expect(listPosts(lib.db, projectId).map((p) => p.id).sort()).toEqual([a.id, b.id].sort());
    expect(renamePost(lib.db, a.id, 'One, renamed').title).toBe('One, renamed');
    deletePost(lib.db, b.id);
    expect(listPosts(lib.db, projectId).map((p) => p.title)).toEqual(['One, renamed']);
  });

  it('refuses a post in a trashed or missing project', async () => {
    trashProject(lib.db, projectId);
    expect(await codeOf(() => createPost(lib.db, { projectId, title: 'T', format: 'single', platforms: [] }))).toBe('conflict');
    expect(await codeOf(() => createPost(lib.db, { projectId: 'nope', title: 'T', format: 'single', platforms: [] }))).toBe('not_found');
    expect(lib.db.prepare('SELECT count(*) FROM posts').pluck().get()).toBe(0);
  });

  it('reports missing posts as not_found', async () => {
    expect(await codeOf(() => getPost(lib.db, 'nope'))).toBe('not_found');
    expect(await codeOf(() => renamePost(lib.db, 'nope', 'x'))).toBe('not_found');
    expect(await codeOf(() => deletePost(lib.db, 'nope'))).toBe('not_found');
  });

  it('refuses to open a post saved by a newer app with schema_too_new', async () => {
    const post = createPost(lib.db, { projectId, title: 'Future', format: 'single', platforms: [] });
    lib.db.prepare('UPDATE posts SET document = ? WHERE id = ?').run(JSON.stringify({ ...emptyDocument(), schemaVersion: 99 }), post.id);
    expect(await codeOf(() => getPost(lib.db, post.id))).toBe('schema_too_new');
  });

  it('audits post changes by id only, never by title', () => {
    const post = createPost(lib.db, { projectId, title: 'Jane Doe, MRN 123', format: 'single', platforms: [] });
    renamePost(lib.db, post.id, 'Still private');
    deletePost(lib.db, post.id);
    const rows = lib.db.prepare("SELECT action, detail FROM audit_log WHERE object_type = 'post' ORDER BY seq").all() as {
      action: string;
      detail: string;
    }[];
    expect(rows.map((r) => r.action)).toEqual(['post.create', 'post.rename', 'post.delete']);
    expect(JSON.parse(rows[0].detail)).toEqual({ project: projectId, format: 'single' });
    expect(rows.map((r) => r.detail).join('')).not.toMatch(/Jane|MRN|private/);
  });
});
