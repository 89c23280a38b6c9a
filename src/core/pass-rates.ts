import { seededRandom } from './regression/bootstrap.js';
import { quantile, wilsonInterval } from './statistics.js';
import { isJudged } from './row-verdict.js';
import type { RowResult } from './types.js';

/** One benchmark row over its repeats: how often it was run (not_run left out) and passed. */
export interface RowPassRate {
  index: number;
  runs: number;
  passes: number;
  /** passes / runs; null when the row was never run. */
  passRate: number | null;
}

/** Per-row passes and pass rates, in row order. */
export function rowPassRates(results: readonly RowResult[]): RowPassRate[] {
  const byIndex = new Map<number, RowPassRate>();
  for (const result of results) {
    let row = byIndex.get(result.index);
    if (!row) {
      row = { index: result.index, runs: 0, passes: 0, passRate: null };
      byIndex.set(result.index, row);
    }
    if (!isJudged(result.status)) continue;
    row.runs += 1;
    if (result.correct) row.passes += 1;
    row.passRate = row.passes / row.runs;
  }
  return [...byIndex.values()].sort((a, b) => a.index - b.index);
}

/**
 * The unbiased estimator of pass@k of Chen et al. 2021 ("Evaluating Large Language Models Trained
 * on Code", eq. 1) for one problem with `n` samples of which `c` passed: 1 - C(n-c, k) / C(n, k),
 * computed as a product so large n does not overflow.
 */
export function passAtK(n: number, c: number, k: number): number {
  if (
    !(Number.isInteger(n) && Number.isInteger(c) && Number.isInteger(k)) ||
    k < 1 ||
    c < 0 ||
    c > n ||
    k > n
  )
    throw new RangeError(`pass@k needs whole numbers 0 ≤ c ≤ n and 1 ≤ k ≤ n, got n=${n}, c=${c}, k=${k}`);
  if (n - c < k) return 1;
  let allFail = 1;
  for (let i = n - c + 1; i <= n; i += 1) allFail *= 1 - k / i;
  return 1 - allFail;
}

/** The k reported: 1, and each of 5 and 10 that does not exceed the repeats. */
export function reportedKs(repeat: number): number[] {
  return [1, 5, 10].filter((k) => k === 1 || k <= repeat);
}

/**
 * pass@k averaged over the rows run at least k times, for each reported k; a k no row reaches is
 * left out. With one run per row pass@1 is the accuracy.
 */
export function passAtKs(rows: readonly RowPassRate[], repeat: number): Record<string, number> {
  const figures: Record<string, number> = {};
  for (const k of reportedKs(repeat)) {
    const values = rows.filter((row) => row.runs >= k).map((row) => passAtK(row.runs, row.passes, k));
    if (values.length > 0) figures[String(k)] = values.reduce((sum, v) => sum + v, 0) / values.length;
  }
  return figures;
}

/**
 * wilson: one run per row. bootstrap: rows resampled (reports written before the Wilson floor).
 * bootstrap_wilson_floor: with repeats, the row bootstrap widened to at least the Wilson interval of
 * the pooled results.
 */
export type AccuracyIntervalMethod = 'wilson' | 'bootstrap' | 'bootstrap_wilson_floor';

export interface AccuracyEstimate {
  /** The mean of the per-row pass rates (correct / run with one run per row); null when none ran. */
  accuracy: number | null;
  /** 95 % interval of the accuracy; null when no row ran. */
  interval: [number, number] | null;
  /** How the interval was computed; see AccuracyIntervalMethod. */
  method: AccuracyIntervalMethod;
}

export const ACCURACY_BOOTSTRAP_RESAMPLES = 2000;
const ACCURACY_BOOTSTRAP_SEED = 1;

/**
 * Accuracy with a 95 % interval. With one run per row every result is an independent trial and the
 * Wilson interval applies. Repeats of one row are not independent (a hard row fails every time), so
 * then rows are the unit: a percentile bootstrap of the mean per-row pass rate over rows resampled
 * with replacement, seeded so a report always shows the same interval. A bootstrap over a few rows
 * that all have the same pass rate has zero width (every resample has the same mean), which would
 * claim certainty three rows cannot give; so the interval is never narrower than the Wilson interval
 * of all results pooled (passes out of runs), the interval the results would have if they were
 * independent. Repeats are positively correlated at best, so the pooled Wilson interval is a lower
 * bound on the honest width, and the bootstrap widens it when rows disagree.
 */
export function accuracyEstimate(rows: readonly RowPassRate[]): AccuracyEstimate {
  const run = rows.filter((row): row is RowPassRate & { passRate: number } => row.passRate !== null);
  const repeated = run.some((row) => row.runs > 1);
  if (run.length === 0)
    return { accuracy: null, interval: null, method: repeated ? 'bootstrap_wilson_floor' : 'wilson' };
  const rates = Float64Array.from(run.map((row) => row.passRate));
  const accuracy = rates.reduce((sum, v) => sum + v, 0) / rates.length;
  if (!repeated) {
    const passes = run.reduce((sum, row) => sum + row.passes, 0);
    return { accuracy, interval: wilsonInterval(passes, run.length), method: 'wilson' };
  }
  const random = seededRandom(ACCURACY_BOOTSTRAP_SEED);
  const means = new Float64Array(ACCURACY_BOOTSTRAP_RESAMPLES);
  const n = rates.length;
  for (let i = 0; i < means.length; i += 1) {
    let sum = 0;
    for (let j = 0; j < n; j += 1) sum += rates[Math.floor(random() * n)] as number;
    means[i] = sum / n;
  }
  means.sort();
  const passes = run.reduce((sum, row) => sum + row.passes, 0);
  const runs = run.reduce((sum, row) => sum + row.runs, 0);
  const [floorLow, floorHigh] = wilsonInterval(passes, runs) ?? [accuracy, accuracy];
  return {
    accuracy,
    interval: [Math.min(quantile(means, 0.025), floorLow), Math.max(quantile(means, 0.975), floorHigh)],
    method: 'bootstrap_wilson_floor',
  };
}
