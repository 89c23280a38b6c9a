import { ENGINE_LABELS } from '../core/server-registry.js';
import { modelFigures, type ModelFigures } from '../core/aggregate.js';
import type { BenchmarkRun, ModelRun, RowResult } from '../core/types.js';
import { EXBENCH_VERSION } from '../version.js';
import { byteLength, escapeHtml, fenced, longestBacktickRun } from './markdown-text.js';
import { escapeControls } from './safe-text.js';

export interface RenderedRun {
  run: BenchmarkRun;
  /** The report's path as the reader should see it (relative to the workspace, say). */
  reportPath: string;
}

export interface MarkdownOptions {
  /**
   * Upper bound in UTF-8 bytes. Bytes are never fewer than characters, so one measure serves both
   * the job summary (1 MiB) and the PR comment (65,536 characters).
   */
  maxLength: number;
  title?: string;
  /** Problems to show above the results (a benchmark file that could not be read, say). */
  problems?: string[];
  /** Defaults to this build's version; tests pin it. */
  exbenchVersion?: string;
}

/** How much of each failing row to show, from generous to none. */
interface DetailLevel {
  rowsPerModel: number;
  codeChars: number;
  outputChars: number;
}

const DETAIL_LEVELS: readonly DetailLevel[] = [
  { rowsPerModel: Number.POSITIVE_INFINITY, codeChars: 4000, outputChars: 2000 },
  { rowsPerModel: 50, codeChars: 2000, outputChars: 1000 },
  { rowsPerModel: 20, codeChars: 1000, outputChars: 600 },
  { rowsPerModel: 10, codeChars: 600, outputChars: 300 },
  { rowsPerModel: 5, codeChars: 300, outputChars: 200 },
  { rowsPerModel: 2, codeChars: 160, outputChars: 120 },
  { rowsPerModel: 0, codeChars: 0, outputChars: 0 },
];

/**
 * The results as GitHub-flavoured markdown, one renderer for the job summary and the PR comment.
 * Per benchmark: a table of per-model figures, then the rows that did not pass in collapsed
 * sections. To stay under `maxLength` the failure details shrink (fewer rows, shorter code and
 * output) and finally go; the tables are never cut.
 */
export function renderMarkdown(runs: readonly RenderedRun[], options: MarkdownOptions): string {
  let smallest = '';
  for (const level of DETAIL_LEVELS) {
    smallest = renderAt(runs, options, level);
    if (byteLength(smallest) <= options.maxLength) return smallest;
  }
  return renderAt(runs, options, null) || smallest;
}

function renderAt(runs: readonly RenderedRun[], options: MarkdownOptions, level: DetailLevel | null): string {
  const parts: string[] = [`## ${escapeInline(options.title ?? 'exbench results')}`];
  for (const problem of options.problems ?? []) {
    parts.push(`> [!WARNING]\n> ${escapeInline(problem)}`);
  }
  for (const { run, reportPath } of runs) {
    parts.push(renderRun(run, reportPath, level));
  }
  if (runs.length === 0 && (options.problems ?? []).length === 0) parts.push('No benchmark ran.');
  parts.push(footer(runs, options.exbenchVersion ?? EXBENCH_VERSION));
  return `${parts.join('\n\n')}\n`;
}

const HEADER = [
  'Model',
  'Accuracy (passed/total)',
  'Failed',
  'Errored',
  'Timed out',
  'Decode tok/s (median)',
  'TTFT ms (median)',
  'Load ms (warm-up)',
  'Total ms (median)',
];

function renderRun(run: BenchmarkRun, reportPath: string, level: DetailLevel | null): string {
  const { benchmark } = run;
  const figures = run.models.map((model) => (hasRows(model) ? modelFigures(model) : null));
  const best = bestOf(figures);
  const lines = [
    `### ${escapeInline(benchmark.benchmarkName)}`,
    '',
    `${plural(benchmark.rows.length, 'row')} · evaluator \`${run.evaluator.name}\` · report ${code(reportPath)}`,
    '',
    tableRow(HEADER.map(escapeCell)),
    `| --- | ${HEADER.slice(1)
      .map(() => '---:')
      .join(' | ')} |`,
    ...run.models.map((model, i) => tableRow(modelCells(model, figures[i] ?? null, best))),
  ];
  const legend = best.size > 0 ? [BEST_LEGEND] : [];
  const warnings = runWarnings(run).map((warning) => `> [!WARNING]\n> ${escapeInline(warning)}`);
  // A model that did not run has its reason in the table; its rows would only repeat it.
  const ran = run.models.filter(hasRows);
  const sections = level === null ? [] : ran.map((model) => failureSection(model, level));
  return [...warnings, lines.join('\n'), ...legend, ...sections.filter((s) => s !== '')].join('\n\n');
}

/** Whether a model's rows were (at least partly) run, so its figures mean something. */
function hasRows(model: ModelRun): boolean {
  return model.status === 'completed' || model.status === 'interrupted';
}

/** An interruption and a sandbox fallback, which a reader must see before the figures. */
export function runWarnings(run: BenchmarkRun): string[] {
  const warnings: string[] = [];
  if (run.status === 'interrupted') {
    const notRun = run.models.flatMap((model) => model.rows).filter((row) => row.status === 'not_run');
    warnings.push(
      `The run was interrupted: ${plural(notRun.length, 'row')} not run (counted apart, not as failed).`,
    );
  }
  if (run.sandbox.warning !== null) warnings.push(run.sandbox.warning);
  return warnings;
}

/** The columns a leaderboard mark can go to, and which way is better. */
const RANKED = {
  accuracy: { higherIsBetter: true, digits: 3 },
  decode: { higherIsBetter: true, digits: 1 },
  ttft: { higherIsBetter: false, digits: 0 },
} as const;
type RankedColumn = keyof typeof RANKED;

const BEST_MARK = '🏆';
const BEST_LEGEND =
  `${BEST_MARK} best of the models above: most accurate, fastest decode, quickest first token ` +
  '(marked when at least two models have the figure and they differ; ties for best are all marked).';

function rankedValue(figures: ModelFigures, column: RankedColumn): number | null {
  switch (column) {
    case 'accuracy':
      return figures.accuracy;
    case 'decode':
      return figures.decodeTokensPerSecond.median;
    case 'ttft':
      return figures.timeToFirstTokenMs.median;
  }
}

/**
 * The best value per column among models that have it, when at least two do. Values are compared
 * as shown (rounded to the digits in the table), so two figures that read the same tie.
 */
function bestOf(figures: readonly (ModelFigures | null)[]): Map<RankedColumn, number> {
  const best = new Map<RankedColumn, number>();
  for (const column of Object.keys(RANKED) as RankedColumn[]) {
    const { higherIsBetter, digits } = RANKED[column];
    const values = figures
      .map((f) => (f === null ? null : rankedValue(f, column)))
      .filter((v): v is number => v !== null)
      .map((v) => rounded(v, digits));
    const top = higherIsBetter ? Math.max(...values) : Math.min(...values);
    // With fewer than two figures, or all of them equal, a mark would single nobody out.
    if (values.length < 2 || values.every((v) => v === top)) continue;
    best.set(column, top);
  }
  return best;
}

function isBest(
  figures: ModelFigures,
  column: RankedColumn,
  best: ReadonlyMap<RankedColumn, number>,
): boolean {
  const value = rankedValue(figures, column);
  const top = best.get(column);
  return value !== null && top !== undefined && rounded(value, RANKED[column].digits) === top;
}

function rounded(value: number, digits: number): number {
  return Number(value.toFixed(digits));
}

/** A table row's cells, already escaped (the best marks are markdown of our own). */
function modelCells(
  model: ModelRun,
  f: ModelFigures | null,
  best: ReadonlyMap<RankedColumn, number>,
): string[] {
  const spec = escapeCell(model.ref.spec);
  if (f === null) {
    const why = model.error === null ? model.status : `${model.status}: ${clip(model.error, 200)}`;
    return [spec, escapeCell(why), '–', '–', '–', '–', '–', '–', '–'];
  }
  const mark = (text: string, column: RankedColumn): string =>
    isBest(f, column, best) ? `**${text}** ${BEST_MARK}` : text;
  const accuracy = f.accuracy === null ? '–' : `${(f.accuracy * 100).toFixed(1)}%`;
  return [
    spec,
    `${mark(accuracy, 'accuracy')} (${f.passed}/${f.rows - f.notRun}${f.notRun > 0 ? `, ${f.notRun} not run` : ''})`,
    String(f.failed),
    String(f.errored),
    String(f.timedOut),
    mark(fixed(f.decodeTokensPerSecond.median, 1), 'decode'),
    mark(fixed(f.timeToFirstTokenMs.median, 0), 'ttft'),
    fixed(f.warmupLoadDurationMs, 0),
    fixed(f.totalDurationMs.median, 0),
  ];
}

/** Cells must be escaped already. */
function tableRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function failureSection(model: ModelRun, level: DetailLevel): string {
  const failing = model.rows.filter((row) => row.status !== 'passed' && row.status !== 'not_run');
  if (failing.length === 0) return '';
  const shown = failing.slice(0, level.rowsPerModel);
  const left = failing.length - shown.length;
  const body = shown.map((row) => failureDetail(row, level));
  if (left > 0) {
    body.push(
      `_${left} more row${left === 1 ? '' : 's'} left out to keep this under GitHub's size limit; ` +
        'every row is in the JSON report._',
    );
  }
  return [
    '<details>',
    `<summary>${escapeHtml(model.ref.spec)}: ${plural(failing.length, 'row')} did not pass</summary>`,
    '',
    body.join('\n\n'),
    '',
    '</details>',
  ].join('\n');
}

function failureDetail(row: RowResult, level: DetailLevel): string {
  const where = row.line === null ? '' : ` (line ${row.line})`;
  const status = row.status.replace('_', ' ');
  const lines = [
    `**Row ${row.index}${where}: ${status}**${row.reason ? ` — ${escapeInline(row.reason)}` : ''}`,
  ];
  const variables = Object.entries(row.variables);
  if (variables.length > 0) {
    lines.push(
      '',
      ...variables.map(([name, value]) => `- ${escapeInline(name)}: ${escapeInline(clip(value, 300))}`),
    );
  }
  lines.push('', `Expected: ${escapeInline(clip(expectationText(row.expectation), 300))}`);
  if (row.error !== null) lines.push('', `Server error: ${escapeInline(clip(row.error, 500))}`);
  if (level.codeChars > 0) {
    if (row.extraction !== null) {
      lines.push('', fenced(head(row.extraction.code, level.codeChars), row.extraction.language || 'python'));
    }
    if (row.output !== '') lines.push('', 'Output:', '', fenced(tail(row.output, level.outputChars), 'text'));
    const stderr = row.execution?.stderr ?? '';
    if (stderr !== '') lines.push('', 'Stderr:', '', fenced(tail(stderr, level.outputChars), 'text'));
  }
  return lines.join('\n');
}

/** `Ollama 0.12.3`, `llama-server b6500`: each engine the run used (Ollama's alone in older runs). */
function engineVersions(run: RenderedRun['run']): string[] {
  if (run.engines === undefined) return [`Ollama ${run.serverVersion}`];
  return run.engines.map((use) => `${ENGINE_LABELS[use.engine]} ${use.version}`);
}

function footer(runs: readonly RenderedRun[], exbenchVersion: string): string {
  const versions = [...new Set(runs.flatMap(({ run }) => engineVersions(run)))];
  const ollama = versions.length === 0 ? '' : ` · ${versions.map(escapeInline).join(', ')}`;
  return [
    '---',
    '',
    '<sub>Accuracy is correct rows over the rows run; errored and timed-out rows count as not passed, ' +
      'rows an interrupted run did not reach are counted apart. ' +
      'Speeds and times are medians over the rows the server answered: decode tok/s is the server-reported ' +
      'eval_count / eval_duration (llama-server: predicted_n / predicted_ms; a server that times nothing: ' +
      'timed by exbench from the first streamed token to the last), TTFT is measured by exbench from sending the request to the first ' +
      "streamed token, load is the server's load_duration for the untimed warm-up request, total is " +
      `the server's total_duration. exbench ${escapeInline(exbenchVersion)}${ollama}.</sub>`,
  ].join('\n');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function expectationText(expectation: RowResult['expectation']): string {
  return typeof expectation === 'string' ? expectation : JSON.stringify(expectation);
}

function fixed(value: number | null, digits: number): string {
  return value === null ? '–' : value.toFixed(digits);
}

/** Inline code that its content cannot close. */
function code(text: string): string {
  const clean = escapeControls(text.replace(/[\r\n]+/g, ' '));
  const longest = longestBacktickRun(clean);
  const ticks = '`'.repeat(longest + 1);
  return longest === 0 ? `${ticks}${clean}${ticks}` : `${ticks} ${clean} ${ticks}`;
}

function head(text: string, chars: number): string {
  if (text.length <= chars) return text;
  const cut = safeCut(text, chars);
  return `${text.slice(0, cut)}\n… (${text.length - cut} more characters)`;
}

function tail(text: string, chars: number): string {
  if (text.length <= chars) return text;
  const cut = safeCut(text, text.length - chars);
  return `… (${cut} characters before)\n${text.slice(cut)}`;
}

function clip(text: string, chars: number): string {
  return text.length <= chars ? text : `${text.slice(0, safeCut(text, chars))}…`;
}

/** A cut at `index` that does not split a surrogate pair (an emoji, say) into invalid halves. */
function safeCut(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff ? index - 1 : index;
}

/** Text that stays plain in a markdown line: no HTML, no emphasis or links, no line breaks. */
function escapeInline(text: string): string {
  return escapeHtml(text)
    .replace(/[\r\n]+/g, ' ')
    .replace(/([\\`*_[\]|#])/g, '\\$1');
}

function escapeCell(text: string): string {
  return escapeInline(text);
}
