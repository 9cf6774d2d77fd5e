import type { EditorSession, SessionSnapshot } from '../../shared/editor/editorSession';
import type { StoredHistory } from '../../shared/history/storedHistory';
import type { PostDocument } from '../../shared/model/postDocument';

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'error' | 'conflict';
export type SaveState = { status: SaveStatus; message: string | null; savedAt: string | null };

export type SaveFn = (input: { document: PostDocument; history: StoredHistory; baseRevision: number }) => Promise<{ revision: number; updatedAt: string }>;
export type SaveError = { code?: string; message: string };

export const AUTOSAVE_DELAY_MS = 800;

/**
 * Saves a session's document and undo history a moment after the last change, one save at a time.
 * A change made while a save is running is saved right after it. A pointer held down (a drag, a
 * slider) holds the save back, so the file never captures half a gesture.
 */
export class AutosaveQueue {
  private state: SaveState = { status: 'saved', message: null, savedAt: null };
  private changes = 0;
  private savedChanges = 0;
  private running: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private held = false;
  private last: SessionSnapshot;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly session: EditorSession,
    private revision: number,
    private readonly save: SaveFn,
  ) {
    this.last = session.getSnapshot();
  }

  /** Starts following the session; the returned function stops (a screen mounts, unmounts). */
  attach(): () => void {
    this.last = this.session.getSnapshot();
    return this.session.subscribe(() => this.onSnapshot());
  }

  subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };

  getState = (): SaveState => this.state;

  get dirty(): boolean {
    return this.changes !== this.savedChanges;
  }

  /** A drag or slider is in progress: wait for it to end before saving. */
  hold(held: boolean): void {
    this.held = held;
    if (!held && this.dirty && this.state.status === 'pending') this.schedule();
  }

  /** Saves now if anything is unsaved (leaving the screen, closing the window, Retry). */
  flush(): Promise<void> {
    this.clearTimer();
    if (this.running) return this.running.then(() => (this.dirty ? this.flush() : undefined));
    if (!this.dirty || this.state.status === 'conflict') return Promise.resolve();
    this.running = this.run().finally(() => (this.running = null));
    return this.running;
  }

  /** After a conflict: save this window's version over the newer one (at the revision now stored). */
  overwrite(latestRevision: number): Promise<void> {
    this.revision = latestRevision;
    this.setState({ status: 'pending', message: null, savedAt: this.state.savedAt });
    return this.flush();
  }

  private onSnapshot(): void {
    const snap = this.session.getSnapshot();
    const prev = this.last;
    this.last = snap;
    // A new document, or a preview committed into history (same document and selection, new
    // snapshot): both must reach the file. A selection change alone does not.
    const docChanged = snap.docVersion !== prev.docVersion;
    const historyOnly = snap !== prev && snap.doc === prev.doc && snap.selection === prev.selection;
    if (!docChanged && !historyOnly) return;
    this.changes += 1;
    if (this.state.status === 'conflict') return;
    if (this.state.status !== 'saving') this.setState({ status: 'pending', message: null, savedAt: this.state.savedAt });
    this.schedule();
  }

  private schedule(): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.held) return;
      void this.flush();
    }, AUTOSAVE_DELAY_MS);
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private async run(): Promise<void> {
    const upTo = this.changes;
    const document = this.session.getSnapshot().doc;
    const history = this.session.storedHistory();
    this.setState({ status: 'saving', message: null, savedAt: this.state.savedAt });
    try {
      const saved = await this.save({ document, history, baseRevision: this.revision });
      this.revision = saved.revision;
      this.savedChanges = upTo;
      this.setState(this.dirty ? { status: 'pending', message: null, savedAt: saved.updatedAt } : { status: 'saved', message: null, savedAt: saved.updatedAt });
      if (this.dirty) this.schedule();
    } catch (err) {
      const e = err as SaveError;
      this.setState(
        e.code === 'conflict'
          ? { status: 'conflict', message: 'This post was changed somewhere else (another window or the command line).', savedAt: this.state.savedAt }
          : { status: 'error', message: e.message, savedAt: this.state.savedAt },
      );
    }
  }

  private setState(next: SaveState): void {
    this.state = next;
    for (const fn of this.listeners) fn();
  }
}
