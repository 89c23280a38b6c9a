import { OUTPUTS } from '../constants.js';
import { modelFigures } from '../core/aggregate.js';
import type { BenchmarkRun } from '../core/types.js';
import type { RenderedComparison } from '../report/comparison-markdown.js';
import { targetName } from '../core/run-targets.js';
import { isJudged } from '../core/row-verdict.js';

type OutputValues = Record<(typeof OUTPUTS)[keyof typeof OUTPUTS], string>;

/** The step's outputs for the runs that wrote a report and their comparisons with a baseline. */
export function actionOutputs(
  results: readonly { run: BenchmarkRun; reportPath: string }[],
  summary: string,
  comparisons: readonly RenderedComparison[] = [],
): OutputValues {
  // Rows an interrupted run did not reach, and answers with nothing to judge, are neither passed nor failed.
  const rows = results
    .flatMap(({ run }) => run.models.flatMap((model) => model.rows))
    .filter((row) => isJudged(row.status));
  const correct = rows.filter((row) => row.correct).length;
  const passed = rows.filter((row) => row.status === 'passed').length;
  const perModel = results.flatMap(({ run }) =>
    run.models.map((model) => {
      const f = modelFigures(model);
      return {
        benchmark: run.benchmark.benchmarkName,
        model: targetName(model.ref),
        status: model.status,
        accuracy: round(f.accuracy),
        rows: f.rows,
        passed: f.passed,
        failed: f.failed,
        errored: f.errored,
        timed_out: f.timedOut,
        not_run: f.notRun,
        decode_tokens_per_second: round(f.decodeTokensPerSecond.median),
        time_to_first_token_ms: round(f.timeToFirstTokenMs.median),
        total_duration_ms: round(f.totalDurationMs.median),
        warmup_load_duration_ms: round(f.warmupLoadDurationMs),
        error: model.error,
      };
    }),
  );
  return {
    [OUTPUTS.reportPath]: results.map((r) => r.reportPath).join('\n'),
    [OUTPUTS.accuracy]: String(round(rows.length === 0 ? 0 : correct / rows.length)),
    [OUTPUTS.passed]: String(passed),
    [OUTPUTS.failed]: String(rows.length - passed),
    [OUTPUTS.summary]: summary,
    [OUTPUTS.results]: JSON.stringify(perModel),
    [OUTPUTS.regressed]: String(comparisons.some(({ comparison }) => comparison.regressed)),
    [OUTPUTS.comparison]: comparisonJson(comparisons),
  };
}

/** GitHub keeps at most 1 MB per output; the flipped rows' code and output are what can grow. */
const COMPARISON_OUTPUT_LIMIT = 512 * 1024;

/** Each comparison with the baseline it used; past the limit the flipped rows keep only their index. */
function comparisonJson(comparisons: readonly RenderedComparison[]): string {
  const full = JSON.stringify(
    comparisons.map(({ comparison, baseLabel }) => ({ baseline: baseLabel, ...comparison })),
  );
  if (full.length <= COMPARISON_OUTPUT_LIMIT) return full;
  return JSON.stringify(
    comparisons.map(({ comparison, baseLabel }) => ({
      baseline: baseLabel,
      ...comparison,
      models: comparison.models.map((model) => ({
        ...model,
        flipped: model.flipped.map((row) => ({ index: row.index })),
      })),
    })),
  );
}

function round(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10_000) / 10_000;
}
