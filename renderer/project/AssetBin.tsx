import { useRef, useState, type DragEvent } from 'react';
import type { Asset } from '../../shared/model/asset';
import { EmptyState } from '../ui/EmptyState';
import { useShortcut } from '../ui/useShortcut';
import { AssetTile } from './AssetTile';
import { LinkAssetDialog } from '../consent/LinkAssetDialog';
import { useAssetConsent } from '../consent/useAssetConsent';
import { ImportProgress } from './ImportProgress';
import { useNotify } from '../ui/Toasts';
import { useChooseFiles } from './useChooseFiles';
import { itemsFromFiles, useImportQueue } from './useImportQueue';

type Props = { projectId: string; assets: Asset[]; loading: boolean; onRemove(asset: Asset): void };

export function AssetBin({ projectId, assets, loading, onRemove }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const queue = useImportQueue();
  const notify = useNotify();
  const consent = useAssetConsent(assets.map((a) => a.id));
  const [linking, setLinking] = useState<Asset | null>(null);
  const chooseFiles = useChooseFiles(projectId, input, queue);
  useShortcut('mod+i', () => void chooseFiles());

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    void queue.importItems(itemsFromFiles(projectId, [...e.dataTransfer.files]));
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
        <input
          ref={input}
          type="file"
          multiple
          hidden
          data-testid="import-input"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            void queue.importItems(itemsFromFiles(projectId, files));
          }}
        />
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
