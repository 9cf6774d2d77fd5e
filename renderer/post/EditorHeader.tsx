import type { SessionSnapshot } from '../../shared/editor/editorSession';
import type { SaveState } from './autosaveQueue';
import { EditorHeadFrame } from './EditorHeadFrame';

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

export function EditorHeader({ formatLabel, onResize, onBrand, onExport, ...frame }: Props) {
  return (
    <EditorHeadFrame
      {...frame}
      format={
        <button type="button" className="format-button" onClick={onResize} title="Resize to another format" data-testid="format-button">
          {formatLabel} ▾
        </button>
      }
      actions={
        <>
          <button type="button" onClick={onBrand}>
            Brand kit
          </button>
          <button type="button" className="primary" onClick={onExport}>
            Export
          </button>
        </>
      }
    />
  );
}
