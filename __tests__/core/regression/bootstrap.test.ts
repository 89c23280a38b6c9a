import { describe, expect, it } from '@jest/globals';
import { bootstrapMedianRatio, seededRandom } from '../../../src/core/regression/bootstrap.js';

/** n values spread evenly (±spread) around `center`, in a shuffled but fixed order. */
function sample(center: number, n: number, spread = 0.1, seed = 7): number[] {
  const random = seededRandom(seed);
  return Array.from({ length: n }, (_, i) => center * (1 - spread + (2 * spread * i) / (n - 1))).sort(
    () => random() - 0.5,
  );
}

describe('seededRandom', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const c = seededRandom(43);
    const first = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('is roughly uniform', () => {
    const random = seededRandom(1);
    const draws = Array.from({ length: 20_000 }, () => random());
    const mean = draws.reduce((s, x) => s + x, 0) / draws.length;
    expect(mean).toBeGreaterThan(0.49);
    expect(mean).toBeLessThan(0.51);
    expect(draws.filter((x) => x < 0.1).length / draws.length).toBeCloseTo(0.1, 1);
  });
});

describe('bootstrapMedianRatio', () => {
  const base = sample(50, 40);
  const head = sample(40, 40, 0.1, 9);

  it('gives the same interval for the same seed, and the ratio of the sample medians', () => {
    const first = bootstrapMedianRatio(base, head, { seed: 3 });
    expect(first).toEqual(bootstrapMedianRatio(base, head, { seed: 3 }));
    expect(first?.ratio).toBeCloseTo(0.8, 10);
    expect(first).toMatchObject({ confidence: 0.95, resamples: 2000 });
    const other = bootstrapMedianRatio(base, head, { seed: 4 });
    expect(other?.lower).not.toBe(first?.lower);
  });

  it('pins the interval for a fixed seed', () => {
    const interval = bootstrapMedianRatio([10, 11, 12, 13, 14], [20, 22, 24, 26, 28], { seed: 1 });
    expect(interval?.ratio).toBe(2);
    // The median of 5 resampled values is always one of the values, so the ends are ratios of them.
    expect(interval?.lower).toBeGreaterThanOrEqual(20 / 14);
    expect(interval?.upper).toBeLessThanOrEqual(28 / 10);
    // Pinned for seed 1: 22/14 and 28/11.
    expect(interval?.lower).toBeCloseTo(22 / 14, 12);
    expect(interval?.upper).toBeCloseTo(28 / 11, 12);
  });

  it('contains the true ratio for clear data and excludes 1', () => {
    const interval = bootstrapMedianRatio(base, head, { seed: 1 });
    expect(interval?.lower).toBeLessThan(0.8);
    expect(interval?.upper).toBeGreaterThan(0.8);
    expect(interval?.upper).toBeLessThan(1);
  });

  it('narrows as the confidence drops', () => {
    const wide = bootstrapMedianRatio(base, head, { seed: 1, confidence: 0.99 });
    const narrow = bootstrapMedianRatio(base, head, { seed: 1, confidence: 0.8 });
    expect((narrow?.upper ?? 0) - (narrow?.lower ?? 0)).toBeLessThan((wide?.upper ?? 0) - (wide?.lower ?? 0));
  });

  it('gives no interval when a side has no usable value', () => {
    expect(bootstrapMedianRatio([], [1, 2, 3])).toBeNull();
    expect(bootstrapMedianRatio([1, 2, 3], [])).toBeNull();
    // Zero, negative and non-finite values are absent figures, not speeds.
    expect(bootstrapMedianRatio([0, 0], [1, 2])).toBeNull();
    expect(bootstrapMedianRatio([Number.NaN, -1], [1])).toBeNull();
  });

  it('gives a point interval for one value per side', () => {
    expect(bootstrapMedianRatio([4], [5], { resamples: 10 })).toEqual({
      ratio: 1.25,
      lower: 1.25,
      upper: 1.25,
      confidence: 0.95,
      resamples: 10,
    });
  });

  it('refuses nonsense options', () => {
    expect(() => bootstrapMedianRatio([1], [1], { resamples: 0 })).toThrow('resamples');
    expect(() => bootstrapMedianRatio([1], [1], { confidence: 1 })).toThrow('confidence');
  });
});
