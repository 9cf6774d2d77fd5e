import { useState, type DragEvent } from 'react';
import type { Asset } from '../../shared/model/asset';
import type { ThreadImage } from '../../shared/model/postDocument';
import type { PhiFinding } from '../../shared/phi/types';
import { suggestReplacement } from '../../shared/phi/replacements';
import { graphemeCount } from '../../shared/thread/countText';
import type { ThreadWarning } from '../../shared/thread/threadTypes';
import { PhiStatusBadge } from '../asset/PhiStatusBadge';
import { useThumbnail } from '../api/useThumbnail';
import { meterLevel } from './textLimits';
import type { ComposedPost } from './threadText';

export type PostCardProps = {
  post: ComposedPost;
  index: number;
  total: number;
  /** Findings in the post's body, offsets relative to the body. */
  findings: PhiFinding[];
  warnings: ThreadWarning[];
  maxImages: number;
  altLimit: number | null;
  assets: ReadonlyMap<string, Asset>;
  joinBlocked: string | null;
  onEdit(body: string): void;
  onJoin(): void;
  onFix(finding: PhiFinding): void;
  onAddImage(): void;
  /** typing: alt text being written (one undo step after a pause). */
  onImages(images: ThreadImage[], typing?: boolean): void;
  onDrop(from: number): void;
};

function Highlighted({ body, findings, onFix }: { body: string; findings: PhiFinding[]; onFix(f: PhiFinding): void }) {
  const out: React.ReactNode[] = [];
  let at = 0;
  findings.forEach((f, i) => {
    if (f.start > at) out.push(body.slice(at, f.start));
    out.push(
      <mark key={i} className="phi-inline" title={f.reason}>
        {body.slice(f.start, f.end)}
        <button type="button" className="phi-fix" onClick={() => onFix(f)} aria-label={`Replace “${f.text}” with ${suggestReplacement(f)}`}>
          → {suggestReplacement(f)}
        </button>
      </mark>,
    );
    at = f.end;
  });
  out.push(body.slice(at));
  return <>{out}</>;
}

function ImageRow({ image, asset, altLimit, onAlt, onRemove }: { image: ThreadImage; asset: Asset | undefined; altLimit: number | null; onAlt(alt: string): void; onRemove(): void }) {
  const thumb = useThumbnail(asset?.hasThumbnail ? asset.id : null);
  const altLength = graphemeCount(image.alt);
  const blocked = !asset || asset.phiStatus === 'holds-phi' || asset.phiStatus === 'unchecked';
  return (
    <li className={`thread-image${blocked ? ' blocked' : ''}`}>
      {thumb ? <img src={thumb} alt="" /> : <span className="no-preview">…</span>}
      <div className="thread-image-side">
        {asset ? <PhiStatusBadge asset={asset} /> : <span className="phi-badge holds-phi">Missing</span>}
        <label>
          Alt text
          <textarea rows={2} value={image.alt} onChange={(e) => onAlt(e.target.value)} placeholder="Describe the image for screen-reader users" />
        </label>
        <span className={`meter small ${altLimit ? meterLevel(altLength, altLimit) : 'ok'}`}>
          {altLength}
          {altLimit ? ` / ${altLimit}` : ''}
        </span>
        {!image.alt.trim() && <span className="thread-warn">Alt text is needed before output.</span>}
        <button type="button" className="link" onClick={onRemove}>
          Remove image
        </button>
      </div>
    </li>
  );
}

/** One post as its platform shows it: text (identifiers marked, one click to fix), images, counter, actions. */
export function PostCard(props: PostCardProps) {
  const { post, index, total, findings, warnings } = props;
  const [editing, setEditing] = useState<string | null>(null);
  const level = meterLevel(post.length, post.limit);
  const suffix = post.text.slice(post.body.length);
  const setAlt = (i: number, alt: string) => props.onImages(post.images.map((img, j) => (j === i ? { ...img, alt } : img)), true);
  return (
    <li
      className={`thread-post ${level}`}
      data-testid="thread-post"
      draggable={editing === null}
      aria-label={`Post ${index + 1} of ${total}`}
      onDragStart={(e: DragEvent) => {
        e.dataTransfer.setData('application/x-medpost-post', String(index));
        e.dataTransfer.effectAllowed = 'move';
      }}
      onDragOver={(e) => e.dataTransfer.types.includes('application/x-medpost-post') && e.preventDefault()}
      onDrop={(e) => {
        const from = Number(e.dataTransfer.getData('application/x-medpost-post'));
        if (Number.isInteger(from) && from !== index) props.onDrop(from);
      }}
    >
      {editing === null ? (
        <p className="thread-text" onDoubleClick={() => setEditing(post.body)}>
          <Highlighted body={post.body} findings={findings} onFix={props.onFix} />
          <span className="thread-numbering">{suffix}</span>
        </p>
      ) : (
        <div className="thread-edit">
          <textarea aria-label={`Edit post ${index + 1}`} value={editing} rows={6} autoFocus onChange={(e) => setEditing(e.target.value)} />
          <button type="button" className="primary" onClick={() => (props.onEdit(editing), setEditing(null))}>
            Done
          </button>
          <button type="button" onClick={() => setEditing(null)}>
            Cancel
          </button>
        </div>
      )}
      {post.images.length > 0 && (
        <ul className="thread-images">
          {post.images.map((img, i) => (
            <ImageRow key={`${img.assetId}-${i}`} image={img} asset={props.assets.get(img.assetId)} altLimit={props.altLimit} onAlt={(alt) => setAlt(i, alt)} onRemove={() => props.onImages(post.images.filter((_, j) => j !== i))} />
          ))}
        </ul>
      )}
      {post.images.length > props.maxImages && <p className="thread-error">{post.images.length} images: this platform takes {props.maxImages} a post.</p>}
      {warnings.map((w, i) => (
        <p key={i} className={w.severity === 'error' ? 'thread-error' : 'thread-warn'}>
          {w.message}
        </p>
      ))}
      <div className="thread-post-foot">
        <span className={`meter ${level}`} data-testid="post-counter" title={`${post.bytes} bytes`}>
          {post.length} / {post.limit}
        </span>
        <span className="thread-actions">
          <button type="button" className="link" onClick={() => setEditing(post.body)} disabled={editing !== null}>
            Edit
          </button>
          {index + 1 < total && (
            <button type="button" className="link" onClick={props.onJoin} disabled={props.joinBlocked !== null} title={props.joinBlocked ?? 'Merge this post with the next'}>
              Join with next
            </button>
          )}
          {post.images.length < props.maxImages && (
            <button type="button" className="link" onClick={props.onAddImage}>
              Add image
            </button>
          )}
        </span>
      </div>
    </li>
  );
}
