import { beforeEach, describe, expect, it } from 'vitest';
import { StudioFailure } from '../../../shared/api/errors';
import { EditorSession } from '../../../shared/editor/editorSession';
import { newSlide, newText } from '../../../shared/editor/objectFactory';
import { useTempLibrary } from '../../../test/fixtures/useTempLibrary';
import { createProject } from '../projects/projectStore';
import { createPost, openPost, saveDocument } from './postStore';

const t = useTempLibrary();
let postId: string;

beforeEach(() => {
  const projectId = createProject(t.lib.db, 'Radiology').id;
  postId = createPost(t.lib.db, { projectId, title: 'Pneumothorax', format: 'carousel', platforms: ['instagram'] }).id;
});

function editedSession(): EditorSession {
  const { post } = openPost(t.lib.db, postId);
  const s = new EditorSession(post.document);
  const slide = newSlide(undefined, [newText(post.document.canvas, 'Spot the sign')]);
  s.dispatch({ type: 'slide.add', index: 0, slide }, 'Add slide');
  s.dispatch({ type: 'slide.update', slideId: slide.id, patch: { altText: 'A chest X-ray' } }, 'Alt text');
  return s;
}

describe('saving a post’s document', () => {
  it('stores the document and its undo history, and a reopened session can undo', () => {
    const s = editedSession();
    const { revision } = saveDocument(t.lib.db, { id: postId, document: s.getSnapshot().doc, history: s.storedHistory(), baseRevision: 0 });
    expect(revision).toBe(1);

    // A fresh library handle: what a restart reads back from the file.
    t.reopen();
    const reopened = openPost(t.lib.db, postId);
    expect(reopened.revision).toBe(1);
    expect(reopened.post.document).toEqual(s.getSnapshot().doc);
    const again = new EditorSession(reopened.post.document, reopened.history);
    expect(again.getSnapshot().undoLabel).toBe('Alt text');
    again.undo();
    again.undo();
    expect(again.getSnapshot().doc.slides).toEqual([]);
  });

  it('refuses a save against an old revision (another window saved since) and keeps the newer one', () => {
    const s = editedSession();
    saveDocument(t.lib.db, { id: postId, document: s.getSnapshot().doc, history: s.storedHistory(), baseRevision: 0 });
    let err: unknown;
    try {
      saveDocument(t.lib.db, { id: postId, document: openPost(t.lib.db, postId).post.document, history: { past: [], future: [] }, baseRevision: 0 });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(StudioFailure);
    expect((err as StudioFailure).code).toBe('conflict');
    expect(openPost(t.lib.db, postId).post.document.slides).toHaveLength(1);
  });

  it('opens the post with no history when the stored history is damaged, losing nothing else', () => {
    const s = editedSession();
    saveDocument(t.lib.db, { id: postId, document: s.getSnapshot().doc, history: s.storedHistory(), baseRevision: 0 });
    t.lib.db.prepare('UPDATE posts SET history = ? WHERE id = ?').run(JSON.stringify({ past: 'nonsense' }), postId);
    const reopened = openPost(t.lib.db, postId);
    expect(reopened.history).toBeNull();
    expect(reopened.post.document.slides).toHaveLength(1);
  });

  it('answers not_found for a deleted post', () => {
    expect(() => saveDocument(t.lib.db, { id: 'gone', document: openPost(t.lib.db, postId).post.document, history: { past: [], future: [] }, baseRevision: 0 })).toThrow(
      /does not exist/,
    );
  });
});
