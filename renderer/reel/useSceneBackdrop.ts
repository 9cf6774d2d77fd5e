import { useEffect, useState } from 'react';
import type { ReelScene } from '../../shared/model/reel';
import { studio } from '../api/studio';
import { fitRect, type Size } from './mediaFit';

/**
 * The scene an overlay is drawn over, as one canvas-sized picture (fitted as the scene fits it;
 * a clip's or loop's first frame, from the asset's display image) for the canvas editor to show
 * under the transparent slide, so arrows land on what they point at.
 */
export function useSceneBackdrop(scene: ReelScene | null, canvas: Size): string | null {
  const assetId = scene && scene.kind !== 'slide' ? scene.assetId : null;
  const fit = scene && scene.kind !== 'slide' ? scene.fit : 'cover';
  const { width, height } = canvas;
  const key = `${assetId}|${fit}|${width}x${height}`;
  const [made, setMade] = useState<{ key: string; url: string } | null>(null);
  useEffect(() => {
    if (!assetId) return;
    let live = true;
    let src: string | null = null;
    void studio.assets.preview({ id: assetId }).then((r) => {
      if (!live || !r.ok) return;
      src = URL.createObjectURL(new Blob([r.value.data as BlobPart], { type: r.value.mime }));
      const img = new Image();
      img.onload = () => {
        if (!live) return;
        const out = document.createElement('canvas');
        out.width = width;
        out.height = height;
        const ctx = out.getContext('2d')!;
        ctx.fillStyle = '#000';
        ctx.fillRect(0, 0, width, height);
        const at = fitRect({ width: img.naturalWidth, height: img.naturalHeight }, { width, height }, fit);
        ctx.drawImage(img, at.x, at.y, at.width, at.height);
        setMade({ key, url: out.toDataURL('image/jpeg', 0.85) });
      };
      img.src = src;
    });
    return () => {
      live = false;
      if (src) URL.revokeObjectURL(src);
    };
  }, [assetId, fit, width, height, key]);
  return assetId && made?.key === key ? made.url : null;
}
