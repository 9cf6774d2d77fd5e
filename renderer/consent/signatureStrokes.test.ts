import { describe, expect, it } from 'vitest';
import { appendPoint, hasSignature, inkBounds, pressureOf, widthAt, type Stroke } from './signatureStrokes';

const stroke = (...pts: [number, number][]): Stroke => ({ pointerType: 'mouse', points: pts.map(([x, y]) => ({ x, y, p: 0.5 })) });

describe('signature strokes', () => {
  it('uses pressure only from a pen', () => {
    expect(pressureOf('pen', 0.9)).toBe(0.9);
    expect(pressureOf('pen', 0)).toBe(0.5);
    expect(pressureOf('mouse', 0.5)).toBe(0.5);
    expect(pressureOf('touch', 1)).toBe(0.5);
    expect(widthAt({ x: 0, y: 0, p: 1 })).toBeGreaterThan(widthAt({ x: 0, y: 0, p: 0.1 }));
  });

  it('bounds all ink including the line width, null when empty', () => {
    expect(inkBounds([])).toBeNull();
    const r = widthAt({ x: 0, y: 0, p: 0.5 }) / 2;
    const b = inkBounds([stroke([10, 20], [50, 30]), stroke([5, 60])])!;
    expect(b.x).toBeCloseTo(5 - r);
    expect(b.y).toBeCloseTo(20 - r);
    expect(b.width).toBeCloseTo(45 + 2 * r);
    expect(b.height).toBeCloseTo(40 + 2 * r);
  });

  it('does not count a stray tap as a signature', () => {
    expect(hasSignature([stroke([10, 10])])).toBe(false);
    expect(hasSignature([stroke([10, 10], [80, 30])])).toBe(true);
  });

  it('skips a repeated sample', () => {
    const s = stroke([1, 1]);
    expect(appendPoint(s, { x: 1.1, y: 1, p: 0.5 })).toBe(false);
    expect(appendPoint(s, { x: 3, y: 1, p: 0.5 })).toBe(true);
    expect(s.points).toHaveLength(2);
  });
});
