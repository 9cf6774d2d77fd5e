import type { EditorSession } from '../../../shared/editor/editorSession';
import type { Post } from '../../../shared/model/post';
import type { SlideFormat } from '../../../shared/model/slideFormat';
import { Dialog } from '../../ui/Dialog';
import type { Templates } from '../usePostEditorData';

type Props = { session: EditorSession; post: Post; templates: Templates; format: SlideFormat; onClose(): void };

export function ResizeDialog({ onClose }: Props) {
  return (
    <Dialog title="Resize to format" onClose={onClose} footer={<button onClick={onClose}>Close</button>}>
      <p>Coming.</p>
    </Dialog>
  );
}
