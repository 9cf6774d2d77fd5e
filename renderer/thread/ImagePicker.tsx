import { useState } from 'react';
import type { Asset } from '../../shared/model/asset';
import { errorMessage, studio, unwrap } from '../api/studio';
import { PhiStatusBadge } from '../asset/PhiStatusBadge';
import { useThumbnail } from '../api/useThumbnail';
import { hrefFor } from '../routing/useHashRoute';
import { Dialog } from '../ui/Dialog';

// Images in a thread go out under the same rules as a slide's: a file that holds identifiers, or
// was never scanned, is refused here with the reason (redact or scan it first on its own screen).
export function refusal(asset: Asset): string | null {
  if (asset.phiStatus === 'holds-phi') return 'Holds identifiers: redact it on its asset screen first, then add the redacted copy.';
  if (asset.phiStatus === 'unchecked') return 'Not scanned yet: scan it for identifiers first.';
  return null;
}

function Choice({ asset, onPick, onScanned }: { asset: Asset; onPick(): void; onScanned(): void }) {
  const thumb = useThumbnail(asset.hasThumbnail ? asset.id : null);
  const reason = refusal(asset);
  const [scan, setScan] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const runScan = async () => {
    setScan({ busy: true, error: null });
    try {
      await unwrap(studio.assets.analyze({ id: asset.id }));
      setScan({ busy: false, error: null });
      onScanned();
    } catch (err) {
      setScan({ busy: false, error: errorMessage(err) });
    }
  };
  return (
    <li className="thread-pick" data-testid="thread-pick">
      {thumb ? <img src={thumb} alt="" /> : <span className="no-preview">…</span>}
      <span className="thread-pick-name" title={asset.originalName}>
        {asset.originalName}
      </span>
      <PhiStatusBadge asset={asset} />
      {reason ? (
        <span className="thread-warn">
          {scan.error ?? reason}{' '}
          {asset.phiStatus === 'unchecked' ? (
            <button type="button" onClick={() => void runScan()} disabled={scan.busy}>
              {scan.busy ? 'Scanning…' : 'Scan now'}
            </button>
          ) : (
            <a href={hrefFor({ name: 'asset', id: asset.id })}>Open to redact</a>
          )}
        </span>
      ) : (
        <button type="button" onClick={onPick} aria-label={`Add ${asset.originalName}`}>
          Add
        </button>
      )}
    </li>
  );
}

export function ImagePicker({ assets, onPick, onClose, onScanned }: { assets: readonly Asset[]; onPick(asset: Asset): void; onClose(): void; onScanned(): void }) {
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
            <Choice key={a.id} asset={a} onPick={() => onPick(a)} onScanned={onScanned} />
          ))}
        </ul>
      )}
    </Dialog>
  );
}
