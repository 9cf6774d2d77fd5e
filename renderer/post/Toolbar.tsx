import type { EditorTool } from '../editor/editorApi';
import { toolKeys } from '../actions/editActions';
import { kbdLabel } from '../actions/kbd';
import type { SideTab } from './side/SidePanel';
import { UiIcon } from './uiIcons';

type Props = {
  tool: EditorTool;
  onTool(tool: EditorTool): void;
  sideTab: SideTab;
  onSideTab(tab: SideTab): void;
  zoom: number;
  onZoomIn(): void;
  onZoomOut(): void;
  onZoomFit(): void;
  disabled: boolean;
  /** A scan in progress (the canvas itself flags uncovered findings). */
  status: { text: string; warn: boolean } | null;
};


/** Tools for the canvas; Icons and Images open their pickers in the side panel. */
export function Toolbar({ tool, onTool, sideTab, onSideTab, zoom, onZoomIn, onZoomOut, onZoomFit, disabled, status }: Props) {
  return (
    <div className="toolbar" role="toolbar" aria-label="Tools">
      <div className="tool-group">
        {toolKeys.map((t) => (
          <button
            key={t.tool}
            type="button"
            className={`tool${tool === t.tool ? ' on' : ''}`}
            aria-pressed={tool === t.tool}
            aria-label={t.label}
            title={`${t.label} (${kbdLabel(t.kbd)})`}
            disabled={disabled}
            onClick={() => onTool(t.tool)}
          >
            <UiIcon name={t.tool} />
          </button>
        ))}
        <span className="tool-sep" aria-hidden="true" />
        <button type="button" className={`tool text-tool${sideTab === 'icons' ? ' on' : ''}`} aria-pressed={sideTab === 'icons'} disabled={disabled} onClick={() => onSideTab('icons')} title="Icons">
          Icons
        </button>
        <button type="button" className={`tool text-tool${sideTab === 'images' ? ' on' : ''}`} aria-pressed={sideTab === 'images'} disabled={disabled} onClick={() => onSideTab('images')} title="Images from the project">
          Images
        </button>
        <button type="button" className={`tool text-tool${sideTab === 'layouts' ? ' on' : ''}`} aria-pressed={sideTab === 'layouts'} onClick={() => onSideTab('layouts')} title="Teaching layouts">
          Layouts
        </button>
      </div>
      <div className={`toolbar-status${status?.warn ? ' warn' : ''}`} role="status" aria-live="polite" data-testid="toolbar-status">
        {status?.text}
      </div>
      <div className="tool-group zoom" aria-label="Zoom">
        <button type="button" className="tool" onClick={onZoomOut} aria-label="Zoom out" title={`Zoom out (${kbdLabel('mod+-')})`} disabled={disabled}>
          <UiIcon name="minus" />
        </button>
        <button type="button" className="zoom-value" onClick={onZoomFit} title={`Zoom to fit (${kbdLabel('mod+0')})`} aria-label={`Zoom ${Math.round(zoom * 100)} %, fit`} disabled={disabled} data-testid="zoom-value">
          {Math.round(zoom * 100)} %
        </button>
        <button type="button" className="tool" onClick={onZoomIn} aria-label="Zoom in" title={`Zoom in (${kbdLabel('mod+=')})`} disabled={disabled}>
          <UiIcon name="plus" />
        </button>
      </div>
    </div>
  );
}
