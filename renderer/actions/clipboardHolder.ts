// Copied objects are kept in memory (pasting onto another slide needs no permission), and written
// to the system clipboard as text when the browser allows it, so a second window can paste them.
// The text is tagged so a paste never mistakes ordinary copied text for slide objects.

const TAG = 'medpost-objects:';

export type ClipboardHolder = {
  get(): unknown;
  set(payload: unknown): void;
};

export function createClipboardHolder(): ClipboardHolder {
  let payload: unknown = null;
  return {
    get: () => payload,
    set(next) {
      payload = next;
      void navigator.clipboard?.writeText(TAG + JSON.stringify(next)).catch(() => undefined);
    },
  };
}

/** Objects copied in another window, read back from the system clipboard's text (null if none). */
export function payloadFromText(text: string): unknown {
  if (!text.startsWith(TAG)) return null;
  try {
    return JSON.parse(text.slice(TAG.length)) as unknown;
  } catch {
    return null;
  }
}
