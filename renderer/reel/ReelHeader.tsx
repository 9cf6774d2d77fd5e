import type { SessionSnapshot } from '../../shared/editor/editorSession';
import type { SlideFormat } from '../../shared/model/slideFormat';
import type { SaveState } from '../post/autosaveQueue';
import { EditorHeadFrame } from '../post/EditorHeadFrame';

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

export function ReelHeader({ format, formats, onFormat, onExport, ...frame }: Props) {
  return (
    <EditorHeadFrame
      {...frame}
      format={
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
      }
      actions={
        <button type="button" className="primary" onClick={onExport} data-testid="reel-export">
          Export
        </button>
      }
    />
  );
}
