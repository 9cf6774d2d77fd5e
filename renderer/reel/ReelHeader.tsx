import type { SessionSnapshot } from '../../shared/editor/editorSession';
import type { SlideFormat } from '../../shared/model/slideFormat';
import { kbdLabel } from '../actions/kbd';
import type { SaveState } from '../post/autosaveQueue';
import { SaveIndicator } from '../post/SaveIndicator';
import { UiIcon } from '../post/uiIcons';
import { hrefFor } from '../routing/useHashRoute';

type Props = {
  title: string;
  projectId: string;
  /** The reel's format and the video formats it can switch to (templates with media "video"). */
  format: SlideFormat;
  formats: readonly SlideFormat[];
  onFormat(format: SlideFormat): void;
  snap: SessionSnapshot;
  save: SaveState;
  onRetrySave(): void;
  onUndo(): void;
  onRedo(): void;
  onExport(): void;
};

export function ReelHeader({ title, projectId, format, formats, onFormat, snap, save, onRetrySave, onUndo, onRedo, onExport }: Props) {
  const undo = snap.undoLabel ? `Undo ${snap.undoLabel}` : 'Nothing to undo';
  const redo = snap.redoLabel ? `Redo ${snap.redoLabel}` : 'Nothing to redo';
  return (
    <header className="editor-head">
      <div className="editor-title">
        <a className="back" href={hrefFor({ name: 'project', id: projectId })} aria-label="Back to the project">
          ← Project
        </a>
        <h1 title={title}>{title}</h1>
        <label className="reel-format">
          <select
            aria-label="Reel format"
            value={format.id}
            onChange={(e) => {
              const f = formats.find((x) => x.id === e.target.value);
              if (f) onFormat(f);
            }}
            data-testid="reel-format"
            title="The video's shape: slides and overlays are refitted, one undo step"
          >
            {!formats.some((f) => f.id === format.id) && <option value={format.id}>{format.label}</option>}
            {formats.map((f) => (
              <option key={f.id} value={f.id}>
                {f.label} ({f.width}×{f.height})
              </option>
            ))}
          </select>
        </label>
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
        <button type="button" className="primary" onClick={onExport} data-testid="reel-export">
          Export
        </button>
      </div>
    </header>
  );
}
