import { describe, expect, it } from 'vitest';
import type { Box } from '../../../shared/phi/types';
import { containment } from './boxGeometry';
import { rotatedView, scaledView, tileGrid, tileView, type FaceView } from './faceViews';
import type { RawImage } from './rawImage';

// A grey picture with one white square: where a view shows the square, its box must map back
// onto the square in the photo.
function pictureWithSquare(width: number, height: number, [sx, sy, side]: [number, number, number]): RawImage {
  const data = new Uint8Array(width * height * 3).fill(90);
  for (let y = sy; y < sy + side; y++) data.fill(255, (y * width + sx) * 3, (y * width + sx + side) * 3);
  return { width, height, channels: 3, data };
}

function brightBox(view: FaceView): Box {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let y = 0; y < view.height; y++) {
    for (let x = 0; x < view.width; x++) {
      if (view.rgb[(y * view.width + x) * 3] > 200) [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
    }
  }
  return [x0, y0, x1 - x0 + 1, y1 - y0 + 1];
}

const square: Box = [300, 60, 40, 40];
const image = pictureWithSquare(400, 240, [300, 60, 40]);

describe('face views map their boxes back to the photo', () => {
  it('a scaled view', async () => {
    const view = await scaledView(image, 200);
    expect([view.width, view.height]).toEqual([200, 120]);
    expect(containment(square, view.toImage(brightBox(view)))).toBeGreaterThan(0.9);
  });

  it.each([90, 180, 270, 45, -30])('a view turned by %i°', async (degrees) => {
    const view = await rotatedView(await scaledView(image, 400), degrees);
    const back = view.toImage(brightBox(view));
    expect(containment(square, back)).toBeGreaterThan(0.9);
    // A quarter turn maps a box onto a box of the same size. Other turns box the square twice
    // (in the view, then back here), each time up to doubling the area at 45°.
    expect(back[2] * back[3]).toBeLessThan(square[2] * square[3] * (degrees % 90 === 0 ? 1.3 : 4.3));
  });

  it('a tile cut from a scaled view', async () => {
    const fine = await scaledView(image, 400);
    const view = await tileView(fine, [200, 0, 200, 160], 100);
    expect([view.width, view.height]).toEqual([100, 80]);
    expect(containment(square, view.toImage(brightBox(view)))).toBeGreaterThan(0.9);
  });
});

describe('tileGrid', () => {
  it('covers the picture with overlapping tiles', () => {
    const tiles = tileGrid(1280, 960, 512, 112);
    expect(tiles).toHaveLength(9);
    for (const [x, y, w, h] of tiles) {
      expect(x + w).toBeLessThanOrEqual(1280);
      expect(y + h).toBeLessThanOrEqual(960);
    }
    expect(Math.max(...tiles.map(([x, , w]) => x + w))).toBe(1280);
    expect(Math.max(...tiles.map(([, y, , h]) => y + h))).toBe(960);
    // Neighbours share at least the overlap, so a face that size lies whole inside one of them.
    const xs = [...new Set(tiles.map(([x]) => x))].sort((a, b) => a - b);
    for (let i = 1; i < xs.length; i++) expect(xs[i - 1] + 512 - xs[i]).toBeGreaterThanOrEqual(112);
  });

  it('is one tile for a small picture', () => {
    expect(tileGrid(300, 200, 512, 112)).toEqual([[0, 0, 300, 200]]);
  });
});
