import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { EditorSession } from '../../shared/editor/editorSession';
import { newId } from '../../shared/editor/objectFactory';
import type { ThreadPart } from '../../shared/model/postDocument';
import { partsFromRaw, rawOf } from './threadText';

const TYPING_PAUSE_MS = 700;

/**
 * The composer's text box over the session: typing is a preview (shown at once), committed as one
 * undo step after a pause or on blur; an undo, redo or action elsewhere puts its text in the box.
 */
export function useThreadText(session: EditorSession) {
  const snap = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const parts = snap.doc.parts;
  const docRaw = rawOf(parts);
  const [shown, setShown] = useState({ doc: docRaw, raw: docRaw });
  if (shown.doc !== docRaw) {
    // The box keeps what was typed when it means the same parts (a marker written " --- ").
    const same = rawOf(partsFromRaw(shown.raw, parts, newId)) === docRaw;
    setShown({ doc: docRaw, raw: same ? shown.raw : docRaw });
  }
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const type = (raw: string) => {
    const next = partsFromRaw(raw, session.getSnapshot().doc.parts, newId);
    setShown({ doc: rawOf(next), raw });
    session.preview({ type: 'parts.set', parts: next }, 'Edit thread text');
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => session.commitPreview(), TYPING_PAUSE_MS);
  };
  /** A change made by typing outside the text box (alt text): shown at once, one step after a pause. */
  const typeParts = (next: ThreadPart[], label: string) => {
    session.preview({ type: 'parts.set', parts: next }, label);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => session.commitPreview(), TYPING_PAUSE_MS);
  };
  const commitTyping = useCallback(() => {
    window.clearTimeout(timer.current);
    session.commitPreview();
  }, [session]);
  /** One action on the parts: one undo step with its label. */
  const change = (next: ThreadPart[], label: string) => {
    commitTyping();
    session.dispatch({ type: 'parts.set', parts: next }, label);
  };
  return { snap, parts, raw: shown.raw, type, typeParts, commitTyping, change };
}
