import { useEffect, useState, useSyncExternalStore } from 'react';
import type { EditorSession } from '../../shared/editor/editorSession';
import { StudioFailure } from '../../shared/api/errors';
import { studio, unwrap } from '../api/studio';
import { AutosaveQueue } from './autosaveQueue';

/**
 * Autosave for one open post: debounced after changes, and at once when the screen is left, the
 * tab is hidden or the window closes. Closing with unsaved work asks first (the browser's prompt).
 */
export function useAutosave(postId: string, session: EditorSession, revision: number) {
  const [queue] = useState(
    () =>
      new AutosaveQueue(session, revision, async ({ document, history, baseRevision }) => {
        try {
          return await unwrap(studio.posts.saveDocument({ id: postId, document, history, baseRevision }));
        } catch (err) {
          throw err instanceof StudioFailure ? { code: err.code, message: err.message } : { message: String(err) };
        }
      }),
  );
  const state = useSyncExternalStore(queue.subscribe, queue.getState);

  useEffect(() => {
    const detach = queue.attach();
    const down = () => queue.hold(true);
    const up = () => queue.hold(false);
    const hidden = () => document.visibilityState === 'hidden' && void queue.flush();
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (!queue.dirty) return;
      void queue.flush();
      e.preventDefault();
    };
    window.addEventListener('pointerdown', down, true);
    window.addEventListener('pointerup', up, true);
    window.addEventListener('pointercancel', up, true);
    // A button released outside the window never reports pointerup here.
    window.addEventListener('blur', up);
    document.addEventListener('visibilitychange', hidden);
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      window.removeEventListener('pointerdown', down, true);
      window.removeEventListener('pointerup', up, true);
      window.removeEventListener('pointercancel', up, true);
      window.removeEventListener('blur', up);
      document.removeEventListener('visibilitychange', hidden);
      window.removeEventListener('beforeunload', beforeUnload);
      detach();
      // Leaving the screen: the last changes still go to the library.
      void queue.flush();
    };
  }, [queue]);

  const keepMine = async () => {
    const latest = await unwrap(studio.posts.get({ id: postId }));
    await queue.overwrite(latest.revision);
  };
  return { state, retry: () => void queue.flush(), keepMine, flush: () => queue.flush() };
}
