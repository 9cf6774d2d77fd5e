import { useEffect, useMemo, useState, type CSSProperties } from 'react';
import { createPortal } from 'react-dom';
import { ConsentBadge } from '../consent/ConsentBadge';
import { LinkAssetDialog } from '../consent/LinkAssetDialog';
import { useAssetConsent } from '../consent/useAssetConsent';
import { useNotify } from '../ui/Toasts';
import type { Matrix } from './affine';
import type { CanvasView } from './CanvasView';
import { chipAnchors, type ChipAnchor } from './consentChips';
import { changeSince } from './controls';

// Over the canvas, clipped to it; only the chips take the pointer, the rest is clicked through.
const LAYER: CSSProperties = { position: 'absolute', inset: 0, overflow: 'hidden', pointerEvents: 'none', zIndex: 1 };
// Just inside the corner: the corner itself is the selected image's resize handle.
const INSET = 8;
const CHIP: CSSProperties = { position: 'absolute', pointerEvents: 'auto', borderRadius: 99, boxShadow: '0 1px 3px rgba(16,24,40,.25)', whiteSpace: 'nowrap' };

/** The change the drawn image went through since it was drawn: non-identity only mid-drag. */
function liveChange(view: CanvasView, id: string): Matrix | null {
  const shown = view.scene.get(id);
  return shown ? changeSince(shown.fab.calcTransformMatrix() as unknown as Matrix, shown.pose.matrix) : null;
}

/**
 * A consent chip on each placed image of the shown slide: its patient code and consent status (or
 * "No consent link" / "Not clinical"), as in the asset bin; a click links the image to a patient.
 * Positioned after every paint of the canvas, so it follows zoom, pan and drags. DOM only: the
 * chips are never part of the slide, so no export can carry a patient code.
 */
export function ConsentChips({ view }: { view: CanvasView }) {
  const notify = useNotify();
  const [anchors, setAnchors] = useState<ChipAnchor[]>([]);
  const [linking, setLinking] = useState<{ id: string; originalName: string } | null>(null);

  useEffect(() => {
    let key = '';
    const update = () => {
      const slide = view.slide();
      const next = slide ? chipAnchors(slide, view.view, (id) => liveChange(view, id)) : [];
      const k = next.map((a) => `${a.objectId}:${a.assetId}:${Math.round(a.x)},${Math.round(a.y)}`).join('|');
      if (k === key) return;
      key = k;
      setAnchors(next);
    };
    update();
    view.canvas.on('after:render', update);
    return () => void view.canvas.off('after:render', update);
  }, [view]);

  const assetIds = useMemo(() => [...new Set(anchors.map((a) => a.assetId))].sort(), [anchors]);
  const consent = useAssetConsent(assetIds);
  const nameOf = (assetId: string) => view.info.assets.get(assetId)?.originalName ?? 'this image';

  return (
    <div className="canvas-consent-chips" data-testid="consent-chips" style={LAYER}>
      {anchors.map((a) => (
        <div key={a.objectId} data-testid="canvas-consent-chip" data-object-id={a.objectId} data-asset-id={a.assetId} style={{ ...CHIP, left: a.x + INSET, top: a.y + INSET }}>
          <ConsentBadge consent={consent.of(a.assetId)} assetName={nameOf(a.assetId)} onClick={() => setLinking({ id: a.assetId, originalName: nameOf(a.assetId) })} />
        </div>
      ))}
      {/* On the body: inside the clipped layer the modal would be stacked under the editor's panels. */}
      {linking &&
        createPortal(
          <LinkAssetDialog
            asset={linking}
            current={consent.of(linking.id)}
            onCancel={() => setLinking(null)}
            onDone={(message) => {
              setLinking(null);
              notify(message);
              consent.reload();
            }}
          />,
          document.body,
        )}
    </div>
  );
}
