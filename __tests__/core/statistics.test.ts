import { describe, expect, it } from '@jest/globals';
import { describe as describeSample, wilsonInterval } from '../../src/core/statistics.js';

describe('statistics', () => {
  it('gives mean, median and p95 by linear interpolation (as NumPy does)', () => {
    const d = describeSample([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(d).toMatchObject({ n: 10, mean: 5.5, median: 5.5, min: 1, max: 10 });
    expect(d.p95).toBeCloseTo(9.55, 10);
  });

  it('reports nothing, not zero, for an empty sample', () => {
    expect(describeSample([])).toEqual({ n: 0, mean: null, median: null, p95: null, min: null, max: null });
  });

  // Newcombe (1998), "Two-sided confidence intervals for the single proportion", Statistics in
  // Medicine 17:857-872, table II, method 3 (Wilson score interval without continuity correction).
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('gives the published Wilson interval for %i of %i', (successes, trials, low, high) => {
    const interval = wilsonInterval(successes, trials);
    expect(interval?.[0]).toBeCloseTo(low, 4);
    expect(interval?.[1]).toBeCloseTo(high, 4);
  });

  it('gives no Wilson interval for no trials, and one inside [0, 1] at 100 %', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    const [low, high] = wilsonInterval(10, 10) ?? [NaN, NaN];
    expect(high).toBe(1);
    expect(low).toBeCloseTo(0.7225, 4);
  });
});
