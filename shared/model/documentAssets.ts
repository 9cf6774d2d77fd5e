import type { PostDocument } from './postDocument';

// Every place a post's document names a library asset. Copying a project, packing a .medpost
// file and bringing one back in must all see the same list, or a copy ends up pointing at the
// original's files (or a reel's clip is left out of the archive).

/** The asset ids a document uses, once each, in document order (placeholders excluded). */
export function documentAssetIds(doc: PostDocument): string[] {
  const ids = new Set<string>();
  for (const slide of doc.slides) for (const o of slide.objects) if (o.type === 'image' && !o.placeholder) ids.add(o.assetId);
  for (const part of doc.parts) for (const image of part.images ?? []) ids.add(image.assetId);
  for (const scene of doc.scenes) if (scene.kind !== 'slide') ids.add(scene.assetId);
  if (doc.reel?.audio.voiceOver) ids.add(doc.reel.audio.voiceOver.assetId);
  if (doc.reel?.audio.music) ids.add(doc.reel.audio.music.assetId);
  return [...ids];
}

/** The document with every asset id found in `ids` replaced by its mapped id (others kept). */
export function remapDocumentAssets(doc: PostDocument, ids: ReadonlyMap<string, string>): PostDocument {
  const map = (id: string) => ids.get(id) ?? id;
  const reel = doc.reel;
  return {
    ...doc,
    slides: doc.slides.map((s) => ({ ...s, objects: s.objects.map((o) => (o.type === 'image' ? { ...o, assetId: map(o.assetId) } : o)) })),
    parts: doc.parts.map((p) => (p.images ? { ...p, images: p.images.map((i) => ({ ...i, assetId: map(i.assetId) })) } : p)),
    scenes: doc.scenes.map((s) => (s.kind === 'slide' ? s : { ...s, assetId: map(s.assetId) })),
    ...(reel
      ? {
          reel: {
            ...reel,
            audio: {
              ...reel.audio,
              voiceOver: reel.audio.voiceOver && { ...reel.audio.voiceOver, assetId: map(reel.audio.voiceOver.assetId) },
              music: reel.audio.music && { ...reel.audio.music, assetId: map(reel.audio.music.assetId) },
            },
          },
        }
      : {}),
  };
}
