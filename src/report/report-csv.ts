import { stringify } from 'csv-stringify/sync';
import { modelAccuracy, ROW_FIGURES, rowsRun } from './report-figures.js';
import type { ModelReport, Report, ResultReport } from './report-schema.js';

/**
 * The report as CSV for spreadsheets and data tools: one record per result, and one per model.
 * A figure the report lacks is an empty cell. Text that a spreadsheet would run as a formula
 * (starting with `=`, `+`, `-`, `@`, tab or carriage return) gets a leading `'`: model output is
 * untrusted, and a cell must never compute on the reader's machine.
 */
const OPTIONS = {
  header: true,
  escape_formulas: true,
  cast: { boolean: (value: boolean) => String(value) },
} as const;

const RESULT_COLUMNS = {
  model: (m: ModelReport) => m.model,
  variant: (m: ModelReport) => variantOf(m),
} as const;

const ROW_COLUMNS = {
  index: (r: ResultReport) => r.index,
  repeat: (r: ResultReport) => r.repeat ?? 1,
  yaml_line: (r: ResultReport) => r.yaml_line,
  status: (r: ResultReport) => r.status,
  correct: (r: ResultReport) => r.correct,
  reason: (r: ResultReport) => r.reason,
  expected_result: (r: ResultReport) => r.expected_result,
  execution_result: (r: ResultReport) => r.execution_result,
  comparison: (r: ResultReport) => r.comparison ?? null,
  error: (r: ResultReport) => r.prompt_response.error,
  error_kind: (r: ResultReport) => r.error_kind ?? null,
  decode_tokens_per_second: ROW_FIGURES.decodeTokensPerSecond,
  time_to_first_token_ms: ROW_FIGURES.timeToFirstTokenMs,
  total_duration_ms: ROW_FIGURES.totalDurationMs,
  eval_count: (r: ResultReport) => r.prompt_response.eval_count ?? null,
  prompt_eval_count: (r: ResultReport) => r.prompt_response.prompt_eval_count ?? null,
  attempts: (r: ResultReport) => r.prompt_response.attempts,
  exit_code: (r: ResultReport) => r.execution?.exit_code ?? null,
  code_language: (r: ResultReport) => r.code_language,
  extracted_code: (r: ResultReport) => r.extracted_code,
  dynamic_variables: (r: ResultReport) => JSON.stringify(r.dynamic_variables),
} as const;

/** Every result, one record each, in the report's order (model by model). */
export function renderResultsCsv(report: Report): string {
  const columns = [...Object.keys(RESULT_COLUMNS), ...Object.keys(ROW_COLUMNS)];
  const records = report.models.flatMap((model) =>
    model.results.map((result) => [
      ...Object.values(RESULT_COLUMNS).map((cell) => cell(model)),
      ...Object.values(ROW_COLUMNS).map((cell) => cell(result)),
    ]),
  );
  return stringify(records, { ...OPTIONS, columns });
}

const MODEL_COLUMNS = {
  status: (m: ModelReport) => m.status,
  error: (m: ModelReport) => m.error,
  rows: (m: ModelReport) => m.results.length,
  rows_run: rowsRun,
  passed: (m: ModelReport) => m.passed_count,
  failed: (m: ModelReport) => m.failed_count,
  errored: (m: ModelReport) => m.errored_count,
  timed_out: (m: ModelReport) => m.timed_out_count,
  not_run: (m: ModelReport) => m.not_run_count ?? 0,
  accuracy: modelAccuracy,
  decode_tokens_per_second_median: (m: ModelReport) => m.decode_tokens_per_second.median,
  time_to_first_token_ms_median: (m: ModelReport) => m.time_to_first_token_ms.median,
  total_duration_ms_median: (m: ModelReport) => m.total_duration_ms.median,
  warmup_load_duration_ms: (m: ModelReport) => m.warmup_load_duration_ms,
} as const;

/** One record per model: counts, accuracy over the rows run (empty when none ran), medians of the speeds. */
export function renderModelsCsv(report: Report): string {
  const cells = { ...RESULT_COLUMNS, ...MODEL_COLUMNS };
  const records = report.models.map((model) => Object.values(cells).map((cell) => cell(model)));
  return stringify(records, { ...OPTIONS, columns: Object.keys(cells) });
}

/** A sweep's variant of a model (another branch adds it to the report); null before sweeps. */
function variantOf(model: ModelReport): string | null {
  const variant = (model as { variant?: unknown }).variant;
  return typeof variant === 'string' ? variant : null;
}
