import { quantile } from '../statistics.js';

// Looked up once: in a sandboxed context such as jest's, every `Math.x` lookup in the hot loops below
// is a slow global access (30× slower in measurements), which made thousands of resamples crawl.
const { floor, imul } = Math;

/**
 * mulberry32: a tiny 32-bit PRNG with a full 2^32 period, good enough for resampling and, unlike
 * Math.random, seeded, so the same reports always give the same interval and the same verdict.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = imul(t ^ (t >>> 15), t | 1);
    t ^= t + imul(t ^ (t >>> 7), t | 61);
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
  const headSampler = medianResampler(headValues);
  const baseSampler = medianResampler(baseValues);
  for (let i = 0; i < resamples; i += 1) {
    ratios[i] = headSampler(random) / baseSampler(random);
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

/**
 * Draws a resample (n values with replacement) and returns its median, as sorting the resample and
 * taking `quantile(…, 0.5)` would, but in linear time: the draws are counted per value and the two
 * middle ranks found by walking the values in sorted order. Same draws, same median, several times
 * faster than sorting each resample, which is what lets a comparison afford thousands of them.
 */
function medianResampler(values: Float64Array): (random: () => number) => number {
  const n = values.length;
  const order = Int32Array.from(
    Array.from({ length: n }, (_, i) => i).sort((a, b) => (values[a] as number) - (values[b] as number)),
  );
  const counts = new Int32Array(n);
  const position = (n - 1) * 0.5;
  const lowerRank = Math.floor(position);
  const upperRank = Math.ceil(position);
  return (random) => {
    counts.fill(0);
    for (let i = 0; i < n; i += 1) {
      const drawn = floor(random() * n);
      counts[drawn] = (counts[drawn] as number) + 1;
    }
    let seen = 0;
    let low = 0;
    // Indexed loops only: iterator protocol and global lookups are slow in sandboxed contexts.
    for (let rank = 0; rank < n; rank += 1) {
      const index = order[rank] as number;
      const before = seen;
      seen += counts[index] as number;
      if (before <= lowerRank && seen > lowerRank) low = values[index] as number;
      if (seen > upperRank) {
        const high = values[index] as number;
        return low + (high - low) * (position - lowerRank);
      }
    }
    throw new Error('unreachable: the counts sum to n');
  };
}

function sortedMedian(sorted: Float64Array): number {
  return quantile(sorted, 0.5);
}

function isPositive(value: number): boolean {
  return Number.isFinite(value) && value > 0;
}
