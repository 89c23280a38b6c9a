import { ranRows } from '../core/row-verdict.js';
import type { ModelReport, ResultReport } from './report-schema.js';

/**
 * Figures read back from a report for the renderers of its other formats: a figure the report
 * lacks (an errored row, a model that never answered) is null, never 0 or NaN.
 */

/** A number as text with `digits` decimals, or `–` when there is none. */
export function figureText(value: number | null | undefined, digits: number): string {
  return typeof value === 'number' && Number.isFinite(value) ? value.toFixed(digits) : '–';
}

/** A fraction as a percentage with one decimal, or `–`. */
export function percentText(fraction: number | null | undefined): string {
  return typeof fraction === 'number' && Number.isFinite(fraction) ? `${(fraction * 100).toFixed(1)}%` : '–';
}

/** Whether the model's rows were (at least partly) run, so its figures mean something. */
export function modelRan(model: ModelReport): boolean {
  return ranRows(model.status);
}

/** Rows run: all but those an interruption left not run. */
export function rowsRun(model: ModelReport): number {
  return model.results.length - (model.not_run_count ?? 0);
}

/** Accuracy over the rows run, or null when none ran (the report's own field says 0 then). */
export function modelAccuracy(model: ModelReport): number | null {
  const judged = rowsRun(model) - (model.no_expectation_count ?? 0);
  return modelRan(model) && judged > 0 ? model.accuracy : null;
}

/** A model's accuracy as text: a percentage, `–`, or "no expectation" when nothing it answered was judged. */
export function accuracyCellText(model: ModelReport): string {
  const judged = rowsRun(model) - (model.no_expectation_count ?? 0);
  return modelRan(model) && judged === 0 && (model.no_expectation_count ?? 0) > 0
    ? 'no expectation'
    : percentText(modelAccuracy(model));
}

/** Whether the server answered the row, so its timings are the server's and not placeholders. */
export function answered(result: ResultReport): boolean {
  return result.prompt_response.errored !== true && result.status !== 'not_run';
}

/** Per-row figures, null where the row has none. */
export const ROW_FIGURES = {
  decodeTokensPerSecond: (r: ResultReport): number | null =>
    answered(r) && r.prompt_response.eval_count !== undefined ? r.prompt_response.tokens_per_second : null,
  timeToFirstTokenMs: (r: ResultReport): number | null =>
    answered(r) ? (r.prompt_response.time_to_first_token_ms ?? null) : null,
  totalDurationMs: (r: ResultReport): number | null =>
    answered(r) ? r.prompt_response.total_duration_ms : null,
} as const;
export type RowFigure = keyof typeof ROW_FIGURES;

/** The row's values of one figure, those it lacks left out. */
export function rowValues(model: ModelReport, figure: RowFigure): number[] {
  return model.results
    .map(ROW_FIGURES[figure])
    .filter((value): value is number => value !== null && Number.isFinite(value));
}

/** The model's name as a reader tells the models apart: its spec, and the variant when a sweep made one. */
export function modelLabel(model: ModelReport & { variant?: string | null }): string {
  return typeof model.variant === 'string' && model.variant !== ''
    ? `${model.model} (${model.variant})`
    : model.model;
}
