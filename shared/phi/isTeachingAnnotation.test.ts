import { describe, expect, it } from 'vitest';
import { isTeachingAnnotation } from './isTeachingAnnotation';

describe('isTeachingAnnotation', () => {
  it('keeps side markers, projections, positions, findings and scale units', () => {
    for (const w of ['L', 'R', 'LT', 'RT', 'AP', 'PA', 'LAT', 'LATERAL', 'OBLIQUE', 'PORTABLE', 'UPRIGHT', 'SUPINE', 'ERECT', 'ARROW', 'Fx', '5th', 'MT', 'cm', 'mm', '10 cm', 'WEIGHT', 'BEARING', 'lat.']) {
      expect(isTeachingAnnotation(w), w).toBe(true);
    }
  });
  it('does not keep names, numbers or facility words', () => {
    for (const w of ['PETERSON', 'Carlos', 'SACRED', 'HEART2', '9857631', 'MRN', 'ACC', '04/02/2025', 'RIVERSIDE']) {
      expect(isTeachingAnnotation(w), w).toBe(false);
    }
  });
});
