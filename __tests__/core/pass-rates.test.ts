import { describe, expect, it } from '@jest/globals';
import {
  accuracyEstimate,
  passAtK,
  passAtKs,
  reportedKs,
  rowPassRates,
  type RowPassRate,
} from '../../src/core/pass-rates.js';
import type { RowResult } from '../../src/core/types.js';

/** A result of row `index` that passed or not; only what pass rates read. */
function result(
  index: number,
  correct: boolean,
  status: RowResult['status'] = correct ? 'passed' : 'failed',
) {
  return { index, correct, status } as RowResult;
}

function row(index: number, runs: number, passes: number): RowPassRate {
  return { index, runs, passes, passRate: passes / runs };
}

describe('pass@k (Chen et al. 2021, unbiased estimator)', () => {
  it('gives 1 - C(7,1)/C(10,1) = 0.3 for k = 1 with 3 of 10 samples right', () => {
    expect(passAtK(10, 3, 1)).toBeCloseTo(0.3, 12);
  });

  it('gives 1 - C(7,5)/C(10,5) = 1 - 21/252 = 11/12 for k = 5 with 3 of 10 samples right', () => {
    expect(passAtK(10, 3, 5)).toBeCloseTo(11 / 12, 12);
  });

  it('is 1 when fewer than k samples failed, and 0 when none passed', () => {
    expect(passAtK(10, 6, 5)).toBe(1);
    expect(passAtK(10, 0, 5)).toBe(0);
  });

  it('refuses a k above n', () => {
    expect(() => passAtK(3, 1, 5)).toThrow('1 ≤ k ≤ n');
  });

  it('reports k = 1 always and 5 and 10 only when the repeats reach them', () => {
    expect(reportedKs(1)).toEqual([1]);
    expect(reportedKs(5)).toEqual([1, 5]);
    expect(reportedKs(12)).toEqual([1, 5, 10]);
  });

  it('averages pass@k over rows', () => {
    const figures = passAtKs([row(1, 10, 3), row(2, 10, 10)], 10);
    expect(figures['1']).toBeCloseTo((0.3 + 1) / 2, 12);
    expect(figures['5']).toBeCloseTo((11 / 12 + 1) / 2, 12);
    expect(figures['10']).toBeCloseTo(1, 12);
  });
});

describe('per-row pass rates and the accuracy interval', () => {
  it('counts passes per row over its repeats and leaves not_run results out', () => {
    const rows = rowPassRates([
      result(1, true),
      result(2, false),
      result(1, false),
      result(2, false, 'not_run'),
      result(1, true),
    ]);
    expect(rows).toEqual([
      { index: 1, runs: 3, passes: 2, passRate: 2 / 3 },
      { index: 2, runs: 1, passes: 0, passRate: 0 },
    ]);
  });

  it('uses the Wilson interval for one run per row', () => {
    const rows = Array.from({ length: 20 }, (_, i) => row(i + 1, 1, i < 15 ? 1 : 0));
    const estimate = accuracyEstimate(rows);
    expect(estimate.method).toBe('wilson');
    expect(estimate.accuracy).toBe(0.75);
    expect(estimate.interval?.[0]).toBeCloseTo(0.5313, 4);
    expect(estimate.interval?.[1]).toBeCloseTo(0.8881, 4);
  });

  it('bootstraps over rows when rows were repeated, so a row that always fails counts once', () => {
    // Half the rows always pass and half never do: 100 results each, but only 10 independent rows.
    const rows = Array.from({ length: 10 }, (_, i) => row(i + 1, 10, i < 5 ? 10 : 0));
    const estimate = accuracyEstimate(rows);
    expect(estimate.method).toBe('bootstrap_wilson_floor');
    expect(estimate.accuracy).toBe(0.5);
    const [low, high] = estimate.interval ?? [NaN, NaN];
    // Far wider than a Wilson interval over 100 results (0.40–0.60) would claim.
    expect(low).toBeLessThan(0.3);
    expect(high).toBeGreaterThan(0.7);
    expect(accuracyEstimate(rows)).toEqual(estimate);
  });

  it('keeps a width when every repeated row has the same pass rate: three rows passing 3 of 3', () => {
    // Every bootstrap resample has mean 1; the interval must still admit that 9 results are few.
    const rows = [row(1, 3, 3), row(2, 3, 3), row(3, 3, 3)];
    const estimate = accuracyEstimate(rows);
    expect(estimate.accuracy).toBe(1);
    const [low, high] = estimate.interval ?? [NaN, NaN];
    // The Wilson interval of 9 passes out of 9: 0.701–1.
    expect(low).toBeCloseTo(0.7008, 3);
    expect(high).toBe(1);
  });

  it('gives no accuracy and no interval when no row ran', () => {
    expect(accuracyEstimate([{ index: 1, runs: 0, passes: 0, passRate: null }])).toMatchObject({
      accuracy: null,
      interval: null,
    });
  });
});
