import type { ObjectPatch } from '../../../shared/commands/command';
import type { EditorSession } from '../../../shared/editor/editorSession';
import type { Slide } from '../../../shared/model/postDocument';
import type { SlideObject } from '../../../shared/model/slideObjects';
import { withFollowers } from './imageFollowers';

type PatchFor<T extends SlideObject> = ObjectPatch | ((o: T) => ObjectPatch);
/** How redactions on a changed image follow it (see imageFollowers.ts). */
type Follow = 'box' | 'mirrorX' | 'mirrorY' | 'stay';

/**
 * How the properties panel changes objects. `preview` shows a change while a slider or picker is
 * still moving; `commit` makes what is shown one undo step; `finish` replaces the preview with a
 * final value and commits it (a picker closing); `set` is a change made at once (a click, a typed
 * number), one step by itself. Several selected objects change in one step.
 */
export type ObjectEdits = {
  preview<T extends SlideObject>(objects: readonly T[], patch: PatchFor<T>, label: string, follow?: Follow): void;
  finish<T extends SlideObject>(objects: readonly T[], patch: PatchFor<T>, label: string, follow?: Follow): void;
  set<T extends SlideObject>(objects: readonly T[], patch: PatchFor<T>, label: string, follow?: Follow): void;
  commit(): void;
};

export function objectEdits(session: EditorSession, slide: Slide): ObjectEdits {
  const command = <T extends SlideObject>(objects: readonly T[], patch: PatchFor<T>, follow: Follow = 'stay') =>
    withFollowers(slide, objects, typeof patch === 'function' ? patch : () => patch, follow);
  return {
    preview(objects, patch, label, follow) {
      const cmd = command(objects, patch, follow);
      if (cmd) session.preview(cmd, label);
    },
    finish(objects, patch, label, follow) {
      const cmd = command(objects, patch, follow);
      if (!cmd) return;
      session.preview(cmd, label);
      session.commitPreview();
    },
    set(objects, patch, label, follow) {
      const cmd = command(objects, patch, follow);
      if (cmd) session.dispatch(cmd, label);
    },
    commit: () => session.commitPreview(),
  };
}
