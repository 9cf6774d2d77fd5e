import { useState } from 'react';
import type { Asset } from '../../shared/model/asset';
import type { BrandKit } from '../../shared/model/brandKit';
import type { Layout } from '../../shared/model/layout';
import type { SlideFormat } from '../../shared/model/slideFormat';
import { formatClock } from '../../shared/reel/timeline';
import { useThumbnail } from '../api/useThumbnail';
import { LayoutsPanel } from '../post/side/LayoutsPanel';
import { LayoutPreview } from '../post/SlideThumb';
import { ImportProgress } from '../project/ImportProgress';
import { useFileImport } from '../project/useFileImport';

/** dataTransfer type of a project asset dragged onto the timeline. */
export const REEL_ASSET_DRAG = 'application/x-medpost-reel-asset';

type Props = {
  projectId: string;
  assets: readonly Asset[];
  layouts: readonly Layout[];
  format: SlideFormat;
  brand: BrandKit;
  onBlank(): void;
  onLayout(layout: Layout): void;
  onAsset(asset: Asset): void;
};

/** What a scene can be made of: a new slide (blank or from a layout) or the project's media. */
export function AddPanel({ projectId, assets, layouts, format, brand, onBlank, onLayout, onAsset }: Props) {
  const [tab, setTab] = useState<'media' | 'slide'>('media');
  const { queue, choose, inputProps } = useFileImport(projectId);
  const usable = assets.filter((a) => a.kind !== 'audio');
  return (
    <aside className="reel-add" aria-label="Add scenes">
      <div className="reel-tabs" role="tablist">
        <button type="button" role="tab" aria-selected={tab === 'media'} className={tab === 'media' ? 'on' : ''} onClick={() => setTab('media')} data-testid="add-media-tab">
          + Media
        </button>
        <button type="button" role="tab" aria-selected={tab === 'slide'} className={tab === 'slide' ? 'on' : ''} onClick={() => setTab('slide')} data-testid="add-slide-tab">
          + Slide
        </button>
      </div>
      {tab === 'slide' ? (
        <div className="reel-add-body">
          <button type="button" className="reel-add-blank" onClick={onBlank} data-testid="add-blank-slide">
            + Blank slide
          </button>
          <LayoutsPanel layouts={layouts} onPick={onLayout} preview={(l) => <LayoutPreview layout={l} format={format} brand={brand} />} />
        </div>
      ) : (
        <div className="reel-add-body">
          <p className="subtle">Click or drag onto the timeline. Photos play as stills, videos as clips, multi-frame DICOM as cine loops.</p>
          <ul className="reel-media-list" data-testid="media-list">
            {usable.map((a) => (
              <MediaItem key={a.id} asset={a} onAdd={() => onAsset(a)} />
            ))}
            {usable.length === 0 && <li className="subtle">No media in this project yet.</li>}
          </ul>
          <button type="button" onClick={() => void choose()}>
            Import files…
          </button>
          <input {...inputProps} accept="image/*,video/*,audio/*,.dcm,application/dicom" data-testid="reel-import-input" />
          <ImportProgress state={queue.state} onCancel={queue.cancel} onDismiss={queue.dismiss} />
        </div>
      )}
    </aside>
  );
}

const kindWord: Record<Asset['kind'], string> = { image: 'Photo', video: 'Video', dicom: 'DICOM', audio: 'Sound' };

function MediaItem({ asset, onAdd }: { asset: Asset; onAdd(): void }) {
  const thumb = useThumbnail(asset.hasThumbnail ? asset.id : null);
  return (
    <li>
      <button
        type="button"
        className="reel-media-item"
        onClick={onAdd}
        draggable
        onDragStart={(e) => {
          e.dataTransfer.setData(REEL_ASSET_DRAG, asset.id);
          e.dataTransfer.effectAllowed = 'copy';
        }}
        aria-label={`Add ${asset.originalName} as a scene`}
        data-testid="media-item"
        data-asset-id={asset.id}
      >
        <span className="reel-media-thumb">{thumb && <img src={thumb} alt="" draggable={false} />}</span>
        <span className="reel-media-name">{asset.originalName}</span>
        <span className="subtle">
          {kindWord[asset.kind]}
          {asset.durationMs ? ` · ${formatClock(asset.durationMs)}` : ''}
          {asset.phiStatus === 'holds-phi' ? ' · holds identifiers' : asset.phiStatus === 'unchecked' ? ' · not scanned' : ''}
        </span>
      </button>
    </li>
  );
}
