import { describe, expect, it } from 'vitest';
import type { Box } from '../../../shared/phi/types';
import type { GreyImage } from './greyPixels';
import { clipBox, overlapOfSmaller, rotateBox, unionBox, unrotateBox } from './passGeometry';
import { invertStretched, rotateGrey } from './passImages';
import { chooseScale } from './recognizeLines';

// A 7×4 image whose pixel values name their position (y * 7 + x), so any mapping error shows.
const W = 7;
const H = 4;
const image: GreyImage = { width: W, height: H, data: Uint8Array.from({ length: W * H }, (_, i) => i) };

function pixel(img: { width: number; data: Uint8Array }, x: number, y: number): number {
  return img.data[y * img.width + x];
}

describe('turning images and boxes', () => {
  it.each([90, 270] as const)('a box found on the image turned %i° maps back onto the same pixels', (rotation) => {
    const turned = rotateGrey(image, rotation);
    expect([turned.width, turned.height]).toEqual([H, W]);
    const original: Box = [2, 1, 3, 2];
    const onTurned = rotateBox(original, rotation, W, H);
    // The pixels inside the turned box are exactly the pixels inside the original box.
    const inside = (img: typeof image, [x, y, w, h]: Box) => {
      const out: number[] = [];
      for (let j = y; j < y + h; j++) for (let i = x; i < x + w; i++) out.push(pixel(img, i, j));
      return out.sort((a, b) => a - b);
    };
    expect(inside(turned, onTurned)).toEqual(inside(image, original));
    expect(unrotateBox(onTurned, rotation, W, H)).toEqual(original);
  });

  it('turns 90° clockwise: the bottom-left corner becomes the top-left', () => {
    const turned = rotateGrey(image, 90);
    expect(pixel(turned, 0, 0)).toBe(pixel(image, 0, H - 1));
    expect(pixel(turned, H - 1, 0)).toBe(pixel(image, 0, 0));
  });

  it('turns 270° clockwise: the top-right corner becomes the top-left', () => {
    const turned = rotateGrey(image, 270);
    expect(pixel(turned, 0, 0)).toBe(pixel(image, W - 1, 0));
  });

  it('unions, clips and measures overlap', () => {
    expect(unionBox([[1, 1, 2, 2], [5, 0, 1, 1]])).toEqual([1, 0, 5, 3]);
    expect(clipBox([-2.5, 3.2, 10, 10], 6, 8)).toEqual([0, 3, 6, 5]);
    expect(overlapOfSmaller([0, 0, 10, 10], [5, 5, 2, 2])).toBe(1);
    expect(overlapOfSmaller([0, 0, 2, 2], [5, 5, 2, 2])).toBe(0);
  });
});

describe('the inverted pass image', () => {
  it('turns white text on black into black on white, stretched to full range', () => {
    const data = new Uint8Array(1000).fill(20);
    data.fill(200, 0, 100);
    const out = invertStretched({ width: 1000, height: 1, data });
    expect(out.data[0]).toBe(0);
    expect(out.data[500]).toBe(255);
  });
});

describe('the OCR working scale', () => {
  it('enlarges small images, keeps mid-sized ones, and reduces very large ones to about 16 megapixels', () => {
    expect(chooseScale(512, 512)).toBe(2);
    expect(chooseScale(1024, 768)).toBe(1.5);
    expect(chooseScale(2048, 2048)).toBe(1);
    const s = chooseScale(8000, 6000);
    expect(8000 * 6000 * s * s).toBeCloseTo(16_000_000, -3);
  });
});
