import { expect, it } from 'vitest';
import { planRuns } from './dragLayers';

it('planRuns splits the stacking order into runs of moving and still objects', () => {
  expect(planRuns([false, false, true, false])).toEqual([
    { moving: false, from: 0, to: 2 },
    { moving: true, from: 2, to: 3 },
    { moving: false, from: 3, to: 4 },
  ]);
  expect(planRuns([true, true])).toEqual([{ moving: true, from: 0, to: 2 }]);
  expect(planRuns([])).toEqual([]);
});
