import { useEffect, useState } from 'react';
import type { WindowPreset } from '../../shared/dicom/windowPresets';
import { errorMessage, studio, unwrap } from '../api/studio';

// A video or sound asset's bytes as a blob: URL for <video>/<audio>. The same file plays in many
// scenes and across every seek, so each is fetched once per session and kept.
const cache = new Map<string, Promise<string>>();

/** `assets.media`: a clip's or a sound's own bytes; `assets.cinePreview`: a DICOM loop as a small MP4. */
export type MediaCall = 'assets.media' | 'assets.cinePreview';
function mediaUrl(call: MediaCall, assetId: string, window?: WindowPreset): Promise<string> {
  const key = `${call}|${assetId}|${window ?? ''}`;
  let pending = cache.get(key);
  if (!pending) {
    const bytes = call === 'assets.media' ? studio.assets.media({ id: assetId }) : studio.assets.cinePreview(window ? { id: assetId, window } : { id: assetId });
    pending = unwrap(bytes).then((r) =>
      URL.createObjectURL(new Blob([r.data as BlobPart], { type: r.mime })),
    );
    // A failure is not cached: the next look tries again (the asset may have been fixed).
    pending.catch(() => cache.delete(key));
    cache.set(key, pending);
  }
  return pending;
}

export function useMediaUrl(assetId: string | null, call: MediaCall = 'assets.media', window?: WindowPreset): { url: string | null; error: string | null } {
  const [state, setState] = useState<{ key: string; url: string | null; error: string | null } | null>(null);
  const key = `${call}|${assetId}|${window ?? ''}`;
  useEffect(() => {
    let live = true;
    if (assetId)
      mediaUrl(call, assetId, window).then(
        (url) => live && setState({ key, url, error: null }),
        (err: unknown) => live && setState({ key, url: null, error: errorMessage(err) }),
      );
    return () => {
      live = false;
    };
  }, [assetId, call, window, key]);
  return state && state.key === key ? { url: state.url, error: state.error } : { url: null, error: null };
}
