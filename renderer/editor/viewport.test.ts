import { describe, expect, it } from 'vitest';
import { clampPan, clampZoom, fitView, toScreen, toSlide, wheelZoom, zoomAt, FIT_MARGIN } from './viewport';

const area = { width: 1000, height: 800 };
const slide = { width: 1080, height: 1350 };

describe('viewport', () => {
  it('fits the slide inside the area with a margin, centred', () => {
    const v = fitView(area, slide);
    expect(v.zoom).toBeCloseTo((800 - 2 * FIT_MARGIN) / 1350);
    expect(v.panY).toBeCloseTo(FIT_MARGIN);
    expect(v.panX + (slide.width * v.zoom) / 2).toBeCloseTo(500);
  });

  it('zooms about the pointer: the slide point under it stays put', () => {
    const v = fitView(area, slide);
    const pointer = { x: 600, y: 300 };
    const before = toSlide(v, pointer);
    const z = zoomAt(v, 2, pointer, area, slide);
    expect(z.zoom).toBe(2);
    expect(toScreen(z, before).x).toBeCloseTo(600);
    expect(toScreen(z, before).y).toBeCloseTo(300);
  });

  it('keeps zoom within 25–400 %', () => {
    expect(clampZoom(10)).toBe(4);
    expect(clampZoom(0.01)).toBe(0.25);
    expect(wheelZoom(1, -10_000)).toBe(4);
  });

  it('never pans the slide out of sight', () => {
    const v = clampPan({ zoom: 2, panX: 5000, panY: -9000 }, area, slide);
    expect(v.panX).toBe(FIT_MARGIN);
    expect(v.panY).toBe(area.height - slide.height * 2 - FIT_MARGIN);
  });
});
