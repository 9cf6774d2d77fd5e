import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StudioFailure, type ErrorCode } from '../../../shared/api/errors';
import { makeTempDir } from '../../../test/fixtures/tempLibrary';
import { openLibrary, type Library } from '../library/library';
import { DOCUMENT_SCHEMA_VERSION, PostDocument } from '../../../shared/model/postDocument';
import { documentAssetIds } from '../../../shared/model/documentAssets';
import { createPost, listPosts } from '../posts/postStore';
import type { Db } from '../store/openDatabase';
import {
  countProjects,
  createProject,
  deleteTrashedProjects,
  duplicateProject,
  getProject,
  listProjects,
  renameProject,
  requireActiveProject,
  restoreProject,
  trashProject,
} from './projectStore';

let temp: ReturnType<typeof makeTempDir>;
let lib: Library;
let db: Db;
let clock = Date.parse('2026-01-01T00:00:00Z');

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  temp = makeTempDir();
  lib = openLibrary(temp.dir);
  db = lib.db;
});
afterEach(() => {
  vi.useRealTimers();
  lib.close();
  temp.cleanup();
});

/** Each call happens one second after the previous one, so orderings are deterministic. */
function later<T>(fn: () => T): T {
  clock += 1000;
  vi.setSystemTime(clock);
  return fn();
}

function codeOf(fn: () => unknown): ErrorCode {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(StudioFailure);
    return (err as StudioFailure).code;
  }
  throw new Error('expected a StudioFailure');
}

function addAsset(projectId: string, hash: string, id = `a-${hash.slice(0, 6)}-${projectId.slice(0, 6)}`): void {
  db.prepare(
    `INSERT INTO assets (id, project_id, kind, mime, bytes, hash, width, height, original_name, has_thumbnail, imported_at)
     VALUES (?, ?, 'image', 'image/png', 10, ?, 4, 4, 'x.png', 1, '2026-01-01T00:00:00Z')`,
  ).run(id, projectId, hash);
}

const auditActions = (objectId: string) =>
  db.prepare('SELECT action FROM audit_log WHERE object_id = ? ORDER BY seq').pluck().all(objectId);
const names = (projects: { name: string }[]) => projects.map((p) => p.name);

describe('projects: create, list and search', () => {
  it('creates an empty project and lists projects by most recent change', () => {
    const a = later(() => createProject(db, 'Knee cases'));
    expect(a).toMatchObject({ name: 'Knee cases', trashedAt: null, postCount: 0, assetCount: 0, coverAssetId: null });
    later(() => createProject(db, 'Shoulder'));
    expect(names(listProjects(db))).toEqual(['Shoulder', 'Knee cases']);
    later(() => renameProject(db, a.id, 'Knee cases 2026'));
    expect(names(listProjects(db))).toEqual(['Knee cases 2026', 'Shoulder']);
    expect(countProjects(db)).toBe(2);
  });

  it('searches names case-insensitively and ignores surrounding spaces', () => {
    later(() => createProject(db, 'Knee MRI'));
    later(() => createProject(db, 'Hip'));
    expect(names(listProjects(db, { query: '  knee ' }))).toEqual(['Knee MRI']);
    expect(names(listProjects(db, { query: '   ' }))).toHaveLength(2);
  });

  it('treats % and _ in a query as literal characters', () => {
    for (const name of ['100% recovery', 'case_1', 'case 1', 'plain', 'back\\slash']) later(() => createProject(db, name));
    expect(names(listProjects(db, { query: '%' }))).toEqual(['100% recovery']);
    expect(names(listProjects(db, { query: '_' }))).toEqual(['case_1']);
    expect(names(listProjects(db, { query: 'case_' }))).toEqual(['case_1']);
    expect(names(listProjects(db, { query: '\\' }))).toEqual(['back\\slash']);
  });

  it('reports a missing project as not_found', () => {
    expect(codeOf(() => getProject(db, 'nope'))).toBe('not_found');
    expect(codeOf(() => renameProject(db, 'nope', 'x'))).toBe('not_found');
    expect(codeOf(() => trashProject(db, 'nope'))).toBe('not_found');
  });
});

describe('projects: duplicate', () => {
  it('copies posts and asset rows under new ids, sharing the same file hashes', () => {
    const src = later(() => createProject(db, 'Elbow'));
    later(() => createPost(db, { projectId: src.id, title: 'Anatomy', format: 'carousel', platforms: ['instagram'] }));
    later(() => createPost(db, { projectId: src.id, title: 'Quiz', format: 'thread', platforms: [] }));
    addAsset(src.id, 'a'.repeat(64));
    addAsset(src.id, 'b'.repeat(64));

    const copy = later(() => duplicateProject(db, src.id));
    expect(copy.id).not.toBe(src.id);
    expect(copy).toMatchObject({ name: 'Elbow (copy)', postCount: 2, assetCount: 2, trashedAt: null });
    const posts = listPosts(db, copy.id);
    expect(posts.map((p) => [p.title, p.format, p.platforms])).toEqual([
      ['Anatomy', 'carousel', ['instagram']],
      ['Quiz', 'thread', []],
    ]);
    expect(posts.map((p) => p.id)).not.toContain(listPosts(db, src.id)[0].id);
    expect(posts.map((p) => p.title)).toEqual(listPosts(db, src.id).map((p) => p.title));
    const hashesOf = (id: string) => db.prepare('SELECT hash FROM assets WHERE project_id = ? ORDER BY hash').pluck().all(id);
    expect(hashesOf(copy.id)).toEqual(hashesOf(src.id));
    expect(getProject(db, src.id)).toMatchObject({ postCount: 2, assetCount: 2 });
    expect(auditActions(copy.id)).toEqual(['project.duplicate']);
  });

  it('points the copy’s posts at the copy’s own assets, with their scans, redaction origin and consent links', () => {
    const src = later(() => createProject(db, 'Reel'));
    addAsset(src.id, 'a'.repeat(64), 'photo');
    addAsset(src.id, 'b'.repeat(64), 'photo-redacted');
    db.prepare("UPDATE assets SET derived_from = 'photo', phi_status = 'redacted' WHERE id = 'photo-redacted'").run();
    db.prepare("INSERT INTO asset_analysis (asset_id, analyzed_at, width, height, findings, metadata) VALUES ('photo', 't', 4, 4, '[]', '[]')").run();
    db.prepare("INSERT INTO asset_links (asset_id, patient_id, not_clinical, linked_at) VALUES ('photo-redacted', NULL, 1, 't')").run();
    const document = PostDocument.parse({
      schemaVersion: DOCUMENT_SCHEMA_VERSION,
      canvas: { formatId: 'instagram-reel', width: 1080, height: 1920 },
      slides: [{ id: 's1', objects: [{ id: 'i1', type: 'image', assetId: 'photo-redacted', x: 0, y: 0, width: 4, height: 4 }] }],
      scenes: [{ id: 'c1', kind: 'image', assetId: 'photo-redacted', durationMs: 2000 }],
      parts: [],
    });
    later(() => createPost(db, { projectId: src.id, title: 'Reel', format: 'reel', platforms: [], document }));

    const copy = later(() => duplicateProject(db, src.id));
    const copied = db.prepare('SELECT id, derived_from FROM assets WHERE project_id = ? ORDER BY hash').all(copy.id) as { id: string; derived_from: string | null }[];
    expect(copied).toHaveLength(2);
    expect(copied[1].derived_from).toBe(copied[0].id);
    const [post] = listPosts(db, copy.id);
    expect(documentAssetIds(post.document)).toEqual([copied[1].id]);
    expect(db.prepare('SELECT count(*) FROM asset_analysis WHERE asset_id = ?').pluck().get(copied[0].id)).toBe(1);
    expect(db.prepare('SELECT not_clinical FROM asset_links WHERE asset_id = ?').pluck().get(copied[1].id)).toBe(1);
    // The original keeps its own.
    expect(documentAssetIds(listPosts(db, src.id)[0].document)).toEqual(['photo-redacted']);
  });

  it('keeps the posts of the copy in their original order', () => {
    const src = later(() => createProject(db, 'Order'));
    const titles = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth'];
    for (const title of titles) later(() => createPost(db, { projectId: src.id, title, format: 'single', platforms: [] }));
    const copy = later(() => duplicateProject(db, src.id));
    expect(listPosts(db, copy.id).map((p) => p.title)).toEqual(titles);
  });

  it('keeps the copy’s name within the 120-character limit', () => {
    const src = later(() => createProject(db, 'x'.repeat(120)));
    expect(later(() => duplicateProject(db, src.id)).name).toHaveLength(120);
  });
});

describe('projects: trash, restore and delete', () => {
  it('moves a project to the trash and back', () => {
    const p = later(() => createProject(db, 'Wrist'));
    const trashed = later(() => trashProject(db, p.id));
    expect(trashed.trashedAt).toBe(new Date(clock).toISOString());
    expect(listProjects(db)).toEqual([]);
    expect(names(listProjects(db, { trashed: true }))).toEqual(['Wrist']);
    expect(codeOf(() => requireActiveProject(db, p.id))).toBe('conflict');

    expect(later(() => restoreProject(db, p.id)).trashedAt).toBeNull();
    expect(names(listProjects(db))).toEqual(['Wrist']);
    expect(listProjects(db, { trashed: true })).toEqual([]);
    expect(() => requireActiveProject(db, p.id)).not.toThrow();
    expect(auditActions(p.id)).toEqual(['project.create', 'project.trash', 'project.restore']);
  });

  it('refuses to delete a project that is not in the trash, and deletes none of the batch', () => {
    const trashed = later(() => createProject(db, 'Old'));
    later(() => trashProject(db, trashed.id));
    const live = later(() => createProject(db, 'Live'));
    expect(codeOf(() => deleteTrashedProjects(db, [trashed.id, live.id]))).toBe('conflict');
    expect(countProjects(db)).toBe(2);
    expect(codeOf(() => deleteTrashedProjects(db, ['missing']))).toBe('not_found');
  });

  it('deletes a trashed project with its posts and assets and returns the hashes it used', () => {
    const p = later(() => createProject(db, 'Spine'));
    later(() => createPost(db, { projectId: p.id, title: 'T', format: 'single', platforms: [] }));
    addAsset(p.id, 'c'.repeat(64));
    addAsset(p.id, 'd'.repeat(64));
    later(() => trashProject(db, p.id));

    const result = deleteTrashedProjects(db, [p.id]);
    expect(result.deleted).toEqual([p.id]);
    expect(result.hashes.sort()).toEqual(['c'.repeat(64), 'd'.repeat(64)]);
    expect(db.prepare('SELECT count(*) FROM posts').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM assets').pluck().get()).toBe(0);
    expect(codeOf(() => getProject(db, p.id))).toBe('not_found');
    expect(auditActions(p.id)).toEqual(['project.create', 'project.trash', 'project.delete']);
  });

  it('empties the whole trash and leaves live projects alone', () => {
    const ids = ['A', 'B', 'C'].map((n) => later(() => createProject(db, n)).id);
    later(() => trashProject(db, ids[0]));
    later(() => trashProject(db, ids[2]));
    expect(deleteTrashedProjects(db, 'all').deleted.sort()).toEqual([ids[0], ids[2]].sort());
    expect(names(listProjects(db))).toEqual(['B']);
    expect(deleteTrashedProjects(db, 'all')).toEqual({ deleted: [], hashes: [] });
  });
});
