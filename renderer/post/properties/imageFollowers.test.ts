import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/commands/applyCommand';
import { emptyDocument, type PostDocument } from '../../../shared/model/postDocument';
import { ImageObject, RedactionObject, type SlideObject } from '../../../shared/model/slideObjects';
import { withFollowers } from './imageFollowers';

const image = ImageObject.parse({ id: 'img', type: 'image', assetId: 'a1', x: 100, y: 100, width: 400, height: 200 });
const box = RedactionObject.parse({ id: 'r1', type: 'redaction', x: 110, y: 120, width: 50, height: 20, imageId: 'img' });
const loose = RedactionObject.parse({ id: 'r2', type: 'redaction', x: 600, y: 600, width: 10, height: 10, imageId: null });

function doc(): PostDocument {
  return { ...emptyDocument(), slides: [{ id: 's1', background: '#ffffff', objects: [image, box, loose], altText: '', layoutId: null }] };
}

function after(change: Parameters<typeof withFollowers<ImageObject>>[2], how: Parameters<typeof withFollowers>[3]): Map<string, SlideObject> {
  const d = doc();
  const cmd = withFollowers(d.slides[0], [image], change, how);
  return new Map(applyCommand(d, cmd!).doc.slides[0].objects.map((o) => [o.id, o]));
}

describe('redactions follow their image when it changes from the properties panel', () => {
  it('move with it', () => {
    const out = after(() => ({ x: 300, y: 50 }), 'box');
    expect(out.get('r1')).toMatchObject({ x: 310, y: 70, width: 50, height: 20 });
    expect(out.get('r2')).toEqual(loose);
  });

  it('scale with it', () => {
    const out = after(() => ({ width: 800, height: 400 }), 'box');
    expect(out.get('r1')).toMatchObject({ x: 120, y: 140, width: 100, height: 40 });
  });

  it('mirror inside it on a flip, so they stay on the same part of the picture', () => {
    const flipped = after((o) => ({ flipX: !o.flipX }), 'mirrorX');
    expect(flipped.get('r1')).toMatchObject({ x: 440, y: 120 });
    const down = after((o) => ({ flipY: !o.flipY }), 'mirrorY');
    expect(down.get('r1')).toMatchObject({ x: 110, y: 260 });
  });

  it('turn about its centre on a quarter turn', () => {
    const out = after(() => ({ rotation: 90 }), 'box');
    const r = out.get('r1') as RedactionObject;
    // centre (135, 130) is (-165, -70) from the image centre (300, 200); turned 90° it is (70, -165).
    expect(r.x + r.width / 2).toBeCloseTo(370, 1);
    expect(r.y + r.height / 2).toBeCloseTo(35, 1);
    expect(r.rotation).toBe(90);
  });

  it('stay where they are on a crop: the picture does not move on the slide', () => {
    const out = after(() => ({ crop: { x: 0.1, y: 0, width: 0.9, height: 1 }, x: 140, width: 360 }), 'stay');
    expect(out.get('r1')).toEqual(box);
  });
});
