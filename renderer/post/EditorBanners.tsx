import type { SaveState } from './autosaveQueue';

type Props = {
  save: SaveState;
  /** The editor's notes on opening (templates or brand kit that failed to load…). */
  notes: readonly string[];
  onReload(): void;
  /** Given, a save conflict can also be settled by keeping this window's version. */
  onKeepMine?(): void;
};

/** Under the header: a save conflict with its way out, then the notes from opening the post. */
export function EditorBanners({ save, notes, onReload, onKeepMine }: Props) {
  return (
    <>
      {save.status === 'conflict' && (
        <div className="banner error editor-banner" role="alert">
          {save.message} Your latest changes here are not saved.
          <button type="button" onClick={onReload}>
            Load the saved version
          </button>
          {onKeepMine && (
            <button type="button" onClick={onKeepMine}>
              Keep this version
            </button>
          )}
        </div>
      )}
      {notes.map((n) => (
        <div key={n} className="banner editor-banner">
          {n}
        </div>
      ))}
    </>
  );
}
