import type { Asset } from '../../shared/model/asset';
import { platformLabels } from '../../shared/model/platforms';
import type { ThreadImage } from '../../shared/model/postDocument';
import type { PhiFinding } from '../../shared/phi/types';
import type { TextPlatformId } from '../../shared/thread/textRules';
import { PostCard } from './PostCard';
import type { ComposedPost, PlatformThread } from './threadText';

export type PostActions = {
  edit(post: ComposedPost, body: string): void;
  join(index: number): void;
  joinBlocked(index: number): string | null;
  move(from: number, to: number): void;
  fix(finding: PhiFinding, post: ComposedPost): void;
  addImage(post: ComposedPost): void;
  setImages(post: ComposedPost, images: ThreadImage[], typing?: boolean): void;
};

type Props = {
  platform: TextPlatformId;
  thread: PlatformThread;
  handle: string;
  findingsFor(post: ComposedPost): PhiFinding[];
  maxImages: number;
  altLimit: number | null;
  assets: ReadonlyMap<string, Asset>;
  actions: PostActions;
};

/** One platform's thread as a plain feed mock: the handle, each post with its counter. */
export function PlatformColumn({ platform, thread, handle, findingsFor, maxImages, altLimit, assets, actions }: Props) {
  const name = platformLabels[platform];
  const whole = thread.warnings.filter((w) => w.part === null && w.kind !== 'disclaimer');
  return (
    <section className={`thread-column p-${platform}`} aria-label={`${name} preview`} data-testid={`column-${platform}`}>
      <header>
        <span className="thread-avatar" aria-hidden="true">{(handle.replace(/^@/, '')[0] ?? 'M').toUpperCase()}</span>
        <span>
          <strong>{name}</strong> <span className="subtle">{handle || '@your.handle'}</span>
        </span>
        <span className="subtle thread-count">{thread.posts.length === 1 ? '1 post' : `${thread.posts.length} posts`}</span>
      </header>
      {thread.error && (
        <p className="thread-error" role="alert">
          {thread.error}
        </p>
      )}
      {whole.map((w, i) => (
        <p key={i} className="thread-warn">
          {w.message}
        </p>
      ))}
      <ol className="thread-posts">
        {thread.posts.map((post, i) => (
          <PostCard
            key={`${i}-${post.start}`}
            post={post}
            index={i}
            total={thread.posts.length}
            findings={findingsFor(post)}
            warnings={thread.warnings.filter((w) => w.part === i && w.kind !== 'disclaimer')}
            maxImages={maxImages}
            altLimit={altLimit}
            assets={assets}
            joinBlocked={actions.joinBlocked(i)}
            onEdit={(body) => actions.edit(post, body)}
            onJoin={() => actions.join(i)}
            onFix={(f) => actions.fix(f, post)}
            onAddImage={() => actions.addImage(post)}
            onImages={(images, typing) => actions.setImages(post, images, typing)}
            onDrop={(from) => actions.move(from, i)}
          />
        ))}
      </ol>
    </section>
  );
}
