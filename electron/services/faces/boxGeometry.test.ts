import { describe, expect, it } from 'vitest';
import { boundingBox, clampBox, containment, expandBox, intersectionArea, iou, unionBox } from './boxGeometry';

describe('box geometry', () => {
  it('measures overlap', () => {
    expect(intersectionArea([0, 0, 10, 10], [5, 5, 10, 10])).toBe(25);
    expect(intersectionArea([0, 0, 10, 10], [10, 0, 5, 5])).toBe(0);
    expect(iou([0, 0, 10, 10], [5, 5, 10, 10])).toBeCloseTo(25 / 175);
    expect(containment([2, 2, 4, 4], [0, 0, 10, 10])).toBe(1);
    expect(containment([0, 0, 10, 10], [0, 0, 5, 10])).toBe(0.5);
    expect(containment([0, 0, 0, 0], [0, 0, 5, 5])).toBe(0);
  });

  it('grows a box about its centre', () => {
    expect(expandBox([10, 20, 100, 50], 0.2)).toEqual([0, 15, 120, 60]);
  });

  it('clamps outwards to whole pixels inside the image', () => {
    expect(clampBox([-5.5, 3.2, 20, 10.1], 12, 100)).toEqual([0, 3, 12, 11]);
    expect(clampBox([50, 50, 10, 10], 40, 40)).toEqual([50, 50, 0, 0]);
  });

  it('boxes points and unions boxes', () => {
    expect(boundingBox([[3, 4], [1, 9], [7, 2]])).toEqual([1, 2, 6, 7]);
    expect(unionBox([0, 0, 2, 2], [5, 1, 1, 4])).toEqual([0, 0, 6, 5]);
  });
});
