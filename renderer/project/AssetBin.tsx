import { useState, type DragEvent } from 'react';
import type { Asset } from '../../shared/model/asset';
import { EmptyState } from '../ui/EmptyState';
import { useShortcut } from '../ui/useShortcut';
import { AssetTile } from './AssetTile';
import { LinkAssetDialog } from '../consent/LinkAssetDialog';
import { useAssetConsent } from '../consent/useAssetConsent';
import { ImportProgress } from './ImportProgress';
import { useNotify } from '../ui/Toasts';
import { useFileImport } from './useFileImport';

type Props = { projectId: string; assets: Asset[]; loading: boolean; onRemove(asset: Asset): void };

export function AssetBin({ projectId, assets, loading, onRemove }: Props) {
  const [dragging, setDragging] = useState(false);
  const { queue, choose: chooseFiles, importFiles, inputProps } = useFileImport(projectId);
  const notify = useNotify();
  const consent = useAssetConsent(assets.map((a) => a.id));
  const [linking, setLinking] = useState<Asset | null>(null);
  useShortcut('mod+i', () => void chooseFiles());

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    importFiles([...e.dataTransfer.files]);
  };

  return (
    <section
      className={`panel asset-bin${dragging ? ' dragging' : ''}`}
      aria-label="Assets"
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <header className="panel-head">
        <h2>Assets</h2>
        <button className="primary" onClick={() => void chooseFiles()} disabled={queue.state.running} title="Import files (Ctrl+I)">
          Import files
        </button>
        <input {...inputProps} data-testid="import-input" />
      </header>
      <ImportProgress state={queue.state} onCancel={queue.cancel} onDismiss={queue.dismiss} />
      {assets.length === 0 && !loading ? (
        <EmptyState title="Drop files here">
          <p>Drag X-rays, clinical photos, short clips or DICOM files into this box, or use Import files.</p>
          <p className="subtle">JPEG, PNG, WebP, MP4, MOV and DICOM (.dcm or files without an extension).</p>
        </EmptyState>
      ) : (
        <ul className="asset-grid">
          {assets.map((a) => (
            <AssetTile key={a.id} asset={a} onRemove={() => onRemove(a)} consent={consent.of(a.id)} onLink={() => setLinking(a)} />
          ))}
        </ul>
      )}
      {dragging && <div className="drop-hint">Drop to import</div>}
      {linking && (
        <LinkAssetDialog
          asset={linking}
          current={consent.of(linking.id)}
          onCancel={() => setLinking(null)}
          onDone={(message) => {
            setLinking(null);
            notify(message);
            consent.reload();
          }}
        />
      )}
    </section>
  );
}
