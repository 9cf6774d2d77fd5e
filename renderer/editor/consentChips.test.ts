import { describe, expect, it } from 'vitest';
import { image, shape, slideOf } from '../../test/fixtures/slideObjects';
import type { Matrix } from './affine';
import { chipAnchors } from './consentChips';

const view = { zoom: 0.5, panX: 10, panY: 20 };

describe('chipAnchors', () => {
  it('puts a chip at the top-left corner of every placed image, in viewport pixels', () => {
    const slide = slideOf('s', [
      shape('bg', { x: 0, y: 0, width: 1080, height: 1350 }),
      image('a', { x: 100, y: 50, width: 400, height: 300 }),
      image('slot', { x: 600, y: 600, width: 200, height: 200 }, { placeholder: true }),
    ]);
    expect(chipAnchors(slide, view)).toEqual([{ objectId: 'a', assetId: 'asset-a', x: 60, y: 45 }]);
  });

  it('takes the corner that is top-left on screen when the image is rotated', () => {
    // Turned half way round about its centre (300, 200): the box still spans 100–500 × 50–350.
    const slide = slideOf('s', [image('a', { x: 100, y: 50, width: 400, height: 300 }, { rotation: 180 })]);
    const [chip] = chipAnchors(slide, { zoom: 1, panX: 0, panY: 0 });
    expect(chip.x).toBeCloseTo(100);
    expect(chip.y).toBeCloseTo(50);
  });

  it('follows an image while it is dragged (the change its drawn object went through)', () => {
    const slide = slideOf('s', [image('a', { x: 100, y: 50, width: 400, height: 300 }), image('b', { x: 0, y: 0, width: 10, height: 10 })]);
    const moved: Matrix = [1, 0, 0, 1, 40, -20];
    const chips = chipAnchors(slide, view, (id) => (id === 'a' ? moved : null));
    expect(chips).toEqual([
      { objectId: 'a', assetId: 'asset-a', x: 80, y: 35 },
      { objectId: 'b', assetId: 'asset-b', x: 10, y: 20 },
    ]);
  });
});
