import type { Post } from '../../shared/model/post';
import { postFormatLabels } from '../../shared/model/post';
import { platformLabels } from '../../shared/model/platforms';
import { EmptyState } from '../ui/EmptyState';
import { formatWhen } from '../ui/format';
import { hrefFor } from '../routing/useHashRoute';

type Props = { posts: Post[]; loading: boolean; onNew(): void; onDelete(post: Post): void };

export function PostList({ posts, loading, onNew, onDelete }: Props) {
  return (
    <section className="panel posts" aria-label="Posts">
      <header className="panel-head">
        <h2>Posts</h2>
        <button onClick={onNew}>New post</button>
      </header>
      {posts.length === 0 && !loading ? (
        <EmptyState title="No posts yet">
          <p>A post is one carousel, image, reel or thread for one or more platforms. Import your images first, then create a post.</p>
        </EmptyState>
      ) : (
        <ul className="post-list">
          {posts.map((p) => (
            <li key={p.id} className="post" data-testid="post-row">
              <div>
                <a className="post-title" href={hrefFor({ name: 'post', id: p.id })} aria-label={`Open post ${p.title}`}>
                  {p.title}
                </a>
                <div className="subtle">
                  {postFormatLabels[p.format]} · {p.platforms.map((x) => platformLabels[x]).join(', ') || 'no platform yet'} · edited {formatWhen(p.updatedAt)}
                </div>
              </div>
              <button className="link" onClick={() => onDelete(p)} aria-label={`Delete post ${p.title}`}>
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
