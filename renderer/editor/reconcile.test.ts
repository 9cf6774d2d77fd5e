import { describe, expect, it } from 'vitest';
import { image, redaction, shape } from '../../test/fixtures/slideObjects';
import type { SlideObject } from '../../shared/model/slideObjects';
import { dependentsOf, planReconcile } from './reconcile';

const a = shape('a', { x: 0, y: 0, width: 10, height: 10 });
const b = shape('b', { x: 0, y: 0, width: 10, height: 10 });
const c = shape('c', { x: 0, y: 0, width: 10, height: 10 });
const shownOf = (objects: SlideObject[]) => new Map(objects.map((o) => [o.id, o]));

describe('planReconcile', () => {
  it('keeps objects whose model is the same reference', () => {
    expect(planReconcile(shownOf([a, b]), ['a', 'b'], [a, b])).toEqual({ remove: [], build: [], kept: 2, reorder: false });
  });

  it('rebuilds changed and new objects, removes missing ones', () => {
    const b2 = { ...b, x: 5 };
    expect(planReconcile(shownOf([a, b, c]), ['a', 'b', 'c'], [a, b2, shape('d', { x: 0, y: 0, width: 1, height: 1 })])).toEqual({
      remove: ['c'],
      build: ['b', 'd'],
      kept: 1,
      reorder: false,
    });
  });

  it('sees a layer change among kept objects', () => {
    expect(planReconcile(shownOf([a, b, c]), ['a', 'b', 'c'], [a, c, b]).reorder).toBe(true);
  });

  it('redraws stale objects although their model is unchanged', () => {
    expect(planReconcile(shownOf([a, b]), ['a', 'b'], [a, b], (o) => o.id === 'a').build).toEqual(['a']);
  });

  it('stays fast with 200 objects', () => {
    const many = Array.from({ length: 200 }, (_, i) => shape(`o${i}`, { x: i, y: i, width: 10, height: 10 }));
    const next = many.map((o, i) => (i === 100 ? { ...o, x: 1 } : o));
    const started = performance.now();
    for (let k = 0; k < 100; k++) planReconcile(shownOf(many), many.map((o) => o.id), next);
    expect(planReconcile(shownOf(many), many.map((o) => o.id), next).build).toEqual(['o100']);
    expect((performance.now() - started) / 100).toBeLessThan(2);
  });
});

it('dependentsOf: pixelate boxes follow any change to an image on the slide', () => {
  const objects = [image('i', { x: 0, y: 0, width: 10, height: 10 }), redaction('p', 'i', { x: 0, y: 0, width: 5, height: 5 }, { mode: 'pixelate' }), redaction('s', 'i', { x: 0, y: 0, width: 5, height: 5 })];
  expect([...dependentsOf(objects, new Set(['i']))]).toEqual(['p']);
  expect(dependentsOf(objects, new Set()).size).toBe(0);
});
