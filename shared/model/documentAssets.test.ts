import { describe, expect, it } from 'vitest';
import { documentAssetIds, remapDocumentAssets } from './documentAssets';
import { PostDocument } from './postDocument';

const doc = PostDocument.parse({
  schemaVersion: 3,
  canvas: { formatId: 'instagram-reel', width: 1080, height: 1920 },
  slides: [
    {
      id: 's1',
      objects: [
        { id: 'i1', type: 'image', assetId: 'photo', x: 0, y: 0, width: 10, height: 10 },
        { id: 'i2', type: 'image', assetId: 'layout-frame', placeholder: true, x: 0, y: 0, width: 10, height: 10 },
      ],
    },
  ],
  parts: [{ id: 'p1', text: 'Look', images: [{ assetId: 'thread-image' }] }],
  scenes: [
    { id: 'c1', kind: 'slide', slideId: 's1', durationMs: 2000 },
    { id: 'c2', kind: 'clip', assetId: 'clip', durationMs: 3000, outMs: 3000 },
    { id: 'c3', kind: 'cine', assetId: 'loop', durationMs: 2000 },
    { id: 'c4', kind: 'image', assetId: 'photo', durationMs: 2000 },
  ],
  reel: { audio: { voiceOver: { assetId: 'voice' }, music: { assetId: 'song' } } },
});

describe('documentAssets', () => {
  it('lists every asset a document uses, once, placeholders left out', () => {
    expect(documentAssetIds(doc)).toEqual(['photo', 'thread-image', 'clip', 'loop', 'voice', 'song']);
  });

  it('remaps slide images, thread images, scene media and reel audio, keeping unmapped ids', () => {
    const ids = new Map(['photo', 'thread-image', 'clip', 'loop', 'voice', 'song'].map((id) => [id, `new-${id}`]));
    const remapped = remapDocumentAssets(doc, ids);
    expect(documentAssetIds(remapped)).toEqual(['new-photo', 'new-thread-image', 'new-clip', 'new-loop', 'new-voice', 'new-song']);
    expect(remapped.slides[0].objects[1]).toMatchObject({ assetId: 'layout-frame' });
    expect(PostDocument.parse(remapped)).toEqual(remapped);
    expect(documentAssetIds(doc)[0]).toBe('photo');
  });

  it('leaves a document without a reel without one', () => {
    const plain = PostDocument.parse({ schemaVersion: 3, slides: [], scenes: [], parts: [] });
    expect(remapDocumentAssets(plain, new Map())).toEqual(plain);
  });
});
