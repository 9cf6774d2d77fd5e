import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EditorSession } from '../../shared/editor/editorSession';
import { newSlide, newText } from '../../shared/editor/objectFactory';
import { emptyDocument } from '../../shared/model/postDocument';
import { AUTOSAVE_DELAY_MS, AutosaveQueue, type SaveFn } from './autosaveQueue';

type Call = Parameters<SaveFn>[0];

function setup(save?: SaveFn) {
  const doc = emptyDocument();
  const text = newText(doc.canvas, 'Hello');
  const slide = newSlide(undefined, [text]);
  const session = new EditorSession({ ...doc, slides: [slide] });
  const calls: Call[] = [];
  let revision = 3;
  const fn: SaveFn =
    save ??
    (async (input) => {
      calls.push(input);
      revision += 1;
      return { revision, updatedAt: `t${revision}` };
    });
  const queue = new AutosaveQueue(session, 3, fn);
  const detach = queue.attach();
  const move = (x: number) => session.dispatch({ type: 'object.update', slideId: slide.id, objectId: text.id, patch: { x } }, 'Move');
  const preview = (x: number) => session.preview({ type: 'object.update', slideId: slide.id, objectId: text.id, patch: { x } }, 'Drag');
  return { session, queue, calls, move, preview, slide, text, detach };
}

const settle = async (ms = AUTOSAVE_DELAY_MS) => {
  await vi.advanceTimersByTimeAsync(ms);
};

describe('AutosaveQueue', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once, a moment after the last of several changes, with the document and its undo history', async () => {
    const { queue, calls, move } = setup();
    move(10);
    await settle(AUTOSAVE_DELAY_MS / 2);
    move(20);
    expect(queue.getState().status).toBe('pending');
    await settle(AUTOSAVE_DELAY_MS / 2);
    expect(calls).toHaveLength(0);
    await settle();
    expect(calls).toHaveLength(1);
    expect((calls[0].document.slides[0].objects[0] as { x: number }).x).toBe(20);
    expect(calls[0].history.past.map((s) => s.label)).toEqual(['Move', 'Move']);
    expect(calls[0].baseRevision).toBe(3);
    expect(queue.getState()).toMatchObject({ status: 'saved', savedAt: 't4' });
  });

  it('saves against the revision the last save returned', async () => {
    const { calls, move } = setup();
    move(10);
    await settle();
    move(20);
    await settle();
    expect(calls.map((c) => c.baseRevision)).toEqual([3, 4]);
  });

  it('does not save for a selection change alone', async () => {
    const { session, queue, calls, slide, text } = setup();
    session.select(slide.id, [text.id]);
    await settle();
    expect(calls).toHaveLength(0);
    expect(queue.dirty).toBe(false);
  });

  it('saves again when a preview is committed, so the stored history holds the step', async () => {
    const { session, calls, preview } = setup();
    preview(50);
    await settle();
    expect(calls).toHaveLength(1);
    expect(calls[0].history.past).toHaveLength(0);
    session.commitPreview();
    await settle();
    expect(calls).toHaveLength(2);
    expect(calls[1].history.past.map((s) => s.label)).toEqual(['Drag']);
  });

  it('holds saving while a pointer is down and saves when it is released', async () => {
    const { queue, calls, move } = setup();
    queue.hold(true);
    move(10);
    await settle(AUTOSAVE_DELAY_MS * 3);
    expect(calls).toHaveLength(0);
    queue.hold(false);
    await settle();
    expect(calls).toHaveLength(1);
  });

  it('saves a change made during a running save right after it', async () => {
    let release: () => void = () => undefined;
    const calls: Call[] = [];
    const slow: SaveFn = (input) =>
      new Promise((resolve) => {
        calls.push(input);
        release = () => resolve({ revision: 10 + calls.length, updatedAt: 'now' });
      });
    const { queue, move } = setup(slow);
    move(10);
    await settle();
    expect(queue.getState().status).toBe('saving');
    move(20);
    release();
    await settle();
    await settle();
    expect(calls).toHaveLength(2);
    expect((calls[1].document.slides[0].objects[0] as { x: number }).x).toBe(20);
    expect(calls[1].baseRevision).toBe(11);
    release();
    await settle();
    expect(queue.getState().status).toBe('saved');
  });

  it('stops on a conflict until told to overwrite, and reports other failures for a retry', async () => {
    let mode: 'conflict' | 'fail' | 'ok' = 'conflict';
    const calls: Call[] = [];
    const save: SaveFn = async (input) => {
      calls.push(input);
      if (mode === 'conflict') throw { code: 'conflict', message: 'newer revision' };
      if (mode === 'fail') throw { code: 'internal', message: 'disk full' };
      return { revision: 42, updatedAt: 'now' };
    };
    const { queue, move } = setup(save);
    move(10);
    await settle();
    expect(queue.getState().status).toBe('conflict');
    move(20);
    await settle();
    expect(calls).toHaveLength(1);

    mode = 'fail';
    await queue.overwrite(7);
    expect(calls[1].baseRevision).toBe(7);
    expect(queue.getState()).toMatchObject({ status: 'error', message: 'disk full' });

    mode = 'ok';
    await queue.flush();
    expect(queue.getState().status).toBe('saved');
    expect(queue.dirty).toBe(false);
  });

  it('stops following the session once detached, but still flushes what was changed', async () => {
    const { queue, calls, move, detach } = setup();
    move(10);
    detach();
    move(20);
    await queue.flush();
    expect(calls).toHaveLength(1);
    expect((calls[0].document.slides[0].objects[0] as { x: number }).x).toBe(20);
  });
});
