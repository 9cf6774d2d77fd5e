import { useState, type DragEvent } from 'react';
import type { Asset } from '../../shared/model/asset';
import type { Project } from '../../shared/model/project';
import { useThumbnail } from '../api/useThumbnail';
import { ASSET_DRAG_TYPE } from '../editor/editorApi';
import { ConsentBadge } from './ConsentBadge';
import type { AssetConsent } from './useAssetConsent';

type Props = {
  projects: Project[];
  projectId: string | null;
  onProject(id: string): void;
  assets: Asset[];
  consentOf(id: string): AssetConsent | null;
  onLinkDialog(asset: Asset): void;
  onNotClinical(assetId: string): void;
};

function PanelTile({ asset, consent, onLinkDialog }: { asset: Asset; consent: AssetConsent | null; onLinkDialog(): void }) {
  const thumb = useThumbnail(asset.hasThumbnail ? asset.id : null);
  return (
    <li
      className="link-tile"
      data-testid="link-asset-tile"
      data-asset-id={asset.id}
      // The same payload as a tile dragged to the editor: the asset's id.
      draggable
      onDragStart={(e) => {
        e.dataTransfer.setData(ASSET_DRAG_TYPE, asset.id);
        e.dataTransfer.effectAllowed = 'copyLink';
      }}
    >
      <span className="link-thumb">{thumb ? <img src={thumb} alt="" draggable={false} /> : <span className="no-preview">{asset.kind}</span>}</span>
      <span className="link-info">
        <span className="link-name" title={asset.originalName}>
          {asset.originalName}
        </span>
        <ConsentBadge consent={consent} assetName={asset.originalName} onClick={onLinkDialog} />
      </span>
    </li>
  );
}

/** A project's assets to drag onto a patient (or onto "not clinical"); a click on a badge opens the link dialog. */
export function LinkAssetsPanel({ projects, projectId, onProject, assets, consentOf, onLinkDialog, onNotClinical }: Props) {
  const [over, setOver] = useState(false);
  const accepts = (e: DragEvent) => e.dataTransfer.types.includes(ASSET_DRAG_TYPE);
  const list = projects;
  return (
    <aside className="panel link-panel" aria-label="Link assets">
      <h2>Link assets</h2>
      <p className="subtle">Drag an image onto the patient it shows.</p>
      <select className="select" aria-label="Project" value={projectId ?? ''} onChange={(e) => onProject(e.target.value)}>
        {list.length === 0 && <option value="">No projects yet</option>}
        {list.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
      {assets.length === 0 ? (
        <p className="subtle">No assets in this project.</p>
      ) : (
        <ul className="link-tiles">
          {assets.map((a) => (
            <PanelTile key={a.id} asset={a} consent={consentOf(a.id)} onLinkDialog={() => onLinkDialog(a)} />
          ))}
        </ul>
      )}
      <div
        className={`not-clinical-drop${over ? ' drop-over' : ''}`}
        data-testid="not-clinical-drop"
        onDragOver={(e) => {
          if (!accepts(e)) return;
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          setOver(false);
          const id = e.dataTransfer.getData(ASSET_DRAG_TYPE);
          if (!id) return;
          e.preventDefault();
          onNotClinical(id);
        }}
      >
        Drop here: no patient / not clinical
      </div>
    </aside>
  );
}
