export interface Distribution {
  n: number;
  mean: number | null;
  median: number | null;
  p95: number | null;
  min: number | null;
  max: number | null;
}

/** Summary of a sample; every figure is null for an empty sample, never NaN or 0. */
export function describe(values: readonly number[]): Distribution {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return { n: 0, mean: null, median: null, p95: null, min: null, max: null };
  const sorted = [...finite].sort((a, b) => a - b);
  return {
    n: sorted.length,
    mean: sorted.reduce((sum, v) => sum + v, 0) / sorted.length,
    median: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    min: sorted[0] ?? null,
    max: sorted.at(-1) ?? null,
  };
}

/** Linear interpolation between closest ranks (R type 7, NumPy's default) on sorted values. */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) throw new Error('quantile of an empty sample');
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const low = sorted[lower] as number;
  const high = sorted[upper] as number;
  return low + (high - low) * (position - lower);
}

export function mean(values: readonly number[]): number | null {
  return describe(values).mean;
}

/** z of the two-sided 95 % normal interval. */
export const Z_95 = 1.959963984540054;

/**
 * Wilson score interval of a proportion, `successes` out of `trials` (Wilson 1927; Newcombe 1998,
 * method 3): unlike the normal ("Wald") interval it stays within [0, 1] and is not empty at 0 % or
 * 100 %. Null for no trials.
 */
export function wilsonInterval(successes: number, trials: number, z: number = Z_95): [number, number] | null {
  if (trials <= 0) return null;
  const p = successes / trials;
  const z2 = z * z;
  const centre = p + z2 / (2 * trials);
  const half = z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  const denominator = 1 + z2 / trials;
  // At 0 % and 100 % the bound is exactly 0 or 1; rounding would otherwise leave 0.9999999999999999.
  const low = successes === 0 ? 0 : Math.max(0, (centre - half) / denominator);
  const high = successes === trials ? 1 : Math.min(1, (centre + half) / denominator);
  return [low, high];
}
