import type { SessionSnapshot } from '../../shared/editor/editorSession';
import { kbdLabel } from '../actions/kbd';
import { hrefFor } from '../routing/useHashRoute';
import type { SaveState } from './autosaveQueue';
import { SaveIndicator } from './SaveIndicator';
import { UiIcon } from './uiIcons';

type Props = {
  title: string;
  projectId: string;
  formatLabel: string;
  snap: SessionSnapshot;
  save: SaveState;
  onRetrySave(): void;
  onUndo(): void;
  onRedo(): void;
  onResize(): void;
  onBrand(): void;
  onExport(): void;
};

export function EditorHeader({ title, projectId, formatLabel, snap, save, onRetrySave, onUndo, onRedo, onResize, onBrand, onExport }: Props) {
  const undo = snap.undoLabel ? `Undo ${snap.undoLabel}` : 'Nothing to undo';
  const redo = snap.redoLabel ? `Redo ${snap.redoLabel}` : 'Nothing to redo';
  return (
    <header className="editor-head">
      <div className="editor-title">
        <a className="back" href={hrefFor({ name: 'project', id: projectId })} aria-label="Back to the project">
          ← Project
        </a>
        <h1 title={title}>{title}</h1>
        <button type="button" className="format-button" onClick={onResize} title="Resize to another format" data-testid="format-button">
          {formatLabel} ▾
        </button>
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
        <button type="button" onClick={onBrand}>
          Brand kit
        </button>
        <button type="button" className="primary" onClick={onExport}>
          Export
        </button>
      </div>
    </header>
  );
}
