import { useEffect, useState } from 'react';
import type { WindowPreset } from '../../shared/dicom/windowPresets';
import { studio } from './studio';

/** The full display image of an asset as a blob: URL, released when no longer shown. */
export function useAssetImage(assetId: string, window: WindowPreset = 'default'): { url: string | null; error: string | null } {
  const [state, setState] = useState<{ id: string; url: string | null; error: string | null } | null>(null);
  useEffect(() => {
    let live = true;
    let url: string | null = null;
    void studio.assets.preview({ id: assetId, window }).then((r) => {
      if (!live) return;
      if (r.ok) {
        url = URL.createObjectURL(new Blob([r.value.data as BlobPart], { type: r.value.mime }));
        setState({ id: assetId, url, error: null });
      } else setState({ id: assetId, url: null, error: r.error.message });
    });
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [assetId, window]);
  return state && state.id === assetId ? { url: state.url, error: state.error } : { url: null, error: null };
}
