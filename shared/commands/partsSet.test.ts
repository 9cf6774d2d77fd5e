import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../model/postDocument';
import { EditorSession } from '../editor/editorSession';
import { applyCommand } from './applyCommand';

describe('parts.set', () => {
  it('replaces the thread parts and returns the old ones as its inverse', () => {
    const doc = { ...emptyDocument(), parts: [{ id: 'a', text: 'One.' }] };
    const parts = [{ id: 'a', text: 'One.' }, { id: 'b', text: 'Two.', images: [{ assetId: 'x1', alt: 'A chest X-ray' }] }];
    const { doc: next, inverse } = applyCommand(doc, { type: 'parts.set', parts });
    expect(next.parts).toEqual(parts);
    expect(applyCommand(next, inverse).doc.parts).toEqual([{ id: 'a', text: 'One.' }]);
  });

  it('refuses parts that are not valid', () => {
    const bad = [{ id: 'a', text: 3 }] as unknown as { id: string; text: string }[];
    expect(() => applyCommand(emptyDocument(), { type: 'parts.set', parts: bad })).toThrow(/not valid/);
  });

  it('is one undo step in an editor session, typing coalesced by preview', () => {
    const session = new EditorSession(emptyDocument());
    session.preview({ type: 'parts.set', parts: [{ id: 'a', text: 'H' }] }, 'Edit thread');
    session.preview({ type: 'parts.set', parts: [{ id: 'a', text: 'Hello' }] }, 'Edit thread');
    session.commitPreview();
    expect(session.getSnapshot().doc.parts[0].text).toBe('Hello');
    session.undo();
    expect(session.getSnapshot().doc.parts).toEqual([]);
    session.redo();
    expect(session.getSnapshot().doc.parts[0].text).toBe('Hello');
  });
});
