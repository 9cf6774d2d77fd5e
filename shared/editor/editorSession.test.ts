import { describe, expect, it, vi } from 'vitest';
import { MAX_STEPS } from '../history/history';
import { emptyDocument, type PostDocument } from '../model/postDocument';
import { EditorSession } from './editorSession';
import { newSlide, newText } from './objectFactory';

function session(): { s: EditorSession; slideId: string; textId: string } {
  const doc = emptyDocument();
  const text = newText(doc.canvas, 'Hello');
  const slide = newSlide(undefined, [text]);
  const s = new EditorSession({ ...doc, slides: [slide] });
  return { s, slideId: slide.id, textId: text.id };
}

const xOf = (doc: PostDocument) => (doc.slides[0].objects[0] as { x: number }).x;

describe('EditorSession', () => {
  it('records each dispatch as an undo step with its label, and redoes it', () => {
    const { s, slideId, textId } = session();
    const x0 = xOf(s.getSnapshot().doc);
    s.dispatch({ type: 'object.update', slideId, objectId: textId, patch: { x: 100 } }, 'Move text');
    expect(s.getSnapshot()).toMatchObject({ canUndo: true, undoLabel: 'Move text', canRedo: false });
    s.undo();
    expect(xOf(s.getSnapshot().doc)).toBe(x0);
    expect(s.getSnapshot()).toMatchObject({ canRedo: true, redoLabel: 'Move text' });
    s.redo();
    expect(xOf(s.getSnapshot().doc)).toBe(100);
  });

  it('makes a drag one step: previews replace each other and commit once; cancel returns to the mark', () => {
    const { s, slideId, textId } = session();
    const x0 = xOf(s.getSnapshot().doc);
    for (const x of [10, 20, 30]) s.preview({ type: 'object.update', slideId, objectId: textId, patch: { x } }, 'Move');
    expect(xOf(s.getSnapshot().doc)).toBe(30);
    s.commitPreview();
    s.undo();
    expect(xOf(s.getSnapshot().doc)).toBe(x0);
    expect(s.getSnapshot().canUndo).toBe(false);

    s.preview({ type: 'object.update', slideId, objectId: textId, patch: { x: 999 } }, 'Move');
    s.cancelPreview();
    expect(xOf(s.getSnapshot().doc)).toBe(x0);
    expect(s.getSnapshot().canRedo).toBe(true);
  });

  it('keeps redo when only the selection changes, and drops selected ids that disappear', () => {
    const { s, slideId, textId } = session();
    s.dispatch({ type: 'object.remove', slideId, objectId: textId }, 'Delete');
    s.undo();
    s.select(slideId, [textId]);
    expect(s.getSnapshot().canRedo).toBe(true);
    s.redo();
    expect(s.getSnapshot().selection.objectIds).toEqual([]);
  });

  it('notifies subscribers and keeps the same snapshot object until something changes', () => {
    const { s, slideId } = session();
    const fn = vi.fn();
    const off = s.subscribe(fn);
    const snap = s.getSnapshot();
    expect(s.getSnapshot()).toBe(snap);
    s.dispatch({ type: 'slide.update', slideId, patch: { altText: 'x' } }, 'Alt text');
    expect(fn).toHaveBeenCalledTimes(1);
    expect(s.getSnapshot()).not.toBe(snap);
    expect(s.getSnapshot().docVersion).toBe(snap.docVersion + 1);
    off();
    s.undo();
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('restores a saved history that fits the document, so undo works after a reload', () => {
    const { s, slideId, textId } = session();
    s.dispatch({ type: 'object.update', slideId, objectId: textId, patch: { text: 'Edited' } }, 'Edit text');
    const saved = JSON.parse(JSON.stringify({ doc: s.getSnapshot().doc, history: s.storedHistory() }));
    const reopened = new EditorSession(saved.doc, saved.history);
    expect(reopened.getSnapshot().undoLabel).toBe('Edit text');
    reopened.undo();
    expect((reopened.getSnapshot().doc.slides[0].objects[0] as { text: string }).text).toBe('Hello');
  });

  it('drops a saved history that no longer fits its document, keeping the document', () => {
    const { s, slideId, textId } = session();
    s.dispatch({ type: 'object.update', slideId, objectId: textId, patch: { text: 'Edited' } }, 'Edit text');
    const history = s.storedHistory();
    const other = { ...emptyDocument(), slides: [newSlide()] };
    const reopened = new EditorSession(other, history);
    expect(reopened.getSnapshot()).toMatchObject({ canUndo: false, doc: other });
  });

  it('keeps at most MAX_STEPS undo steps', () => {
    const { s, slideId, textId } = session();
    for (let i = 0; i < MAX_STEPS + 25; i++) s.dispatch({ type: 'object.update', slideId, objectId: textId, patch: { x: i } }, `Move ${i}`);
    expect(s.storedHistory().past).toHaveLength(MAX_STEPS);
    expect(s.getSnapshot().undoLabel).toBe(`Move ${MAX_STEPS + 24}`);
  });
});
