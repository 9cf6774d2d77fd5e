import type { Command } from '../../shared/commands/command';
import type { EditorSession } from '../../shared/editor/editorSession';
import { duplicateSlide } from '../../shared/editor/clipboard';
import { newId, newSlide } from '../../shared/editor/objectFactory';
import type { BrandKit } from '../../shared/model/brandKit';
import type { Layout } from '../../shared/model/layout';
import type { Slide } from '../../shared/model/postDocument';
import type { SlideFormat } from '../../shared/model/slideFormat';
import { instantiateLayout } from '../../shared/templates/instantiateLayout';
import { useNotify } from '../ui/Toasts';

/** Adding, duplicating and deleting slides: each one undo step, the new slide selected. */
export function useSlideOps(session: EditorSession, brand: BrandKit, format: SlideFormat) {
  const notify = useNotify();
  const insertAt = () => {
    const snap = session.getSnapshot();
    const i = snap.doc.slides.findIndex((s) => s.id === snap.selection.slideId);
    return i < 0 ? snap.doc.slides.length : i + 1;
  };
  const add = (slides: Slide[], label: string) => {
    const index = insertAt();
    const commands: Command[] = slides.map((slide, k) => ({ type: 'slide.add', index: index + k, slide }));
    session.dispatch(commands.length === 1 ? commands[0] : { type: 'batch', commands }, label);
    // The last new slide is current, so layouts added one after another keep their order.
    session.select(slides[slides.length - 1].id);
  };
  return {
    addBlank: () => add([newSlide(brand)], 'Add slide'),
    addLayout: (layout: Layout) => {
      const canvas = session.getSnapshot().doc.canvas;
      add(instantiateLayout(layout, canvas, format.safeZone, brand, newId), `Add layout ${layout.name}`);
    },
    duplicate: (slide: Slide) => {
      const cmd = duplicateSlide(session.getSnapshot().doc, slide.id, newId);
      if (cmd.type !== 'slide.add') return;
      session.dispatch(cmd, `Duplicate slide ${cmd.index}`);
      session.select(cmd.slide.id);
    },
    remove: (slide: Slide) => {
      const n = session.getSnapshot().doc.slides.findIndex((s) => s.id === slide.id) + 1;
      const label = `Delete slide ${n}`;
      session.dispatch({ type: 'slide.remove', slideId: slide.id }, label);
      // The toast's Undo only undoes the deletion, not whatever the user did after it.
      notify(`Slide ${n} deleted.`, 'info', { label: 'Undo', run: () => session.getSnapshot().undoLabel === label && session.undo() });
    },
  };
}
