import { useState } from 'react';
import type { Asset } from '../../shared/model/asset';
import type { Post } from '../../shared/model/post';
import { studio, unwrap } from '../api/studio';
import { useRunAction } from '../api/useRunAction';
import { useStudioData } from '../api/useStudioData';
import { BackToProjects } from '../ui/BackToProjects';
import { hrefFor, navigate } from '../routing/useHashRoute';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { EmptyState } from '../ui/EmptyState';
import { PromptDialog } from '../ui/PromptDialog';
import { AssetBin } from './AssetBin';
import { NewPostDialog } from './NewPostDialog';
import { PostList } from './PostList';

type Pending = { kind: 'rename' } | { kind: 'new-post' } | { kind: 'delete-post'; post: Post } | { kind: 'remove-asset'; asset: Asset } | null;

export function ProjectScreen({ id }: { id: string }) {
  const [pending, setPending] = useState<Pending>(null);
  const concerns = (e: { type: string; projectId?: string }) => e.type === 'library.changed' && (!e.projectId || e.projectId === id);
  const project = useStudioData(() => unwrap(studio.projects.get({ id })), `project:${id}`, concerns);
  const posts = useStudioData(() => unwrap(studio.posts.list({ projectId: id })).then((r) => r.posts), `posts:${id}`, concerns);
  const assets = useStudioData(() => unwrap(studio.assets.list({ projectId: id })).then((r) => r.assets), `assets:${id}`, concerns);

  const act = useRunAction(project, posts, assets);

  if (project.error && !project.data) {
    return (
      <main className="screen">
        <EmptyState title="Project not found" action={<a className="button" href={hrefFor({ name: 'home' })}>Back to projects</a>}>
          <p>{project.error}</p>
        </EmptyState>
      </main>
    );
  }
  const p = project.data;
  return (
    <main className="screen">
      <header className="screen-head">
        <div>
          <BackToProjects />
          <h1 className="project-name">
            {p?.name ?? ' '}
            {p && (
              <button className="link" onClick={() => setPending({ kind: 'rename' })} aria-label="Rename project">
                Rename
              </button>
            )}
          </h1>
          {p?.trashedAt && <div className="banner">This project is in the trash. Restore it to change it.</div>}
        </div>
      </header>
      <div className="project-body">
        <AssetBin projectId={id} assets={assets.data ?? []} loading={assets.loading} onRemove={(asset) => setPending({ kind: 'remove-asset', asset })} />
        <PostList posts={posts.data ?? []} loading={posts.loading} onNew={() => setPending({ kind: 'new-post' })} onDelete={(post) => setPending({ kind: 'delete-post', post })} />
      </div>
      {pending?.kind === 'rename' && p && (
        <PromptDialog
          title="Rename project"
          label="Project name"
          initial={p.name}
          confirmLabel="Rename"
          maxLength={120}
          onCancel={() => setPending(null)}
          onSubmit={(name) => {
            setPending(null);
            void act(() => unwrap(studio.projects.rename({ id, name })));
          }}
        />
      )}
      {pending?.kind === 'new-post' && (
        <NewPostDialog
          onCancel={() => setPending(null)}
          onCreate={(input) => {
            setPending(null);
            // A new post opens in the editor: making it is why the user asked for it.
            void act(async () => navigate({ name: 'post', id: (await unwrap(studio.posts.create({ projectId: id, ...input }))).id }));
          }}
        />
      )}
      {pending?.kind === 'delete-post' && (
        <ConfirmDialog
          title="Delete post?"
          message={`“${pending.post.title}” will be deleted. Its images stay in the asset bin.`}
          confirmLabel="Delete post"
          danger
          onCancel={() => setPending(null)}
          onConfirm={() => {
            const postId = pending.post.id;
            setPending(null);
            void act(() => unwrap(studio.posts.delete({ id: postId })), 'Post deleted.');
          }}
        />
      )}
      {pending?.kind === 'remove-asset' && (
        <ConfirmDialog
          title="Remove asset?"
          message={`“${pending.asset.originalName}” will be removed from this project.`}
          confirmLabel="Remove"
          danger
          onCancel={() => setPending(null)}
          onConfirm={() => {
            const assetId = pending.asset.id;
            setPending(null);
            void act(() => unwrap(studio.assets.delete({ id: assetId })), 'Asset removed.');
          }}
        />
      )}
    </main>
  );
}
