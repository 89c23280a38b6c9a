/** What choosing a baseline reads of a report. */
export interface BaselineCandidate {
  report: { benchmark_name: string; started_at?: string | null | undefined };
}

/**
 * The baseline for a benchmark: among the candidates with the same `benchmark_name`, the one that
 * started last (a report without a readable start time loses to any that has one). Null when no
 * candidate ran that benchmark.
 */
export function pickBaseline<T extends BaselineCandidate>(
  candidates: readonly T[],
  benchmarkName: string,
): T | null {
  let best: T | null = null;
  let bestTime = Number.NEGATIVE_INFINITY;
  for (const candidate of candidates) {
    if (candidate.report.benchmark_name !== benchmarkName) continue;
    const time = Date.parse(candidate.report.started_at ?? '');
    const comparable = Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
    if (best === null || comparable > bestTime) {
      best = candidate;
      bestTime = comparable;
    }
  }
  return best;
}
