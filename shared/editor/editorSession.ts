import { applyCommand } from '../commands/applyCommand';
import type { Command } from '../commands/command';
import { emptyHistory, record, redo, restoreHistory, toStoredHistory, undo, type History } from '../history/history';
import type { StoredHistory } from '../history/storedHistory';
import type { PostDocument } from '../model/postDocument';

export type Selection = { slideId: string | null; objectIds: readonly string[] };

export type SessionSnapshot = {
  doc: PostDocument;
  selection: Selection;
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
  /** Rises on every document change, including undo and redo (autosave watches it). */
  docVersion: number;
};

type Preview = { markDoc: PostDocument; label: string; command: Command | null; inverse: Command | null };

function codeOf(cmd: Command): string {
  return cmd.type === 'batch' ? (cmd.commands[0] ? `batch:${codeOf(cmd.commands[0])}` : 'batch') : cmd.type;
}

/**
 * One open post in the editor: its document, undo history and selection. Everything that changes
 * the document goes through `dispatch` or a preview; React reads it with useSyncExternalStore.
 */
export class EditorSession {
  private doc: PostDocument;
  private history: History;
  private selection: Selection;
  private docVersion = 0;
  private pending: Preview | null = null;
  private snapshot: SessionSnapshot;
  private readonly listeners = new Set<() => void>();

  constructor(doc: PostDocument, history?: StoredHistory | null) {
    this.doc = doc;
    this.history = history ? restoreHistory(doc, history) : emptyHistory;
    this.selection = { slideId: doc.slides[0]?.id ?? null, objectIds: [] };
    this.snapshot = this.makeSnapshot();
  }

  subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };

  getSnapshot = (): SessionSnapshot => this.snapshot;

  dispatch(cmd: Command, label: string): void {
    this.commitPreview();
    const applied = applyCommand(this.doc, cmd);
    this.history = record(this.history, { label, code: codeOf(cmd), forward: cmd, inverse: applied.inverse });
    this.setDoc(applied.doc);
  }

  /** A step still in progress (drag, slider, typing): shown at once, recorded on commit as one step. */
  preview(cmd: Command, label: string): void {
    const markDoc = this.pending?.markDoc ?? this.doc;
    const applied = applyCommand(markDoc, cmd);
    this.pending = { markDoc, label, command: cmd, inverse: applied.inverse };
    this.setDoc(applied.doc);
  }

  commitPreview(): void {
    const p = this.pending;
    if (!p) return;
    this.pending = null;
    if (p.command && p.inverse) {
      this.history = record(this.history, { label: p.label, code: codeOf(p.command), forward: p.command, inverse: p.inverse });
    }
    this.publish();
  }

  cancelPreview(): void {
    const p = this.pending;
    if (!p) return;
    this.pending = null;
    this.setDoc(p.markDoc);
  }

  undo(): void {
    this.commitPreview();
    const result = undo(this.doc, this.history);
    if (!result) return;
    this.history = result.history;
    this.setDoc(result.doc);
  }

  redo(): void {
    this.commitPreview();
    const result = redo(this.doc, this.history);
    if (!result) return;
    this.history = result.history;
    this.setDoc(result.doc);
  }

  select(slideId: string | null, objectIds: readonly string[] = []): void {
    this.selection = { slideId, objectIds: [...objectIds] };
    this.publish();
  }

  storedHistory(): StoredHistory {
    return toStoredHistory(this.history);
  }

  private setDoc(doc: PostDocument): void {
    this.doc = doc;
    this.docVersion += 1;
    this.selection = this.validSelection(this.selection);
    this.publish();
  }

  /** Drops selected ids that no longer exist (after undo of an add, a delete, …). */
  private validSelection(sel: Selection): Selection {
    const slide = this.doc.slides.find((s) => s.id === sel.slideId) ?? this.doc.slides[0];
    if (!slide) return { slideId: null, objectIds: [] };
    if (slide.id !== sel.slideId) return { slideId: slide.id, objectIds: [] };
    const ids = sel.objectIds.filter((id) => slide.objects.some((o) => o.id === id));
    return ids.length === sel.objectIds.length ? sel : { slideId: slide.id, objectIds: ids };
  }

  private makeSnapshot(): SessionSnapshot {
    const { past, future } = this.history;
    return {
      doc: this.doc,
      selection: this.selection,
      canUndo: past.length > 0,
      canRedo: future.length > 0,
      undoLabel: past[past.length - 1]?.label ?? null,
      redoLabel: future[0]?.label ?? null,
      docVersion: this.docVersion,
    };
  }

  private publish(): void {
    this.snapshot = this.makeSnapshot();
    for (const fn of this.listeners) fn();
  }
}
