import { quantile } from '../statistics.js';

/**
 * mulberry32: a tiny 32-bit PRNG with a full 2^32 period, good enough for resampling and, unlike
 * Math.random, seeded, so the same reports always give the same interval and the same verdict.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface BootstrapOptions {
  /** Resamples drawn (default 2,000). */
  resamples?: number;
  /** Coverage of the interval (default 0.95). */
  confidence?: number;
  seed?: number;
}

export const DEFAULT_BOOTSTRAP_RESAMPLES = 2000;
export const DEFAULT_CONFIDENCE = 0.95;

export interface RatioInterval {
  /** median(head) / median(base) of the samples themselves. */
  ratio: number;
  lower: number;
  upper: number;
  confidence: number;
  resamples: number;
}

/**
 * Percentile bootstrap interval of median(head) / median(base). Each side is resampled on its own
 * (with replacement, same size), because a run's speed figures describe that run's distribution;
 * this ignores any pairing of rows, which widens the interval and so errs towards "unchanged".
 * Null when either side has no positive finite value (a ratio needs a positive base median).
 */
export function bootstrapMedianRatio(
  base: readonly number[],
  head: readonly number[],
  options: BootstrapOptions = {},
): RatioInterval | null {
  const resamples = options.resamples ?? DEFAULT_BOOTSTRAP_RESAMPLES;
  const confidence = options.confidence ?? DEFAULT_CONFIDENCE;
  if (!Number.isInteger(resamples) || resamples < 1)
    throw new RangeError(`resamples must be a whole number ≥ 1, got ${resamples}`);
  if (!(confidence > 0 && confidence < 1))
    throw new RangeError(`confidence must be between 0 and 1, got ${confidence}`);

  const baseValues = Float64Array.from(base.filter(isPositive));
  const headValues = Float64Array.from(head.filter(isPositive));
  if (baseValues.length === 0 || headValues.length === 0) return null;

  const random = seededRandom(options.seed ?? 1);
  const ratios = new Float64Array(resamples);
  const baseScratch = new Float64Array(baseValues.length);
  const headScratch = new Float64Array(headValues.length);
  for (let i = 0; i < resamples; i += 1) {
    ratios[i] =
      resampledMedian(headValues, headScratch, random) / resampledMedian(baseValues, baseScratch, random);
  }
  ratios.sort();
  const tail = (1 - confidence) / 2;
  return {
    ratio: sortedMedian(headValues.slice().sort()) / sortedMedian(baseValues.slice().sort()),
    lower: quantile(ratios, tail),
    upper: quantile(ratios, 1 - tail),
    confidence,
    resamples,
  };
}

function resampledMedian(values: Float64Array, scratch: Float64Array, random: () => number): number {
  for (let i = 0; i < values.length; i += 1) {
    scratch[i] = values[Math.floor(random() * values.length)] as number;
  }
  scratch.sort();
  return sortedMedian(scratch);
}

function sortedMedian(sorted: Float64Array): number {
  return quantile(sorted, 0.5);
}

function isPositive(value: number): boolean {
  return Number.isFinite(value) && value > 0;
}
