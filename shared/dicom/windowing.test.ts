import { describe, expect, it } from 'vitest';
import { applyWindow, firstDecimal, fullRangeWindow, type MonochromeFrame } from './windowing';

const frame = (values: number[], over: Partial<MonochromeFrame> = {}): MonochromeFrame => ({
  values,
  slope: 1,
  intercept: 0,
  invert: false,
  window: null,
  ...over,
});

describe('applyWindow (DICOM linear VOI window)', () => {
  // centre 40, width 400: the window spans c - 0.5 - (w-1)/2 = -160 to c - 0.5 + (w-1)/2 = 239.
  const soft = { center: 40, width: 400 };

  it('maps the lower bound and below to black and the upper bound and above to white', () => {
    const out = applyWindow(frame([-1000, -161, -160, 239, 240, 3000], { window: soft }));
    expect([...out]).toEqual([0, 0, 0, 255, 255, 255]);
  });

  it('maps values inside the window linearly', () => {
    const out = applyWindow(frame([40, -60, 140], { window: soft }));
    // (x - lower) * 255 / (w - 1)
    expect([...out]).toEqual([Math.round(200 * 255 / 399), Math.round(100 * 255 / 399), Math.round(300 * 255 / 399)]);
    expect(out[0]).toBe(128);
  });

  it('inverts MONOCHROME1 so low values show white', () => {
    const values = [-1000, 40, 3000];
    const plain = applyWindow(frame(values, { window: soft }));
    const inverted = applyWindow(frame(values, { window: soft, invert: true }));
    expect([...inverted]).toEqual([255, 127, 0]);
    expect([...inverted]).toEqual([...plain].map((v) => 255 - v));
  });

  it('applies rescale slope and intercept before the window (CT stored values to HU)', () => {
    // Stored 0 / 1064 / 1024 with intercept -1024 are -1024, 40 and 0 HU.
    const out = applyWindow(frame([0, 1064, 1024], { intercept: -1024, window: soft }));
    expect([...out]).toEqual([0, 128, Math.round(160 * 255 / 399)]);
    const halved = applyWindow(frame([80], { slope: 0.5, window: soft }));
    expect(halved[0]).toBe(128);
  });

  it('falls back to the full range of the frame when no window is given', () => {
    const out = applyWindow(frame([100, 150, 200]));
    expect(out[0]).toBe(0);
    expect(out[2]).toBe(255);
    expect(out[1]).toBeGreaterThan(120);
    expect(out[1]).toBeLessThan(135);
  });

  it('returns one output byte per input value', () => {
    expect(applyWindow(frame([]))).toHaveLength(0);
    expect(applyWindow(frame(new Array(17).fill(3)))).toHaveLength(17);
  });
});

describe('fullRangeWindow', () => {
  it('spans min to max after rescale', () => {
    expect(fullRangeWindow([0, 1000, 4095], 1, -1024)).toEqual({ center: (-1024 + 3071) / 2, width: 4095 });
  });

  it('orders the bounds when the slope is negative', () => {
    expect(fullRangeWindow([0, 10], -2, 0)).toEqual({ center: -10, width: 20 });
  });

  it('never returns a width below 1 (flat image, empty frame)', () => {
    expect(fullRangeWindow([7, 7, 7], 1, 0)).toEqual({ center: 7, width: 1 });
    expect(fullRangeWindow([], 1, 0)).toEqual({ center: 0, width: 1 });
  });
});

describe('firstDecimal', () => {
  it('reads the first of several values', () => {
    expect(firstDecimal('40\\400')).toBe(40);
    expect(firstDecimal(' -1024.5 \\ 1')).toBe(-1024.5);
    expect(firstDecimal('1e1')).toBe(10);
  });

  it('gives null when there is no number', () => {
    expect(firstDecimal(undefined)).toBeNull();
    expect(firstDecimal('abc\\400')).toBeNull();
  });

  it('gives null for an empty or blank value instead of 0', () => {
    // A padded-empty Rescale Slope must not turn every pixel into the intercept.
    expect(firstDecimal('')).toBeNull();
    expect(firstDecimal('  ')).toBeNull();
    expect(firstDecimal('\\400')).toBeNull();
  });
});
