import { randomUUID } from 'node:crypto';
import { StudioFailure } from '../../../shared/api/errors';
import { remapDocumentAssets } from '../../../shared/model/documentAssets';
import { migrateDocument } from '../../../shared/model/postDocument';
import type { Project } from '../../../shared/model/project';
import { appendAudit } from '../audit/appendAudit';
import type { Db } from '../store/openDatabase';

type ProjectRow = {
  id: string;
  name: string;
  created_at: string;
  updated_at: string;
  trashed_at: string | null;
  post_count: number;
  asset_count: number;
  cover_asset_id: string | null;
};

const SELECT_PROJECTS = `
  SELECT p.id, p.name, p.created_at, p.updated_at, p.trashed_at,
    (SELECT count(*) FROM posts WHERE project_id = p.id) AS post_count,
    (SELECT count(*) FROM assets WHERE project_id = p.id) AS asset_count,
    (SELECT id FROM assets WHERE project_id = p.id AND has_thumbnail = 1 ORDER BY imported_at, id LIMIT 1) AS cover_asset_id
  FROM projects p`;

function toProject(row: ProjectRow): Project {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    trashedAt: row.trashed_at,
    postCount: row.post_count,
    assetCount: row.asset_count,
    coverAssetId: row.cover_asset_id,
  };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function listProjects(db: Db, options: { query?: string; trashed?: boolean } = {}): Project[] {
  const where = [options.trashed ? 'p.trashed_at IS NOT NULL' : 'p.trashed_at IS NULL'];
  const params: string[] = [];
  const query = options.query?.trim();
  if (query) {
    where.push("p.name LIKE ? ESCAPE '\\'");
    params.push(`%${escapeLike(query)}%`);
  }
  const order = options.trashed ? 'p.trashed_at DESC, p.id' : 'p.updated_at DESC, p.id';
  const rows = db.prepare(`${SELECT_PROJECTS} WHERE ${where.join(' AND ')} ORDER BY ${order}`).all(...params) as ProjectRow[];
  return rows.map(toProject);
}

export function getProject(db: Db, id: string): Project {
  const row = db.prepare(`${SELECT_PROJECTS} WHERE p.id = ?`).get(id) as ProjectRow | undefined;
  if (!row) throw new StudioFailure('not_found', 'That project does not exist (it may have been deleted).');
  return toProject(row);
}

/** For writes that need a live project (imports, new posts): a trashed one is refused. */
export function requireActiveProject(db: Db, id: string): void {
  const row = db.prepare('SELECT trashed_at FROM projects WHERE id = ?').get(id) as { trashed_at: string | null } | undefined;
  if (!row) throw new StudioFailure('not_found', 'That project does not exist (it may have been deleted).');
  if (row.trashed_at) throw new StudioFailure('conflict', 'That project is in the trash: restore it first.');
}

export function touchProject(db: Db, id: string): void {
  db.prepare('UPDATE projects SET updated_at = ? WHERE id = ?').run(new Date().toISOString(), id);
}

export function createProject(db: Db, name: string): Project {
  const id = randomUUID();
  const now = new Date().toISOString();
  db.transaction(() => {
    db.prepare('INSERT INTO projects (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)').run(id, name, now, now);
    appendAudit(db, { action: 'project.create', objectType: 'project', objectId: id });
  })();
  return getProject(db, id);
}

export function renameProject(db: Db, id: string, name: string): Project {
  db.transaction(() => {
    const r = db.prepare('UPDATE projects SET name = ?, updated_at = ? WHERE id = ?').run(name, new Date().toISOString(), id);
    if (r.changes === 0) throw new StudioFailure('not_found', 'That project does not exist (it may have been deleted).');
    appendAudit(db, { action: 'project.rename', objectType: 'project', objectId: id });
  })();
  return getProject(db, id);
}

/** A stored post's document pointed at the copied assets; one that cannot be read is copied as it is (it opens no better in either project). */
function remappedDocument(post: Record<string, unknown>, ids: ReadonlyMap<string, string>): { document: unknown; document_version: unknown } {
  try {
    const document = remapDocumentAssets(migrateDocument(JSON.parse(String(post.document))), ids);
    return { document: JSON.stringify(document), document_version: document.schemaVersion };
  } catch {
    return { document: post.document, document_version: post.document_version };
  }
}

/** Tables holding what is known of one asset, keyed by asset_id: copied with the asset. */
const ASSET_STATE_TABLES = ['asset_analysis', 'video_scans', 'asset_links'] as const;

export function duplicateProject(db: Db, id: string): Project {
  const source = getProject(db, id);
  const copyId = randomUUID();
  const now = new Date().toISOString();
  const name = `${source.name} (copy)`.slice(0, 120);
  db.transaction(() => {
    db.prepare('INSERT INTO projects (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)').run(copyId, name, now, now);
    const assets = db.prepare('SELECT * FROM assets WHERE project_id = ? ORDER BY imported_at, id').all(id) as Record<string, unknown>[];
    const insertAsset = db.prepare(
      `INSERT INTO assets (id, project_id, kind, mime, bytes, hash, width, height, duration_ms, original_name, has_thumbnail, imported_at, phi_status)
       VALUES (@id, @project_id, @kind, @mime, @bytes, @hash, @width, @height, @duration_ms, @original_name, @has_thumbnail, @imported_at, @phi_status)`,
    );
    const newIds = new Map<string, string>();
    for (const asset of assets) {
      const copyAssetId = randomUUID();
      newIds.set(String(asset.id), copyAssetId);
      insertAsset.run({ ...asset, id: copyAssetId, project_id: copyId });
    }
    // After every row exists, so an original imported later than its redacted copy still resolves.
    const setOrigin = db.prepare('UPDATE assets SET derived_from = ? WHERE id = ?');
    for (const asset of assets) {
      const origin = asset.derived_from ? newIds.get(String(asset.derived_from)) : undefined;
      if (origin) setOrigin.run(origin, newIds.get(String(asset.id)));
    }
    // What is known of each file (its scans, its patient) holds for the copy: without it a copied
    // photo would look unscanned, and a redacted copy would lose its consent link.
    for (const table of ASSET_STATE_TABLES) {
      const rows = db.prepare(`SELECT * FROM ${table} WHERE asset_id IN (SELECT id FROM assets WHERE project_id = ?)`).all(id) as Record<string, unknown>[];
      if (!rows.length) continue;
      const columns = Object.keys(rows[0]);
      const insert = db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`);
      for (const row of rows) insert.run({ ...row, asset_id: newIds.get(String(row.asset_id)) });
    }
    const posts = db.prepare('SELECT * FROM posts WHERE project_id = ? ORDER BY created_at, id').all(id) as Record<string, unknown>[];
    const insertPost = db.prepare(
      `INSERT INTO posts (id, project_id, title, format, platforms, document, document_version, created_at, updated_at)
       VALUES (@id, @project_id, @title, @format, @platforms, @document, @document_version, @created_at, @updated_at)`,
    );
    // created_at is kept (as imported_at is for assets): the posts are listed by it, so the copy keeps their order.
    for (const post of posts) insertPost.run({ ...post, ...remappedDocument(post, newIds), id: randomUUID(), project_id: copyId, updated_at: now });
    appendAudit(db, { action: 'project.duplicate', objectType: 'project', objectId: copyId, detail: { from: id } });
  })();
  return getProject(db, copyId);
}

function setTrashed(db: Db, id: string, trashed: boolean): Project {
  db.transaction(() => {
    const r = db
      .prepare('UPDATE projects SET trashed_at = ? WHERE id = ?')
      .run(trashed ? new Date().toISOString() : null, id);
    if (r.changes === 0) throw new StudioFailure('not_found', 'That project does not exist (it may have been deleted).');
    appendAudit(db, { action: trashed ? 'project.trash' : 'project.restore', objectType: 'project', objectId: id });
  })();
  return getProject(db, id);
}

export const trashProject = (db: Db, id: string) => setTrashed(db, id, true);
export const restoreProject = (db: Db, id: string) => setTrashed(db, id, false);

/**
 * Deletes trashed projects for good and returns the content hashes their assets used, so the
 * caller can remove files nothing else references.
 */
export function deleteTrashedProjects(db: Db, ids: string[] | 'all'): { deleted: string[]; hashes: string[] } {
  return db.transaction(() => {
    const targets =
      ids === 'all'
        ? (db.prepare('SELECT id FROM projects WHERE trashed_at IS NOT NULL').pluck().all() as string[])
        : ids;
    const hashes = new Set<string>();
    for (const id of targets) {
      const row = db.prepare('SELECT trashed_at FROM projects WHERE id = ?').get(id) as { trashed_at: string | null } | undefined;
      if (!row) throw new StudioFailure('not_found', 'That project does not exist (it may have been deleted).');
      if (!row.trashed_at) throw new StudioFailure('conflict', 'Move the project to the trash before deleting it for good.');
      for (const h of db.prepare('SELECT hash FROM assets WHERE project_id = ?').pluck().all(id) as string[]) hashes.add(h);
      db.prepare('DELETE FROM projects WHERE id = ?').run(id);
      appendAudit(db, { action: 'project.delete', objectType: 'project', objectId: id });
    }
    return { deleted: targets, hashes: [...hashes] };
  }).immediate();
}

export function countProjects(db: Db): number {
  return db.prepare('SELECT count(*) FROM projects').pluck().get() as number;
}
