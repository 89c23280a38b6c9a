/** What choosing a baseline reads of a report. */
export interface BaselineCandidate {
  report: { benchmark_name: string; started_at?: string | null | undefined; models?: readonly unknown[] };
}

/**
 * The baseline for a benchmark: among the candidates with the same `benchmark_name`, the one that
 * started last (a report without a readable start time loses to any that has one). Null when no
 * candidate ran that benchmark. Of reports that started at the same time the one with the most
 * models wins: a report folder holds the run's report and one report per model, all of one start.
 */
export function pickBaseline<T extends BaselineCandidate>(
  candidates: readonly T[],
  benchmarkName: string,
): T | null {
  let best: T | null = null;
  let bestTime = Number.NEGATIVE_INFINITY;
  let bestModels = 0;
  for (const candidate of candidates) {
    if (candidate.report.benchmark_name !== benchmarkName) continue;
    const time = Date.parse(candidate.report.started_at ?? '');
    const comparable = Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
    const models = candidate.report.models?.length ?? 0;
    if (best === null || comparable > bestTime || (comparable === bestTime && models > bestModels)) {
      best = candidate;
      bestTime = comparable;
      bestModels = models;
    }
  }
  return best;
}
