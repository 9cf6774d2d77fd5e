import type { IText, Textbox } from 'fabric';
import { fabricStyle, rangesToStyles } from '../../draw/textStyles';
import type { ObjectPatch } from '../../shared/commands/command';
import { styleSpan, toggledSpan, toggledWhole } from '../../shared/editor/textRanges';
import type { TextObject } from '../../shared/model/slideObjects';
import type { CanvasView } from './CanvasView';
import type { TextStyleChange } from './editorApi';
import { deleteCommand } from './gestureCommands';
import { rangesAfterEdit } from './textEdit';

type Editing = {
  id: string;
  box: IText;
  /** The model the typing is relative to. When the document's model moves away from it without us, the edit is dropped. */
  base: TextObject;
};

/**
 * In-place text editing. While a text is edited its fabric object holds the typing; the model
 * stays the truth for everything else. Style changes on selected characters are applied to the
 * model (with the typing so far, one undo step) and the box is restyled from the model in place, so
 * editing goes on. A document change that did not come from here (an undo, a reload) ends the edit
 * without saving it: it would be saved against text that is no longer there.
 */
export class TextEditing {
  private editing: Editing | null = null;

  constructor(private readonly v: CanvasView) {}

  install(): () => void {
    const { canvas } = this.v;
    const offs = [
      canvas.on('text:editing:entered', ({ target }) => this.entered(target)),
      // Deferred: fabric is still finishing its own exit (it fires on the canvas after this).
      canvas.on('text:editing:exited', ({ target }) => queueMicrotask(() => this.exited(target))),
    ];
    return () => offs.forEach((off) => off());
  }

  get active(): boolean {
    return this.editing !== null;
  }

  /** Whether `fab` is a text box that was being edited (its exit may still be on its way). */
  isEditingBox(fab: unknown): boolean {
    return this.editing?.box === fab;
  }

  private model(id: string): TextObject | null {
    const o = this.v.slide()?.objects.find((x) => x.id === id);
    return o?.type === 'text' ? o : null;
  }

  private entered(target: IText): void {
    const id = this.v.scene.idsOf([target])[0];
    const model = id ? this.model(id) : null;
    if (!id || !model) return;
    this.editing = { id, box: target, base: model };
    this.v.held.add(id);
  }

  private exited(target: IText): void {
    const e = this.editing;
    if (!e || e.box !== target) return;
    this.editing = null;
    this.v.held.delete(e.id);
    const slide = this.v.slide();
    const model = this.model(e.id);
    if (!slide || !model || model !== e.base) {
      // The document moved under the edit: show what it holds now.
      this.v.dispatch(null, '', model ? [e.id] : []);
      return;
    }
    const text = target.text;
    if (text.trim() === '') this.v.dispatch(deleteCommand(slide, [e.id]), 'Delete empty text', [e.id]);
    else if (text !== model.text) this.v.dispatch(this.update(e.id, { text, ranges: rangesAfterEdit(model.text, text, model.ranges) }), 'Edit text', [e.id]);
    else this.v.dispatch(null, '', [e.id]);
    this.v.selectIds([e.id]);
  }

  private update(objectId: string, patch: ObjectPatch) {
    return { type: 'object.update' as const, slideId: this.v.slideId ?? '', objectId, patch };
  }

  /** The selected characters of the text being edited, in UTF-16 offsets of its current text. */
  span(): { objectId: string; start: number; end: number } | null {
    const e = this.editing;
    if (!e) return null;
    const g = e.box._text;
    const a = Math.min(e.box.selectionStart, e.box.selectionEnd);
    const b = Math.max(e.box.selectionStart, e.box.selectionEnd);
    return { objectId: e.id, start: g.slice(0, a).join('').length, end: g.slice(0, b).join('').length };
  }

  /** Saves what was typed so far as one undo step; editing goes on. */
  commit(): void {
    const e = this.editing;
    const model = e ? this.model(e.id) : null;
    if (!e || !model || model !== e.base || e.box.text === model.text || e.box.text.trim() === '') return;
    this.v.dispatch(this.update(e.id, { text: e.box.text, ranges: rangesAfterEdit(model.text, e.box.text, model.ranges) }), 'Edit text');
  }

  /**
   * Styles the selected characters of the text being edited (with the typing so far, one step).
   * Returns false when there is no such selection: the caller styles the whole text (any typing
   * has been saved first, so the change does not end the edit).
   */
  styleSelection(change: TextStyleChange, label: string): boolean {
    const e = this.editing;
    const span = this.span();
    const model = e ? this.model(e.id) : null;
    if (!e || !span || !model || model !== e.base) return false;
    if (span.start === span.end) {
      this.commit();
      return false;
    }
    const text = e.box.text;
    const ranges = rangesAfterEdit(model.text, text, model.ranges);
    const next =
      typeof change === 'string' ? toggledSpan(text.length, model.style, ranges, span.start, span.end, change) : styleSpan(text.length, model.style, ranges, span.start, span.end, change);
    this.v.dispatch(this.update(e.id, text === model.text ? { ranges: next } : { text, ranges: next }), label);
    // Back to the text for more typing, once the key or click that got here is done (an Enter in
    // the size field would otherwise type a new line over the selection).
    setTimeout(() => e.box.isEditing && e.box.hiddenTextarea?.focus({ preventScroll: true }), 0);
    return true;
  }

  /** Ctrl/Cmd+B, I, U while editing: the selected characters, or the whole text when none are. */
  toggle(what: 'bold' | 'italic' | 'underline', label: string): void {
    if (!this.editing || this.styleSelection(what, label)) return;
    const model = this.model(this.editing.id);
    if (!model || model.text !== this.editing.box.text) return;
    this.v.dispatch(this.update(model.id, toggledWhole(model.text.length, model.style, model.ranges, what)), label);
  }

  /** Ends editing now, keeping what was typed (one step), before something else changes the post. */
  finish(): void {
    const e = this.editing;
    if (!e) return;
    this.commit();
    if (e.box.isEditing) e.box.exitEditing();
  }

  /**
   * Called when the document changed while a text is edited. A change this editor made (or a
   * whole-text style change) keeps the text: the box is restyled in place and editing goes on.
   * Anything that changed the text or removed it ends the edit without saving it.
   */
  documentChanged(): void {
    const e = this.editing;
    if (!e) return;
    const model = this.model(e.id);
    if (model === e.base) return;
    if (model && model.text === e.box.text) {
      restyle(this.v, e.box as Textbox, model, e.base);
      e.base = model;
      return;
    }
    // fabric finishes its exit on an object still on the canvas; the exit handler then sees the
    // model moved and draws it from the document.
    this.v.held.delete(e.id);
    if (e.box.isEditing) e.box.exitEditing();
  }
}

/** Applies a model's style and runs to the box being edited, keeping the auto-fit scale it had. */
function restyle(v: CanvasView, box: Textbox, model: TextObject, before: TextObject): void {
  const scale = before.style.fontSize > 0 ? box.fontSize / before.style.fontSize : 1;
  box.set({ ...fabricStyle(model.style, scale) });
  box.styles = rangesToStyles(model.text, model.ranges, (line) => v.fab.util.string.graphemeSplit(line), scale);
  box.initDimensions();
  box.setCoords();
  box.dirty = true;
  v.canvas.requestRenderAll();
}
