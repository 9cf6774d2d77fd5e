import type { Asset } from '../../../shared/model/asset';
import { useThumbnail } from '../../api/useThumbnail';
import { ASSET_DRAG_TYPE } from '../../editor/editorApi';
import { ImportProgress } from '../../project/ImportProgress';
import { useFileImport } from '../../project/useFileImport';

type Props = { projectId: string; assets: readonly Asset[]; onPlace(asset: Asset): void };

const statusWords: Record<Asset['phiStatus'], string> = {
  unchecked: 'not scanned yet (scanned when placed)',
  'holds-phi': 'holds identifiers: redactions are proposed when placed',
  clean: 'scanned: nothing found',
  redacted: 'redacted copy',
};

function Tile({ asset, onPlace }: { asset: Asset; onPlace(): void }) {
  const thumb = useThumbnail(asset.hasThumbnail ? asset.id : null);
  return (
    <li className="bin-tile" data-testid="bin-asset">
      <button
        type="button"
        draggable
        className="bin-thumb"
        aria-label={`Place ${asset.originalName} on the slide`}
        title={`${asset.originalName} — ${statusWords[asset.phiStatus]}. Click to place, or drag onto the slide.`}
        onDragStart={(e) => {
          e.dataTransfer.setData(ASSET_DRAG_TYPE, asset.id);
          e.dataTransfer.effectAllowed = 'copy';
        }}
        onClick={onPlace}
      >
        {thumb ? <img src={thumb} alt="" draggable={false} /> : <span className="no-preview">…</span>}
        {asset.phiStatus !== 'unchecked' && <span className={`phi-dot ${asset.phiStatus}`} />}
      </button>
      <span className="bin-name" title={asset.originalName}>
        {asset.originalName}
      </span>
    </li>
  );
}

/** The project's images beside the canvas: click to place, or drag onto the slide or a frame. */
export function ImagesPanel({ projectId, assets, onPlace }: Props) {
  const { queue, choose, inputProps } = useFileImport(projectId);
  const images = assets.filter((a) => a.kind !== 'video');
  return (
    <div className="side-images">
      <button type="button" className="wide" onClick={() => void choose()} disabled={queue.state.running}>
        Import images…
      </button>
      <input {...inputProps} accept="image/png,image/jpeg,image/webp,.dcm,application/dicom" data-testid="editor-import-input" />
      <ImportProgress state={queue.state} onCancel={queue.cancel} onDismiss={queue.dismiss} />
      {images.length === 0 ? (
        <p className="subtle">No images in this project yet. Import X-rays, photos or DICOM files; they are scanned for identifiers when you place them.</p>
      ) : (
        <ul className="bin-grid">
          {images.map((a) => (
            <Tile key={a.id} asset={a} onPlace={() => onPlace(a)} />
          ))}
        </ul>
      )}
    </div>
  );
}
