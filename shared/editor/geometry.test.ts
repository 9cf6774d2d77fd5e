import { describe, expect, it } from 'vitest';
import {
  boundsOf,
  coveredFraction,
  insideRect,
  intersection,
  rectsIntersect,
  resizePatch,
  rotatePoint,
  translatePatch,
  unionBounds,
} from './geometry';
import { image, line, shape, text } from '../../test/fixtures/slideObjects';

function close(actual: Record<string, unknown>, expected: Record<string, number>) {
  for (const [k, v] of Object.entries(expected)) expect(actual[k] as number, k).toBeCloseTo(v, 6);
}

describe('boundsOf', () => {
  it('is the box itself for an unrotated object', () => {
    expect(boundsOf(shape('a', { x: 10, y: 20, width: 100, height: 50 }))).toEqual({ x: 10, y: 20, width: 100, height: 50 });
  });

  it('swaps width and height exactly for a quarter turn about the centre', () => {
    const b = boundsOf(shape('a', { x: 0, y: 0, width: 100, height: 50 }, { rotation: 90 }));
    expect(b).toEqual({ x: 25, y: -25, width: 50, height: 100 });
  });

  it('is unchanged by a half turn and by -360°', () => {
    expect(boundsOf(image('a', { x: 5, y: 5, width: 40, height: 30 }, { rotation: 180 }))).toEqual({ x: 5, y: 5, width: 40, height: 30 });
    expect(boundsOf(image('a', { x: 5, y: 5, width: 40, height: 30 }, { rotation: -360 }))).toEqual({ x: 5, y: 5, width: 40, height: 30 });
  });

  it('grows a square turned 45° to its diagonal, centred on the same point', () => {
    const b = boundsOf(text('t', { x: 0, y: 0, width: 100, height: 100 }, { rotation: 45 }));
    close(b, { width: 100 * Math.SQRT2, height: 100 * Math.SQRT2, x: 50 - 50 * Math.SQRT2, y: 50 - 50 * Math.SQRT2 });
  });

  it('covers a line from its endpoints widened by half the stroke, whichever way it points', () => {
    expect(boundsOf(line('l', 100, 50, 10, 80, { strokeWidth: 8 }))).toEqual({ x: 6, y: 46, width: 98, height: 38 });
  });

  it('gives a horizontal line the height of its stroke', () => {
    expect(boundsOf(line('l', 0, 10, 50, 10, { strokeWidth: 4 }))).toEqual({ x: -2, y: 8, width: 54, height: 4 });
  });
});

describe('rotatePoint', () => {
  it('turns clockwise on screen (y down)', () => {
    const p = rotatePoint({ x: 10, y: 0 }, { x: 0, y: 0 }, 90);
    expect(p).toEqual({ x: 0, y: 10 });
  });
});

describe('unionBounds', () => {
  it('is null for no rects and the rect for one', () => {
    expect(unionBounds([])).toBeNull();
    expect(unionBounds([{ x: 1, y: 2, width: 3, height: 4 }])).toEqual({ x: 1, y: 2, width: 3, height: 4 });
  });

  it('spans rects that are apart, including negative coordinates', () => {
    expect(
      unionBounds([
        { x: -10, y: 5, width: 10, height: 10 },
        { x: 100, y: -20, width: 5, height: 5 },
      ]),
    ).toEqual({ x: -10, y: -20, width: 115, height: 35 });
  });
});

describe('translatePatch', () => {
  it('moves a box by its corner', () => {
    expect(translatePatch(shape('a', { x: 10, y: 10, width: 5, height: 5 }), 3, -4)).toEqual({ x: 13, y: 6 });
  });

  it('moves both endpoints of a line and nothing else', () => {
    expect(translatePatch(line('l', 0, 0, 10, 20), 5, 5)).toEqual({ x1: 5, y1: 5, x2: 15, y2: 25 });
  });
});

describe('resizePatch', () => {
  const from = { x: 0, y: 0, width: 200, height: 100 };

  it('maps a box inside a group frame that doubles in width', () => {
    const obj = shape('a', { x: 50, y: 20, width: 50, height: 40 });
    const patch = resizePatch(obj, from, { x: 0, y: 0, width: 400, height: 100 });
    close(patch, { x: 100, y: 20, width: 100, height: 40 });
  });

  it('maps into a frame that also moves', () => {
    const obj = shape('a', { x: 0, y: 0, width: 200, height: 100 });
    close(resizePatch(obj, from, { x: 10, y: 30, width: 100, height: 50 }), { x: 10, y: 30, width: 100, height: 50 });
  });

  it('scales a quarter-turned box along its own axes: its width follows the frame height', () => {
    // 100×20 box turned 90° occupies 20 wide × 100 tall on screen.
    const obj = shape('a', { x: 60, y: 40, width: 100, height: 20 }, { rotation: 90 });
    const patch = resizePatch(obj, { x: 0, y: 0, width: 200, height: 200 }, { x: 0, y: 0, width: 200, height: 400 });
    close(patch, { width: 200, height: 20 });
    const after = boundsOf({ ...obj, ...patch } as typeof obj);
    close(after, { x: 100, y: 0, width: 20, height: 200 });
  });

  it('scales line endpoints, not only their bounds', () => {
    const patch = resizePatch(line('l', 0, 100, 200, 0), from, { x: 0, y: 0, width: 100, height: 50 });
    expect(patch).toEqual({ x1: 0, y1: 50, x2: 100, y2: 0 });
  });

  it('leaves a text font alone unless asked, then scales it by the smaller factor', () => {
    const t = text('t', { x: 0, y: 0, width: 200, height: 100 }, { ranges: [{ start: 0, end: 2, style: { fontSize: 60 } }] });
    const to = { x: 0, y: 0, width: 100, height: 80 };
    expect(resizePatch(t, from, to).style).toBeUndefined();
    const patch = resizePatch(t, from, to, { scaleContent: true });
    expect((patch.style as { fontSize: number }).fontSize).toBe(20);
    expect((patch.ranges as { style: { fontSize: number } }[])[0].style.fontSize).toBe(30);
  });

  it('never makes a box thinner than one pixel', () => {
    const patch = resizePatch(shape('a', { x: 0, y: 0, width: 2, height: 2 }), from, { x: 0, y: 0, width: 1, height: 1 });
    expect(patch.width).toBe(1);
    expect(patch.height).toBe(1);
  });

  it('treats a frame with no width as a pure move along that axis', () => {
    const obj = line('l', 10, 0, 10, 50);
    const patch = resizePatch(obj, { x: 10, y: 0, width: 0, height: 50 }, { x: 30, y: 0, width: 0, height: 100 });
    expect(patch).toEqual({ x1: 30, y1: 0, x2: 30, y2: 100 });
  });
});

describe('insideRect and rectsIntersect', () => {
  const outer = { x: 0, y: 0, width: 100, height: 100 };

  it('counts touching edges as inside', () => {
    expect(insideRect({ x: 0, y: 0, width: 100, height: 100 }, outer)).toBe(true);
    expect(insideRect({ x: 0, y: 0, width: 100.5, height: 100 }, outer)).toBe(false);
    expect(insideRect({ x: -1, y: 0, width: 10, height: 10 }, outer, 1)).toBe(true);
  });

  it('does not count edge contact as intersection', () => {
    expect(rectsIntersect(outer, { x: 100, y: 0, width: 10, height: 10 })).toBe(false);
    expect(rectsIntersect(outer, { x: 99, y: 99, width: 10, height: 10 })).toBe(true);
    expect(intersection(outer, { x: 90, y: -10, width: 20, height: 20 })).toEqual({ x: 90, y: 0, width: 10, height: 10 });
    expect(intersection(outer, { x: 200, y: 0, width: 1, height: 1 })).toBeNull();
  });
});

describe('coveredFraction', () => {
  const target = { x: 0, y: 0, width: 100, height: 100 };

  it('is 0 with nothing over it and 1 under a larger box', () => {
    expect(coveredFraction(target, [])).toBe(0);
    expect(coveredFraction(target, [{ x: -5, y: -5, width: 200, height: 200 }])).toBe(1);
  });

  it('counts overlapping covers once', () => {
    const covers = [
      { x: 0, y: 0, width: 60, height: 100 },
      { x: 40, y: 0, width: 20, height: 100 },
    ];
    expect(coveredFraction(target, covers)).toBeCloseTo(0.6, 10);
  });

  it('is exact for an L of two boxes plus a box outside', () => {
    const covers = [
      { x: 0, y: 0, width: 100, height: 50 }, // top half
      { x: 0, y: 50, width: 25, height: 50 }, // bottom-left quarter strip
      { x: 500, y: 500, width: 10, height: 10 },
    ];
    expect(coveredFraction(target, covers)).toBeCloseTo(0.625, 10);
  });

  it('sees a gap between two boxes that almost cover', () => {
    const covers = [
      { x: 0, y: 0, width: 49, height: 100 },
      { x: 51, y: 0, width: 49, height: 100 },
    ];
    expect(coveredFraction(target, covers)).toBeCloseTo(0.98, 10);
  });

  it('adds a 3×3 grid of tiles up to exactly 1', () => {
    const tiles = [];
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) tiles.push({ x: i * 40 - 10, y: j * 40 - 10, width: 40, height: 40 });
    expect(coveredFraction(target, tiles)).toBeCloseTo(1, 10);
  });

  it('treats a target without area as covered only when it lies inside a cover', () => {
    const flat = { x: 10, y: 10, width: 0, height: 20 };
    expect(coveredFraction(flat, [{ x: 0, y: 0, width: 50, height: 50 }])).toBe(1);
    expect(coveredFraction(flat, [{ x: 20, y: 0, width: 50, height: 50 }])).toBe(0);
  });
});
