import { describe, expect, it } from 'vitest';
import { snapMove, snapResize } from './snapping';

const canvas = { width: 1080, height: 1350 };

describe('snapMove', () => {
  it('returns no correction and no guides with nothing in reach', () => {
    const r = snapMove({ x: 300, y: 300, width: 100, height: 100 }, [], canvas, null, 5);
    expect(r).toEqual({ dx: 0, dy: 0, guides: [] });
  });

  it('pulls a left edge onto the canvas edge within the threshold', () => {
    const r = snapMove({ x: 4, y: 300, width: 100, height: 100 }, [], canvas, null, 5);
    expect(r.dx).toBe(-4);
    expect(r.dy).toBe(0);
    expect(r.guides).toEqual([{ axis: 'x', at: 0, from: 0, to: 1350, kind: 'edge' }]);
  });

  it('does not snap just beyond the threshold', () => {
    expect(snapMove({ x: 6, y: 300, width: 100, height: 100 }, [], canvas, null, 5).dx).toBe(0);
  });

  it('centres on the canvas centre with a centre guide', () => {
    const r = snapMove({ x: 488, y: 10.5, width: 100, height: 100 }, [], canvas, null, 5);
    expect(r.dx).toBe(2); // centre 538 → 540
    expect(r.guides.find((g) => g.axis === 'x')).toEqual({ axis: 'x', at: 540, from: 0, to: 1350, kind: 'centre' });
  });

  it('snaps to the nearest of several candidates: another object’s right edge to our left edge', () => {
    const others = [
      { x: 100, y: 100, width: 200, height: 50 }, // right edge 300
      { x: 600, y: 700, width: 50, height: 50 },
    ];
    const r = snapMove({ x: 303, y: 400, width: 80, height: 80 }, others, canvas, null, 8);
    expect(r.dx).toBe(-3);
    const g = r.guides.filter((x) => x.axis === 'x');
    // the guide runs from the other object down to the moved one
    expect(g).toEqual([{ axis: 'x', at: 300, from: 100, to: 480, kind: 'edge' }]);
  });

  it('snaps x and y independently, middle to another object’s middle', () => {
    const others = [{ x: 700, y: 200, width: 100, height: 100 }]; // middle y 250
    const r = snapMove({ x: 100, y: 227, width: 50, height: 50 }, others, canvas, null, 5);
    expect(r.dy).toBe(-2);
    expect(r.dx).toBe(0);
    expect(r.guides).toEqual([{ axis: 'y', at: 250, from: 100, to: 800, kind: 'centre' }]);
  });

  it('snaps to safe-zone lines and labels them safe', () => {
    const safe = { top: 0, right: 0, bottom: 220, left: 60 };
    const r = snapMove({ x: 63, y: 1030, width: 100, height: 98 }, [], canvas, safe, 5);
    expect(r.dx).toBe(-3);
    expect(r.dy).toBe(2); // bottom 1128 → 1130 = 1350 - 220
    expect(r.guides).toEqual([
      { axis: 'x', at: 60, from: 0, to: 1350, kind: 'safe' },
      { axis: 'y', at: 1130, from: 0, to: 1080, kind: 'safe' },
    ]);
  });

  it('merges guides of objects lined up on the same x into one line spanning them all', () => {
    const others = [
      { x: 200, y: 100, width: 50, height: 50 },
      { x: 200, y: 900, width: 80, height: 50 },
    ];
    const r = snapMove({ x: 201, y: 500, width: 60, height: 60 }, others, canvas, null, 4);
    expect(r.dx).toBe(-1);
    expect(r.guides).toEqual([{ axis: 'x', at: 200, from: 100, to: 950, kind: 'edge' }]);
  });

  it('shows every line the snapped box shares, edges and centre alike', () => {
    // same width as the other box: snapping the left edges also aligns centres and right edges
    const others = [{ x: 400, y: 0, width: 100, height: 100 }];
    const r = snapMove({ x: 402, y: 600, width: 100, height: 100 }, others, canvas, null, 5);
    expect(r.guides.map((g) => [g.at, g.kind])).toEqual([
      [400, 'edge'],
      [450, 'centre'],
      [500, 'edge'],
    ]);
  });

  it('keeps a box already in line at dx 0 and still shows its guide', () => {
    const r = snapMove({ x: 0, y: 500, width: 10, height: 10 }, [], canvas, null, 5);
    expect(r.dx).toBe(0);
    expect(r.guides).toHaveLength(1);
  });

  it('handles 200 objects with the nearest one winning', () => {
    const others = Array.from({ length: 200 }, (_, i) => ({ x: 13 + i * 5.1, y: (i * 37) % 1300, width: 30, height: 30 }));
    const r = snapMove({ x: 501, y: 500, width: 40, height: 40 }, others, canvas, null, 3);
    const lefts = [0, 540, 1080, ...others.flatMap((o) => [o.x, o.x + 15, o.x + 30])];
    const sources = [501, 521, 541];
    const best = Math.min(...lefts.flatMap((t) => sources.map((s) => Math.abs(t - s))));
    expect(Math.abs(r.dx)).toBeCloseTo(best, 10);
  });
});

describe('snapResize', () => {
  it('moves only the dragged right edge onto another object’s edge', () => {
    const r = snapResize({ x: 100, y: 100, width: 197, height: 50 }, { x: 'right', y: null }, [{ x: 300, y: 400, width: 10, height: 10 }], canvas, null, 5);
    expect(r.rect).toEqual({ x: 100, y: 100, width: 200, height: 50 });
    expect(r.guides).toEqual([{ axis: 'x', at: 300, from: 100, to: 410, kind: 'edge' }]);
  });

  it('moves a dragged left edge and keeps the right edge fixed', () => {
    const r = snapResize({ x: 3, y: 100, width: 97, height: 50 }, { x: 'left', y: 'top' }, [], canvas, null, 5);
    expect(r.rect).toEqual({ x: 0, y: 100, width: 100, height: 50 });
  });

  it('snaps a bottom edge to a safe-zone line', () => {
    const r = snapResize({ x: 10, y: 1000, width: 50, height: 128 }, { x: null, y: 'bottom' }, [], canvas, { top: 0, right: 0, bottom: 220, left: 0 }, 5);
    expect(r.rect.height).toBe(130);
    expect(r.guides[0].kind).toBe('safe');
  });

  it('refuses a snap that would collapse the box', () => {
    const r = snapResize({ x: 1, y: 10, width: 1, height: 10 }, { x: 'right', y: null }, [], canvas, null, 5);
    // the nearest line (canvas left edge at 0) would leave no width; the box is unchanged
    expect(r.rect).toEqual({ x: 1, y: 10, width: 1, height: 10 });
    expect(r.guides).toEqual([]);
  });
});
