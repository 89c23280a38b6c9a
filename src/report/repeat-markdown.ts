import { modelFigures } from '../core/aggregate.js';
import { ranRows } from '../core/row-verdict.js';
import { repeatFigures, successHeatmap, type RepeatSpread } from '../core/repeat-figures.js';
import { targetName } from '../core/run-targets.js';
import type { BenchmarkRun, ModelRun } from '../core/types.js';
import { escapeInline } from './markdown-text.js';

/** Markdown for repeats and sweeps: the pass-rate table and the success-rate heatmap. */

/** The five steps a heatmap cell is graded in, lowest first, each up to (not including) `below`. */
export const HEATMAP_STEPS = [
  { mark: '🟥', below: 0.2, words: 'under 20 %' },
  { mark: '🟧', below: 0.4, words: '20–40 %' },
  { mark: '🟨', below: 0.6, words: '40–60 %' },
  { mark: '🟩', below: 0.8, words: '60–80 %' },
  { mark: '🟦', below: Number.POSITIVE_INFINITY, words: '80 % and over' },
] as const;

export function heatmapMark(rate: number): string {
  return (HEATMAP_STEPS.find((step) => rate < step.below) ?? HEATMAP_STEPS[4]).mark;
}

/**
 * A model × variant table of success rates, each cell graded in five steps, with its legend; empty
 * without a sweep. With one swept option the columns are its values.
 */
export function heatmapMarkdown(run: BenchmarkRun): string[] {
  const heatmap = successHeatmap(run.models, Object.keys(run.plan?.sweep ?? {}));
  if (heatmap === null) return [];
  const single = heatmap.options.length === 1 ? heatmap.options[0] : undefined;
  const columns = heatmap.variants.map((variant) =>
    single !== undefined && variant.startsWith(`${single}=`) ? variant.slice(single.length + 1) : variant,
  );
  const title = `Success rate by ${heatmap.options.join(' × ') || 'variant'}`;
  const lines = [
    `**${escapeInline(title)}**`,
    '',
    row(['Model', ...columns].map(escapeInline)),
    `| --- | ${columns.map(() => ':---:').join(' | ')} |`,
    ...heatmap.models.map((model, m) =>
      row([
        escapeInline(model),
        ...(heatmap.successRate[m] ?? []).map((rate) =>
          rate === null ? '–' : `${heatmapMark(rate)} ${percent(rate, 0)}`,
        ),
      ]),
    ),
    '',
    `${HEATMAP_STEPS.map((step) => `${step.mark} ${step.words}`).join(' · ')} · – did not run. ` +
      'A cell is the mean per-row pass rate of that model at that setting.',
  ];
  return [lines.join('\n')];
}

/** With repeats: per target, accuracy with its interval, pass@k, and speed pooled over repeats. */
export function repeatsMarkdown(run: BenchmarkRun): string[] {
  const repeat = run.plan?.repeat ?? 1;
  if (repeat <= 1) return [];
  const ran = run.models.filter((model) => ranRows(model.status));
  if (ran.length === 0) return [];
  const ks = [1, 5, 10].filter((k) => k <= repeat);
  const header = [
    'Model',
    'Accuracy [95 % interval]',
    ...ks.map((k) => `pass@${k}`),
    'Decode tok/s median (p95)',
    'TTFT ms median (p95)',
    'Spread between repeats (decode, TTFT)',
  ];
  const lines = [
    `**Over ${repeat} repeats of each row**`,
    '',
    row(header.map(escapeInline)),
    `| --- | ${header
      .slice(1)
      .map(() => '---:')
      .join(' | ')} |`,
    ...ran.map((model) => repeatRow(model, repeat, ks)),
    '',
    'Accuracy is the mean per-row pass rate; its interval is a bootstrap over rows (repeats of a row are ' +
      'not independent), never narrower than the Wilson interval of all results pooled. pass@k is the unbiased estimator of Chen et al. (2021). Speeds pool every repeat; ' +
      "the spread is the median over rows of each row's (max − min) / median across its repeats.",
  ];
  return [lines.join('\n')];
}

function repeatRow(model: ModelRun, repeat: number, ks: readonly number[]): string {
  const figures = repeatFigures(model, repeat);
  const speed = modelFigures(model);
  const { accuracy, interval } = figures.estimate;
  const accuracyText =
    accuracy === null
      ? '–'
      : `${percent(accuracy, 1)}${interval ? ` [${percent(interval[0], 1)} – ${percent(interval[1], 1)}]` : ''}`;
  const pass = (k: number): string => {
    const value = figures.passAtK[String(k)];
    return value === undefined ? '–' : percent(value, 1);
  };
  const median = (d: { median: number | null; p95: number | null }, digits: number): string =>
    d.median === null ? '–' : `${d.median.toFixed(digits)} (${d.p95?.toFixed(digits) ?? '–'})`;
  return row([
    escapeInline(targetName(model.ref)),
    accuracyText,
    ...ks.map(pass),
    median(speed.decodeTokensPerSecond, 1),
    median(speed.timeToFirstTokenMs, 0),
    `${spreadText(figures.spread.decode_tokens_per_second)}, ${spreadText(figures.spread.time_to_first_token_ms)}`,
  ]);
}

function spreadText(spread: RepeatSpread): string {
  return spread.median === null ? '–' : percent(spread.median, 0);
}

function percent(value: number, digits: number): string {
  return `${(value * 100).toFixed(digits)}%`;
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}
