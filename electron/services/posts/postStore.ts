import { randomUUID } from 'node:crypto';
import { StudioFailure } from '../../../shared/api/errors';
import type { PlatformId } from '../../../shared/model/platforms';
import type { Post, PostFormat } from '../../../shared/model/post';
import { emptyDocument, migrateDocument, type PostDocument } from '../../../shared/model/postDocument';
import { StoredHistory } from '../../../shared/history/storedHistory';
import { newReelDocument } from '../../../shared/reel/newReel';
import { appendAudit } from '../audit/appendAudit';
import { requireActiveProject, touchProject } from '../projects/projectStore';
import { getBrandKit } from '../templates/brandKitStore';
import type { Db } from '../store/openDatabase';

type PostRow = {
  id: string;
  project_id: string;
  title: string;
  format: PostFormat;
  platforms: string;
  document: string;
  created_at: string;
  updated_at: string;
  revision: number;
  history: string | null;
};

function toPost(row: PostRow): Post {
  return {
    id: row.id,
    projectId: row.project_id,
    title: row.title,
    format: row.format,
    platforms: JSON.parse(row.platforms) as PlatformId[],
    document: migrateDocument(JSON.parse(row.document)),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function listPosts(db: Db, projectId: string): Post[] {
  return (db.prepare('SELECT * FROM posts WHERE project_id = ? ORDER BY created_at, id').all(projectId) as PostRow[]).map(toPost);
}

export function getPost(db: Db, id: string): Post {
  const row = db.prepare('SELECT * FROM posts WHERE id = ?').get(id) as PostRow | undefined;
  if (!row) throw new StudioFailure('not_found', 'That post does not exist (it may have been deleted).');
  return toPost(row);
}

export function createPost(
  db: Db,
  input: { projectId: string; title: string; format: PostFormat; platforms: PlatformId[]; document?: PostDocument },
): Post {
  const id = randomUUID();
  const now = new Date().toISOString();
  // A reel starts on its 9:16 canvas with captions in the brand's body font; other posts on the carousel default.
  const doc = input.document ?? (input.format === 'reel' ? newReelDocument(getBrandKit(db)) : emptyDocument());
  db.transaction(() => {
    requireActiveProject(db, input.projectId);
    db.prepare(
      `INSERT INTO posts (id, project_id, title, format, platforms, document, document_version, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, input.projectId, input.title, input.format, JSON.stringify([...new Set(input.platforms)]), JSON.stringify(doc), doc.schemaVersion, now, now);
    touchProject(db, input.projectId);
    appendAudit(db, { action: 'post.create', objectType: 'post', objectId: id, detail: { project: input.projectId, format: input.format } });
  })();
  return getPost(db, id);
}

export function renamePost(db: Db, id: string, title: string): Post {
  db.transaction(() => {
    const post = getPost(db, id);
    db.prepare('UPDATE posts SET title = ?, updated_at = ? WHERE id = ?').run(title, new Date().toISOString(), id);
    touchProject(db, post.projectId);
    appendAudit(db, { action: 'post.rename', objectType: 'post', objectId: id });
  })();
  return getPost(db, id);
}

export function deletePost(db: Db, id: string): void {
  db.transaction(() => {
    const post = getPost(db, id);
    db.prepare('DELETE FROM posts WHERE id = ?').run(id);
    touchProject(db, post.projectId);
    appendAudit(db, { action: 'post.delete', objectType: 'post', objectId: id, detail: { project: post.projectId } });
  })();
}

/** The post with its saved undo history (null when none, or when it was damaged) and revision. */
export function openPost(db: Db, id: string): { post: Post; history: StoredHistory | null; revision: number } {
  const row = db.prepare('SELECT * FROM posts WHERE id = ?').get(id) as PostRow | undefined;
  if (!row) throw new StudioFailure('not_found', 'That post does not exist (it may have been deleted).');
  let history: StoredHistory | null = null;
  if (row.history !== null) {
    // A damaged history costs the user their undo steps, never their post.
    const parsed = StoredHistory.safeParse(JSON.parse(row.history));
    history = parsed.success ? parsed.data : null;
  }
  return { post: toPost(row), history, revision: row.revision };
}

/**
 * Saves the document and its undo history in one transaction. `baseRevision` is the revision the
 * editor opened or last saved; a different stored revision means another window saved since.
 */
export function saveDocument(
  db: Db,
  input: { id: string; document: PostDocument; history: StoredHistory; baseRevision: number },
): { revision: number; updatedAt: string } {
  const now = new Date().toISOString();
  let revision = 0;
  db.transaction(() => {
    const row = db.prepare('SELECT project_id, revision FROM posts WHERE id = ?').get(input.id) as
      | { project_id: string; revision: number }
      | undefined;
    if (!row) throw new StudioFailure('not_found', 'That post does not exist (it may have been deleted).');
    if (row.revision !== input.baseRevision) {
      throw new StudioFailure('conflict', 'This post was changed in another window since you opened it. Reopen it to see the latest version.');
    }
    revision = row.revision + 1;
    db.prepare('UPDATE posts SET document = ?, document_version = ?, history = ?, revision = ?, updated_at = ? WHERE id = ?').run(
      JSON.stringify(input.document),
      input.document.schemaVersion,
      JSON.stringify(input.history),
      revision,
      now,
      input.id,
    );
    touchProject(db, row.project_id);
  })();
  return { revision, updatedAt: now };
}
