import type { Asset } from '../../shared/model/asset';
import { PhiStatusBadge } from '../asset/PhiStatusBadge';
import { useThumbnail } from '../api/useThumbnail';
import { hrefFor } from '../routing/useHashRoute';
import { Dialog } from '../ui/Dialog';

// Images in a thread go out under the same rules as a slide's: a file that holds identifiers, or
// was never scanned, is refused here with the reason (redact or scan it first on its own screen).
export function refusal(asset: Asset): string | null {
  if (asset.phiStatus === 'holds-phi') return 'Holds identifiers: redact it on its asset screen first, then add the redacted copy.';
  if (asset.phiStatus === 'unchecked') return 'Not scanned yet: open it to scan for identifiers first.';
  return null;
}

function Choice({ asset, onPick }: { asset: Asset; onPick(): void }) {
  const thumb = useThumbnail(asset.hasThumbnail ? asset.id : null);
  const reason = refusal(asset);
  return (
    <li className="thread-pick" data-testid="thread-pick">
      {thumb ? <img src={thumb} alt="" /> : <span className="no-preview">…</span>}
      <span className="thread-pick-name" title={asset.originalName}>
        {asset.originalName}
      </span>
      <PhiStatusBadge asset={asset} />
      {reason ? (
        <span className="thread-warn">
          {reason} <a href={hrefFor({ name: 'asset', id: asset.id })}>Open</a>
        </span>
      ) : (
        <button type="button" onClick={onPick} aria-label={`Add ${asset.originalName}`}>
          Add
        </button>
      )}
    </li>
  );
}

export function ImagePicker({ assets, onPick, onClose }: { assets: readonly Asset[]; onPick(asset: Asset): void; onClose(): void }) {
  const images = assets.filter((a) => a.kind !== 'video');
  return (
    <Dialog
      title="Add an image to this post"
      onClose={onClose}
      footer={
        <button type="button" onClick={onClose}>
          Close
        </button>
      }
    >
      {images.length === 0 ? (
        <p className="subtle">No images in this project yet: import them on the project screen.</p>
      ) : (
        <ul className="thread-picks">
          {images.map((a) => (
            <Choice key={a.id} asset={a} onPick={() => onPick(a)} />
          ))}
        </ul>
      )}
    </Dialog>
  );
}
