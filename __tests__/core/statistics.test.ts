import { describe, expect, it } from '@jest/globals';
import { describe as describeSample } from '../../src/core/statistics.js';

describe('statistics', () => {
  it('gives mean, median and p95 by linear interpolation (as NumPy does)', () => {
    const d = describeSample([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(d).toMatchObject({ n: 10, mean: 5.5, median: 5.5, min: 1, max: 10 });
    expect(d.p95).toBeCloseTo(9.55, 10);
  });

  it('reports nothing, not zero, for an empty sample', () => {
    expect(describeSample([])).toEqual({ n: 0, mean: null, median: null, p95: null, min: null, max: null });
  });
});
