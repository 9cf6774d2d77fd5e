import type { EditorAction } from './actionTypes';
import { arrangeActions } from './arrangeActions';
import { clipboardActions } from './clipboardActions';
import { editActions, historyActions, nudgeActions, redactionActions, toolActions, viewActions } from './editActions';

/** Every action of the editor, in the order shortcuts are matched. */
export const editorActions: readonly EditorAction[] = [...historyActions, ...clipboardActions, ...editActions, ...arrangeActions, ...redactionActions, ...viewActions, ...nudgeActions, ...toolActions];

export function actionById(id: string): EditorAction | undefined {
  return editorActions.find((a) => a.id === id);
}

/** The right-click menu: these actions, in this order, with separators between groups. */
export const contextMenuIds: readonly (readonly string[])[] = [
  ['cut', 'copy', 'paste', 'duplicate', 'delete'],
  ['bringForward', 'sendBackward', 'bringToFront', 'sendToBack'],
  ['group', 'ungroup', 'lock'],
  ['acceptRedaction', 'acceptAllRedactions'],
];
