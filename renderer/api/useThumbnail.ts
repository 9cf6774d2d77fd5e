import { useEffect, useState } from 'react';
import { studio } from './studio';

const cache = new Map<string, Promise<string | null>>();

function thumbnailUrl(assetId: string): Promise<string | null> {
  let pending = cache.get(assetId);
  if (!pending) {
    pending = studio.assets.thumbnail({ id: assetId }).then((r) =>
      r.ok ? URL.createObjectURL(new Blob([r.value.data as BlobPart], { type: r.value.mime })) : null,
    );
    cache.set(assetId, pending);
  }
  return pending;
}

/** A blob: URL for an asset's thumbnail; thumbnails are immutable, so they are cached for the session. */
export function useThumbnail(assetId: string | null): string | null {
  const [loaded, setLoaded] = useState<{ id: string; url: string | null } | null>(null);
  useEffect(() => {
    let live = true;
    if (assetId) void thumbnailUrl(assetId).then((url) => live && setLoaded({ id: assetId, url }));
    return () => {
      live = false;
    };
  }, [assetId]);
  return loaded && loaded.id === assetId ? loaded.url : null;
}
