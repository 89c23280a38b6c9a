import { modelAccuracy, modelLabel, rowsRun } from './report-figures.js';
import type { ModelReport, Report } from './report-schema.js';

/**
 * One entry of github-action-benchmark's custom tools, as its README gives it: `name`, `unit` and
 * `value` required, `range` (the results' variance) and `extra` (tooltip text) optional.
 */
export interface BenchmarkActionEntry {
  name: string;
  unit: string;
  value: number;
  range?: string;
  extra?: string;
}

/**
 * The report's figures as github-action-benchmark's input: `biggerIsBetter` for its
 * `customBiggerIsBetter` tool (accuracy, decode speed), `smallerIsBetter` for
 * `customSmallerIsBetter` (time to first token, total time, warm-up load). An entry is named
 * `<benchmark> · <model> · <figure>`, stable from run to run so the action charts its history; a
 * figure the model lacks (it never answered) has no entry rather than a 0.
 */
export function benchmarkActionEntries(report: Report): {
  biggerIsBetter: BenchmarkActionEntry[];
  smallerIsBetter: BenchmarkActionEntry[];
} {
  const biggerIsBetter: BenchmarkActionEntry[] = [];
  const smallerIsBetter: BenchmarkActionEntry[] = [];
  for (const model of report.models) {
    const name = (figure: string): string => `${report.benchmark_name} · ${modelLabel(model)} · ${figure}`;
    const accuracy = modelAccuracy(model);
    if (accuracy !== null) {
      biggerIsBetter.push({
        name: name('accuracy'),
        unit: '%',
        value: round(accuracy * 100),
        extra: `${model.passed_count} of ${rowsRun(model)} rows passed`,
      });
    }
    pushMedian(biggerIsBetter, name('decode speed'), 'tokens/s', model.decode_tokens_per_second);
    pushMedian(smallerIsBetter, name('time to first token'), 'ms', model.time_to_first_token_ms);
    pushMedian(smallerIsBetter, name('total time per row'), 'ms', model.total_duration_ms);
    if (model.warmup_load_duration_ms !== null) {
      smallerIsBetter.push({
        name: name('warm-up load'),
        unit: 'ms',
        value: round(model.warmup_load_duration_ms),
      });
    }
  }
  return { biggerIsBetter, smallerIsBetter };
}

type Distribution = ModelReport['decode_tokens_per_second'];

/** The median, with the spread as `range` and the sample in `extra`. */
function pushMedian(into: BenchmarkActionEntry[], name: string, unit: string, d: Distribution): void {
  if (d.median === null) return;
  const spread = d.min !== null && d.max !== null ? { range: `${round(d.min)} – ${round(d.max)}` } : {};
  into.push({
    name,
    unit,
    value: round(d.median),
    ...spread,
    extra: `median of ${d.n} rows${d.p95 === null ? '' : `; p95 ${round(d.p95)}`}`,
  });
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
