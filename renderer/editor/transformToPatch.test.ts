import { describe, expect, it } from 'vitest';
import { image, line, redaction, shape, text } from '../../test/fixtures/slideObjects';
import type { BoxedObject, TextObject } from '../../shared/model/slideObjects';
import { multiply, type Matrix } from './affine';
import { followImage, patchForPose, translatePatch } from './transformToPatch';

// fabric's matrix for an object: translate to its centre, rotate, scale (its own frame is centred).
function fabricMatrix(cx: number, cy: number, deg: number, sx = 1, sy = 1): Matrix {
  const t = (deg * Math.PI) / 180;
  const c = Math.cos(t);
  const s = Math.sin(t);
  return [c * sx, s * sx, -s * sy, c * sy, cx, cy];
}

describe('patchForPose: the end of a gesture as a model patch', () => {
  it('a move shifts the box by the same amount', () => {
    const m = shape('a', { x: 100, y: 200, width: 300, height: 100 });
    const before = { matrix: fabricMatrix(250, 250, 0), width: 300, height: 100 };
    const after = { matrix: fabricMatrix(290, 230, 0), width: 300, height: 100 };
    expect(patchForPose(m, before, after)).toEqual({ x: 140, y: 180, width: 300, height: 100, rotation: 0 });
  });

  it('scaling from the top-left corner keeps that corner and doubles the size', () => {
    const m = shape('a', { x: 100, y: 100, width: 200, height: 100 });
    const before = { matrix: fabricMatrix(200, 150, 0), width: 200, height: 100 };
    const after = { matrix: fabricMatrix(300, 200, 0, 2, 2), width: 200, height: 100 };
    expect(patchForPose(m, before, after)).toEqual({ x: 100, y: 100, width: 400, height: 200, rotation: 0 });
  });

  it('a rotation about the centre changes only the rotation', () => {
    const m = shape('a', { x: 0, y: 0, width: 200, height: 100 }, { rotation: 10 });
    const before = { matrix: fabricMatrix(100, 50, 10), width: 200, height: 100 };
    const after = { matrix: fabricMatrix(100, 50, 100), width: 200, height: 100 };
    expect(patchForPose(m, before, after)).toEqual({ x: 0, y: 0, width: 200, height: 100, rotation: 100 });
  });

  it('carries the box when draw/ grouped children smaller than the box (offset inside it)', () => {
    // Model box 100×100 at (0,0); the fabric group covers only 80×80 around (50,50).
    const m = shape('a', { x: 0, y: 0, width: 100, height: 100 });
    const before = { matrix: fabricMatrix(50, 50, 0), width: 80, height: 80 };
    const after = { matrix: fabricMatrix(60, 75, 0), width: 80, height: 80 };
    expect(patchForPose(m, before, after)).toMatchObject({ x: 10, y: 25, width: 100, height: 100 });
  });

  it('a member of a scaled multi-selection scales with the selection', () => {
    const m = shape('a', { x: 10, y: 10, width: 20, height: 20 });
    const own = fabricMatrix(20, 20, 0);
    const group = fabricMatrix(0, 0, 0, 2, 2);
    const after = { matrix: multiply(group, own), width: 20, height: 20 };
    expect(patchForPose(m, { matrix: own, width: 20, height: 20 }, after)).toEqual({ x: 20, y: 20, width: 40, height: 40, rotation: 0 });
  });

  it('a text box widened by its side handle keeps its height and font (the text reflows)', () => {
    const m = text('t', { x: 100, y: 100, width: 300, height: 120 });
    // fabric's Textbox is as tall as its text (50), and reflows to 30 when widened to 400.
    const before = { matrix: fabricMatrix(250, 125, 0), width: 300, height: 50 };
    const after = { matrix: fabricMatrix(300, 115, 0), width: 400, height: 30 };
    const patch = patchForPose(m, before, after, true);
    expect(patch).toEqual({ x: 100, y: 100, width: 400, height: 120, rotation: 0 });
  });

  it('a text box scaled from a corner grows its type (and its styled runs) with it', () => {
    const m = text('t', { x: 0, y: 0, width: 200, height: 100 }, { ranges: [{ start: 0, end: 2, style: { fontSize: 20 } }] }) as TextObject;
    const before = { matrix: fabricMatrix(100, 25, 0), width: 200, height: 50 };
    const after = { matrix: fabricMatrix(150, 37.5, 0, 1.5, 1.5), width: 200, height: 50 };
    const patch = patchForPose(m, before, after) as Partial<TextObject>;
    expect(patch).toMatchObject({ x: 0, y: 0, width: 300, height: 150 });
    expect(patch.style?.fontSize).toBe(60);
    expect(patch.ranges?.[0].style.fontSize).toBe(30);
  });

  it('moves both ends of a line by the change its view went through', () => {
    const l = line('l', 0, 0, 100, 50);
    const before = { matrix: fabricMatrix(50, 25, 0), width: 100, height: 50 };
    const after = { matrix: fabricMatrix(70, 15, 0), width: 100, height: 50 };
    expect(patchForPose(l, before, after)).toEqual({ x1: 20, y1: -10, x2: 120, y2: 40 });
  });
});

describe('followImage: a redaction rides on its image', () => {
  const img = image('i', { x: 100, y: 100, width: 400, height: 200 }) as BoxedObject;
  const box = redaction('r', 'i', { x: 120, y: 110, width: 100, height: 20 }) as BoxedObject;

  it('moves with a moved image', () => {
    expect(followImage(img, { x: 150, y: 90, width: 400, height: 200, rotation: 0 }, box)).toEqual({ x: 170, y: 100, width: 100, height: 20, rotation: 0 });
  });

  it('keeps its place as a fraction of a scaled image', () => {
    expect(followImage(img, { x: 100, y: 100, width: 800, height: 400, rotation: 0 }, box)).toEqual({ x: 140, y: 120, width: 200, height: 40, rotation: 0 });
  });

  it('turns about the image centre with a rotated image', () => {
    const p = followImage(img, { x: 100, y: 100, width: 400, height: 200, rotation: 180 }, box);
    // Centre (170,120) mirrored through the image centre (300,200) → (430,280).
    expect(p).toEqual({ x: 380, y: 270, width: 100, height: 20, rotation: 180 });
  });
});

it('translatePatch moves a box or both ends of a line', () => {
  expect(translatePatch(shape('a', { x: 1, y: 2, width: 3, height: 4 }), 10, -1)).toEqual({ x: 11, y: 1 });
  expect(translatePatch(line('l', 0, 0, 5, 5), 1, 1)).toEqual({ x1: 1, y1: 1, x2: 6, y2: 6 });
});
