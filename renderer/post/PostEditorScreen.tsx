import { hrefFor } from '../routing/useHashRoute';
import { EmptyState } from '../ui/EmptyState';
import { ReelEditor } from '../reel/ReelEditor';
import { ThreadComposer } from '../thread/ThreadComposer';
import { PostEditor } from './PostEditor';
import { usePostEditorData } from './usePostEditorData';
import './editor.css';

/** `#/post/<id>`: loads the post, its templates and the brand kit, then opens the editor. */
export function PostEditorScreen({ id }: { id: string }) {
  const { data, error, attempt, reload } = usePostEditorData(id);
  if (error) {
    return (
      <main className="screen">
        <EmptyState title="This post cannot be opened" action={<a className="button" href={hrefFor({ name: 'home' })}>Back to projects</a>}>
          <p>{error}</p>
        </EmptyState>
      </main>
    );
  }
  if (!data) {
    return (
      <main className="editor editor-loading" aria-busy="true">
        <p className="subtle">Opening the post…</p>
      </main>
    );
  }
  // A thread opens the composer (renderer/thread); the limits come with the templates.
  if (data.opened.post.format === 'thread' && data.templates.textLimits) return <ThreadComposer key={attempt} data={data} textLimits={data.templates.textLimits} />;
  // A reel opens the timeline editor (renderer/reel); its slides still edit on the canvas there.
  if (data.opened.post.format === 'reel') return <ReelEditor key={attempt} data={data} onReload={reload} />;
  // A reload (after a save conflict) starts a fresh session from what the library holds.
  return <PostEditor key={attempt} data={data} onReload={reload} />;
}
