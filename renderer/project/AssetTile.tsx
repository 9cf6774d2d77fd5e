import type { Asset } from '../../shared/model/asset';
import { useThumbnail } from '../api/useThumbnail';
import { ConsentBadge } from '../consent/ConsentBadge';
import type { AssetConsent } from '../consent/useAssetConsent';
import { ASSET_DRAG_TYPE } from '../editor/editorApi';
import { hrefFor } from '../routing/useHashRoute';
import { formatBytes, formatDuration } from '../ui/format';
import { WaveformIcon } from './WaveformIcon';

const kindLabel: Record<Asset['kind'], string> = { image: 'Image', video: 'Video', dicom: 'DICOM', audio: 'Audio' };

type Props = { asset: Asset; onRemove(): void; consent?: AssetConsent | null; onLink?(): void };

export function AssetTile({ asset, onRemove, consent, onLink }: Props) {
  const thumb = useThumbnail(asset.hasThumbnail ? asset.id : null);
  const size = asset.width && asset.height ? `${asset.width}×${asset.height}` : '';
  return (
    <li
      className="asset"
      data-testid="asset-tile"
      data-kind={asset.kind}
      // Dragged onto a slide in the editor, the tile places this asset there.
      draggable
      onDragStart={(e) => {
        e.dataTransfer.setData(ASSET_DRAG_TYPE, asset.id);
        e.dataTransfer.effectAllowed = 'copy';
      }}
    >
      <a className="asset-thumb" href={hrefFor({ name: 'asset', id: asset.id })} aria-label={`Open ${asset.originalName}`}>
        {thumb ? (
          <img src={thumb} alt={`Preview of ${asset.originalName}`} />
        ) : asset.kind === 'audio' ? (
          <WaveformIcon label={`Audio: ${asset.originalName}`} />
        ) : (
          <span className="no-preview">{asset.hasThumbnail ? '…' : 'No preview'}</span>
        )}
        <span className={`badge ${asset.kind}`}>{kindLabel[asset.kind]}</span>
        {asset.durationMs !== null && <span className="duration">{formatDuration(asset.durationMs)}</span>}
        {asset.phiStatus !== 'unchecked' && <span className={`phi-dot ${asset.phiStatus}`} title={asset.phiStatus} />}
      </a>
      <div className="asset-name" title={asset.originalName}>
        {asset.originalName}
      </div>
      {onLink && (
        <div className="asset-consent">
          <ConsentBadge consent={consent ?? null} assetName={asset.originalName} onClick={onLink} />
        </div>
      )}
      <div className="asset-meta">
        {size} {size && '·'} {formatBytes(asset.bytes)}
        <button className="link" onClick={onRemove} aria-label={`Remove ${asset.originalName}`}>
          Remove
        </button>
      </div>
    </li>
  );
}
