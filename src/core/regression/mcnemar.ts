/**
 * Exact McNemar test on paired pass/fail: of the rows whose outcome differs between base and head
 * (the discordant pairs), how many went each way. Under "no change" each discordant row is a fair
 * coin, so the count that got worse is Binomial(discordant, 1/2) and the p-values are exact tail
 * sums. Concordant rows carry no information about the difference and do not enter the test.
 */
export interface McNemarResult {
  /** Rows that passed on base and fail on head (b). */
  worse: number;
  /** Rows that failed on base and pass on head (c). */
  better: number;
  discordant: number;
  /** Probability of a split at least this uneven, either way. */
  pTwoSided: number;
  /** One-sided: probability of at least `worse` rows getting worse by chance alone. */
  pHeadWorse: number;
  /** One-sided: probability of at least `better` rows getting better by chance alone. */
  pHeadBetter: number;
}

export function exactMcNemar(worse: number, better: number): McNemarResult {
  for (const [name, value] of [
    ['worse', worse],
    ['better', better],
  ] as const) {
    if (!Number.isInteger(value) || value < 0)
      throw new RangeError(`${name} must be a whole number ≥ 0, got ${value}`);
  }
  const n = worse + better;
  return {
    worse,
    better,
    discordant: n,
    pTwoSided: Math.min(1, 2 * binomialHalfAtMost(Math.min(worse, better), n)),
    pHeadWorse: binomialHalfAtLeast(worse, n),
    pHeadBetter: binomialHalfAtLeast(better, n),
  };
}

/** P(X ≥ k) for X ~ Binomial(n, 1/2). */
export function binomialHalfAtLeast(k: number, n: number): number {
  // Symmetric around n/2: P(X ≥ k) = P(X ≤ n − k).
  return binomialHalfAtMost(n - k, n);
}

/** P(X ≤ k) for X ~ Binomial(n, 1/2), summed in log space so large n neither underflows nor overflows. */
export function binomialHalfAtMost(k: number, n: number): number {
  if (k < 0) return 0;
  if (k >= n) return 1;
  const logHalfPowerN = -n * Math.LN2;
  const logTerms: number[] = [];
  let logChoose = 0; // log C(n, 0)
  for (let i = 0; i <= k; i += 1) {
    if (i > 0) logChoose += Math.log((n - i + 1) / i);
    logTerms.push(logChoose + logHalfPowerN);
  }
  const largest = Math.max(...logTerms);
  const sum = logTerms.reduce((total, term) => total + Math.exp(term - largest), 0);
  return Math.min(1, Math.exp(largest + Math.log(sum)));
}
