import { useState, type DragEvent, type KeyboardEvent, type ReactNode } from 'react';
import type { EditorSession } from '../../shared/editor/editorSession';
import type { Slide } from '../../shared/model/postDocument';
import { overLimitWarning, type ItemLimit } from './itemLimit';
import { UiIcon } from './uiIcons';

type Props = {
  session: EditorSession;
  slides: readonly Slide[];
  currentId: string | null;
  renderThumb(slide: Slide): ReactNode;
  onAddBlank(): void;
  onAddFromLayout(): void;
  onDuplicate(slide: Slide): void;
  onDelete(slide: Slide): void;
  /** The strictest item limit of the post's platforms: shown as "n / max", warned past (never blocked). */
  limit?: ItemLimit | null;
  /** The compliance pass's traffic light per slide id (red = an error, amber = a warning). */
  lights?: Readonly<Record<string, 'red' | 'amber' | 'green'>>;
  children?: ReactNode;
};

const lightWords = { red: 'An error to fix before export', amber: 'A warning to acknowledge', green: 'No compliance findings' } as const;
const SLIDE_DRAG_TYPE = 'application/x-medpost-slide';

/**
 * The carousel as a strip, in posting order. Drag a slide to reorder, or focus it and use
 * Alt+← / Alt+→; Delete removes it (Undo brings it back), Ctrl+D duplicates it.
 */
export function SlideStrip({ session, slides, currentId, renderThumb, onAddBlank, onAddFromLayout, onDuplicate, onDelete, limit = null, lights, children }: Props) {
  const over = overLimitWarning(slides.length, limit);
  const [dropAt, setDropAt] = useState<number | null>(null);
  const move = (slide: Slide, toIndex: number) => {
    const from = slides.findIndex((s) => s.id === slide.id);
    if (toIndex < 0 || toIndex >= slides.length || toIndex === from) return;
    session.dispatch({ type: 'slide.move', slideId: slide.id, toIndex }, `Move slide ${from + 1} to ${toIndex + 1}`);
  };
  const onKey = (e: KeyboardEvent, slide: Slide, index: number) => {
    if (e.altKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) {
      e.preventDefault();
      move(slide, index + (e.key === 'ArrowLeft' ? -1 : 1));
      // Keep focus on the moved slide so repeated presses keep moving it.
      requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-slide-thumb="${slide.id}"]`)?.focus());
    } else if (!e.altKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) {
      e.preventDefault();
      const next = slides[index + (e.key === 'ArrowLeft' ? -1 : 1)];
      if (next) {
        session.select(next.id);
        document.querySelector<HTMLElement>(`[data-slide-thumb="${next.id}"]`)?.focus();
      }
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      onDelete(slide);
    } else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'd') {
      e.preventDefault();
      onDuplicate(slide);
    }
  };
  const onDrop = (e: DragEvent, index: number) => {
    const id = e.dataTransfer.getData(SLIDE_DRAG_TYPE);
    setDropAt(null);
    const slide = slides.find((s) => s.id === id);
    if (!slide) return;
    e.preventDefault();
    const from = slides.indexOf(slide);
    move(slide, index > from ? index - 1 : index);
  };
  return (
    <footer className="slide-strip" aria-label="Slides">
      <ol className="strip-list" onDragLeave={(e) => e.currentTarget === e.target && setDropAt(null)}>
        {slides.map((slide, index) => (
          <li
            key={slide.id}
            className={`strip-item${slide.id === currentId ? ' current' : ''}${dropAt === index ? ' drop-before' : ''}${dropAt === index + 1 && index === slides.length - 1 ? ' drop-after' : ''}`}
            data-testid="slide-thumb"
            onDragOver={(e) => {
              if (!e.dataTransfer.types.includes(SLIDE_DRAG_TYPE)) return;
              e.preventDefault();
              const box = e.currentTarget.getBoundingClientRect();
              setDropAt(e.clientX > box.left + box.width / 2 ? index + 1 : index);
            }}
            onDrop={(e) => onDrop(e, dropAt ?? index)}
          >
            <button
              type="button"
              className="thumb-button"
              draggable
              data-slide-thumb={slide.id}
              aria-current={slide.id === currentId ? 'true' : undefined}
              aria-label={`Slide ${index + 1} of ${slides.length}${slide.altText.trim() ? '' : ', alt text missing'}`}
              title="Drag to reorder · Alt+←/→ to move · Delete to remove"
              onDragStart={(e) => {
                e.dataTransfer.setData(SLIDE_DRAG_TYPE, slide.id);
                e.dataTransfer.effectAllowed = 'move';
              }}
              onClick={() => session.select(slide.id)}
              onKeyDown={(e) => onKey(e, slide, index)}
            >
              {renderThumb(slide)}
            </button>
            <span className="thumb-number">{index + 1}</span>
            {lights?.[slide.id] && (
              <span className={`thumb-light ${lights[slide.id]}`} data-testid="slide-light" data-light={lights[slide.id]} title={lightWords[lights[slide.id]]} />
            )}
            {!slide.altText.trim() && (
              <span className="thumb-flag" title="Alt text missing">
                ALT
              </span>
            )}
            <span className="thumb-actions">
              <button type="button" className="mini" aria-label={`Duplicate slide ${index + 1}`} title="Duplicate" onClick={() => onDuplicate(slide)}>
                <UiIcon name="duplicate" size={14} />
              </button>
              <button type="button" className="mini" aria-label={`Delete slide ${index + 1}`} title="Delete" onClick={() => onDelete(slide)}>
                <UiIcon name="trash" size={14} />
              </button>
            </span>
          </li>
        ))}
        <li className="strip-add">
          <button type="button" className="add-slide" onClick={onAddBlank} aria-label="Add a blank slide">
            <UiIcon name="plus" size={26} />
          </button>
          <button type="button" className="link" onClick={onAddFromLayout}>
            From a layout
          </button>
        </li>
      </ol>
      {limit && (
        <p
          className={`strip-count${over ? ' over' : ''}`}
          data-testid="slide-count"
          role={over ? 'alert' : undefined}
          title={over ?? `${limit.platform} takes up to ${limit.max} ${limit.unit} in one post`}
          style={{ margin: 0, flex: 'none', maxWidth: 150, fontSize: 12, color: over ? '#b42318' : 'var(--muted)', fontWeight: over ? 600 : 400 }}
        >
          <span style={{ fontSize: 15, fontVariantNumeric: 'tabular-nums' }}>
            {slides.length} / {limit.max}
          </span>
          <br />
          {over ? `⚠ over ${limit.platform}’s limit: the rest will not be posted` : `${limit.unit} (${limit.platform})`}
        </p>
      )}
      {children}
    </footer>
  );
}
