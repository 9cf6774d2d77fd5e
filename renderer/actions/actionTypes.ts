import type { EditorSession, SessionSnapshot } from '../../shared/editor/editorSession';
import type { Slide } from '../../shared/model/postDocument';
import type { SlideObject } from '../../shared/model/slideObjects';
import type { EditorController, EditorTool } from '../editor/editorApi';
import type { ClipboardHolder } from './clipboardHolder';

/** What an action sees when it is asked whether it applies and when it runs. */
export type EditorContext = {
  session: EditorSession;
  snap: SessionSnapshot;
  slide: Slide | null;
  selected: readonly SlideObject[];
  controller: EditorController | null;
  clipboard: ClipboardHolder;
  setTool(tool: EditorTool): void;
  notify(text: string, kind?: 'info' | 'error'): void;
};

export type ActionGroup = 'history' | 'clipboard' | 'edit' | 'arrange' | 'redaction' | 'view' | 'tool' | 'nudge';

/**
 * One thing the user can do, wherever it is offered: a shortcut, the context menu, a button.
 * `canvasKeys`: the canvas already handles this key while it has focus (nudge, Escape), so the
 * shell only runs it when focus is elsewhere — never twice.
 */
export type EditorAction = {
  id: string;
  label: string | ((ctx: EditorContext) => string);
  kbd: readonly string[];
  group: ActionGroup;
  when(ctx: EditorContext): boolean;
  run(ctx: EditorContext): void;
  canvasKeys?: boolean;
};

export function actionLabel(action: EditorAction, ctx: EditorContext): string {
  return typeof action.label === 'function' ? action.label(ctx) : action.label;
}
