import { describe, expect, it } from 'vitest';
import { tileMeans } from '../video/sampleFrames';
import { changedRows } from './verifyReread';

const frame = (paint?: [number, number, number, number]) => {
  const [width, height] = [320, 480];
  const data = new Uint8Array(width * height * 3).fill(90);
  if (paint) {
    const [x0, y0, w, h] = paint;
    for (let y = y0; y < y0 + h; y++) data.fill(250, (y * width + x0) * 3, (y * width + x0 + w) * 3);
  }
  return { width, height, data };
};

describe('changedRows', () => {
  it('gives the rows of tiles where the picture changed (text appearing), none for the same picture', () => {
    const before = tileMeans(frame());
    expect(changedRows(before, tileMeans(frame()), 480)).toBeNull();
    // A caption-like bar at rows 300–339 touches tiles 18 to 21 (16 px tiles).
    expect(changedRows(before, tileMeans(frame([20, 300, 200, 40])), 480)).toEqual([288, 352]);
    // Two changes far apart make one band from the first to the last.
    expect(changedRows(before, tileMeans(frame([0, 0, 320, 16])), 480)).toEqual([0, 16]);
  });
});
