import { useState, useSyncExternalStore } from 'react';
import { EditorSession } from '../../shared/editor/editorSession';
import type { PostDocument } from '../../shared/model/postDocument';
import { studio, unwrap } from '../api/studio';
import { useStudioData } from '../api/useStudioData';
import { useAutosave } from './useAutosave';
import type { EditorData } from './usePostEditorData';

/**
 * The opened post as an editing session with its undo history, its live snapshot and autosave.
 * `start` shapes the stored document once, as the session opens (the reel fills in its canvas).
 */
export function useEditorSession(data: EditorData, start: (doc: PostDocument) => PostDocument = (doc) => doc) {
  const { post, history, revision } = data.opened;
  const [session] = useState(() => new EditorSession(start(post.document), history));
  const snap = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const autosave = useAutosave(post.id, session, revision);
  return { session, snap, autosave };
}

/** The project's assets, loaded again when the library changes (an import here, another window, the CLI). */
export function useProjectAssets(projectId: string) {
  return useStudioData(
    () => unwrap(studio.assets.list({ projectId })).then((r) => r.assets),
    `assets:${projectId}`,
    (e) => e.type === 'library.changed',
  );
}
