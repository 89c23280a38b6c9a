import { decodeTokensPerSecond } from './aggregate.js';
import { ranRows } from './row-verdict.js';
import {
  accuracyEstimate,
  passAtKs,
  rowPassRates,
  type AccuracyEstimate,
  type RowPassRate,
} from './pass-rates.js';
import { describe } from './statistics.js';
import type { Generation } from '../ports.js';
import type { ModelRun, RowResult } from './types.js';

/**
 * How far apart the repeats of one row are, relative to their median ((max - min) / median), over
 * the rows with at least two answered repeats: the run-to-run noise a speed figure carries.
 */
export interface RepeatSpread {
  /** Rows with two or more answered repeats. */
  rows: number;
  /** Median and largest relative spread among them; null when no row was answered twice. */
  median: number | null;
  max: number | null;
}

export const SPREAD_FIGURES = {
  decode_tokens_per_second: (g: Generation): number | null => decodeTokensPerSecond(g),
  time_to_first_token_ms: (g: Generation): number | null => g.timeToFirstTokenMs,
  total_duration_ms: (g: Generation): number | null =>
    g.totalDurationNs > 0 ? g.totalDurationNs / 1e6 : null,
} as const;
export type SpreadFigure = keyof typeof SPREAD_FIGURES;

/** The spread of a run in which no row was answered twice. */
const NO_SPREAD: RepeatSpread = { rows: 0, median: null, max: null };

export function repeatSpread(
  results: readonly RowResult[],
  read: (g: Generation) => number | null,
): RepeatSpread {
  const byRow = new Map<number, number[]>();
  for (const result of results) {
    const value = result.generation === null ? null : read(result.generation);
    if (value === null || !Number.isFinite(value)) continue;
    const values = byRow.get(result.index);
    if (values === undefined) byRow.set(result.index, [value]);
    else values.push(value);
  }
  const spreads: number[] = [];
  for (const values of byRow.values()) {
    const d = describe(values);
    if (d.n < 2 || d.median === null || d.median <= 0 || d.min === null || d.max === null) continue;
    spreads.push((d.max - d.min) / d.median);
  }
  const d = describe(spreads);
  return { rows: d.n, median: d.median, max: d.max };
}

/** A target's figures over its repeats: per-row pass rates, accuracy with its interval, pass@k. */
export interface RepeatFigures {
  repeat: number;
  rows: RowPassRate[];
  estimate: AccuracyEstimate;
  passAtK: Record<string, number>;
  spread: Record<SpreadFigure, RepeatSpread>;
}

export function repeatFigures(model: ModelRun, repeat: number): RepeatFigures {
  const rows = rowPassRates(model.rows);
  // A row asked once has no spread: no need to group a large run's results by row to find that.
  const spreadOf = (read: (g: Generation) => number | null): RepeatSpread =>
    repeat < 2 ? NO_SPREAD : repeatSpread(model.rows, read);
  return {
    repeat,
    rows,
    estimate: accuracyEstimate(rows),
    passAtK: passAtKs(rows, repeat),
    spread: {
      decode_tokens_per_second: spreadOf(SPREAD_FIGURES.decode_tokens_per_second),
      time_to_first_token_ms: spreadOf(SPREAD_FIGURES.time_to_first_token_ms),
      total_duration_ms: spreadOf(SPREAD_FIGURES.total_duration_ms),
    },
  };
}

/** A model × variant table of success rates (mean per-row pass rate); null without a sweep. */
export interface SuccessHeatmap {
  /** The swept options, in the sweep's order. */
  options: string[];
  /** Row labels: the models as given. */
  models: string[];
  /** Column labels: the variants' names (`temperature=0.5`). */
  variants: string[];
  /** successRate[model][variant]; null where the variant did not run (unavailable, skipped). */
  successRate: (number | null)[][];
}

export function successHeatmap(
  models: readonly ModelRun[],
  options: readonly string[],
): SuccessHeatmap | null {
  if (!models.some((model) => model.ref.variant)) return null;
  const names = [...new Set(models.map((model) => model.ref.spec))];
  const variants = [
    ...new Set(models.flatMap((model) => (model.ref.variant ? [model.ref.variant.name] : []))),
  ];
  const successRate = names.map((name) =>
    variants.map((variant) => {
      const model = models.find((m) => m.ref.spec === name && m.ref.variant?.name === variant);
      if (!model || !ranRows(model.status)) return null;
      return accuracyEstimate(rowPassRates(model.rows)).accuracy;
    }),
  );
  return { options: [...options], models: names, variants, successRate };
}
