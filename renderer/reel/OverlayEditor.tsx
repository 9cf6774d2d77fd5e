import { useEffect, useRef, useState, type RefObject } from 'react';
import type { EditorSession } from '../../shared/editor/editorSession';
import type { BrandKit } from '../../shared/model/brandKit';
import type { SlideFormat } from '../../shared/model/slideFormat';
import { EditorCanvas } from '../editor/EditorCanvas';
import type { EditorController, EditorTool } from '../editor/editorApi';
import { UiIcon } from '../post/uiIcons';
import { useNotify } from '../ui/Toasts';

type Props = {
  session: EditorSession;
  slideId: string;
  /** A slide scene edits its slide; other scenes edit the transparent overlay drawn over them. */
  what: 'slide' | 'overlay';
  format: SlideFormat;
  brand: BrandKit;
  controllerRef: RefObject<EditorController | null>;
  /** The scene's picture under the overlay (on screen only). */
  backdrop: string | null;
  onDone(): void;
};

const tools: { tool: EditorTool; label: string }[] = [
  { tool: 'select', label: 'Select' },
  { tool: 'text', label: 'Text' },
  { tool: 'arrow', label: 'Arrow' },
  { tool: 'rectangle', label: 'Rectangle' },
  { tool: 'ellipse', label: 'Ellipse' },
  { tool: 'marker', label: 'Numbered marker' },
];

/**
 * The canvas editor on one slide of the reel (the same canvas as carousels): text, arrows and
 * markers over a scene, or a slide scene's own slide. Its changes are commands on the reel's
 * session, so undo and autosave treat them like any other edit.
 */
export function OverlayEditor({ session, slideId, what, format, brand, controllerRef, backdrop, onDone }: Props) {
  const notify = useNotify();
  const [tool, setTool] = useState<EditorTool>(what === 'overlay' ? 'text' : 'select');
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const c = controllerRef.current;
      // Keys on fields, or on the timeline (whose blocks take Delete themselves), are not the canvas's.
      if (!c || c.isEditingText() || (e.target as HTMLElement).closest('input, textarea, select, .reel-timeline')) return;
      if (e.key === 'Delete' || e.key === 'Backspace') {
        e.preventDefault();
        c.deleteSelection();
      } else if (e.key === 'Escape' && tool === 'select') onDone();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [controllerRef, onDone, tool]);
  return (
    <div className={`reel-overlay-editor edits-${what}`} ref={host} data-testid="overlay-editor">
      <div className="toolbar" role="toolbar" aria-label="Overlay tools">
        <div className="tool-group">
          {tools.map((t) => (
            <button key={t.tool} type="button" className={`tool${tool === t.tool ? ' on' : ''}`} aria-pressed={tool === t.tool} aria-label={t.label} title={t.label} onClick={() => setTool(t.tool)}>
              <UiIcon name={t.tool as 'select'} />
            </button>
          ))}
        </div>
        <span className="subtle">{what === 'overlay' ? 'Drawn over the scene (transparent background). Double-click a text to type.' : 'The slide this scene shows.'}</span>
        <button type="button" className="primary" onClick={onDone} data-testid="overlay-done">
          Done
        </button>
      </div>
      <div className="canvas-area">
        <EditorCanvas
          session={session}
          slideId={slideId}
          format={format}
          tool={tool}
          onToolDone={() => setTool('select')}
          onContextMenu={() => undefined}
          controllerRef={controllerRef}
          onNotice={(n) => notify(n.message, n.kind)}
          brand={brand}
          backdrop={backdrop}
        />
      </div>
    </div>
  );
}
