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
