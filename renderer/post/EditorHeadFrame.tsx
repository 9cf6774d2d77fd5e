import type { ReactNode } from 'react';
import type { SessionSnapshot } from '../../shared/editor/editorSession';
import { kbdLabel } from '../actions/kbd';
import { hrefFor } from '../routing/useHashRoute';
import type { SaveState } from './autosaveQueue';
import { SaveIndicator } from './SaveIndicator';
import { UiIcon } from './uiIcons';

type Props = {
  title: string;
  projectId: string;
  snap: SessionSnapshot;
  save: SaveState;
  onRetrySave(): void;
  onUndo(): void;
  onRedo(): void;
  /** The format control, after the title: the carousel's resize button, the reel's format list. */
  format: ReactNode;
  /** The buttons after undo and redo (Export last). */
  actions: ReactNode;
};

/** The header every editor shares: back to the project, title, save state, undo and redo. */
export function EditorHeadFrame({ title, projectId, snap, save, onRetrySave, onUndo, onRedo, format, actions }: Props) {
  const undo = snap.undoLabel ? `Undo ${snap.undoLabel}` : 'Nothing to undo';
  const redo = snap.redoLabel ? `Redo ${snap.redoLabel}` : 'Nothing to redo';
  return (
    <header className="editor-head">
      <div className="editor-title">
        <a className="back" href={hrefFor({ name: 'project', id: projectId })} aria-label="Back to the project">
          ← Project
        </a>
        <h1 title={title}>{title}</h1>
        {format}
      </div>
      <div className="editor-actions">
        <SaveIndicator state={save} onRetry={onRetrySave} />
        <div className="history-buttons" role="group" aria-label="Undo and redo">
          <button type="button" className="icon-button" onClick={onUndo} disabled={!snap.canUndo} aria-label={undo} title={`${undo} (${kbdLabel('mod+z')})`} data-testid="undo">
            <UiIcon name="undo" />
          </button>
          <button type="button" className="icon-button" onClick={onRedo} disabled={!snap.canRedo} aria-label={redo} title={`${redo} (${kbdLabel('mod+shift+z')})`} data-testid="redo">
            <UiIcon name="redo" />
          </button>
        </div>
        {actions}
      </div>
    </header>
  );
}
