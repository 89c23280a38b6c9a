import { ENGINE_LABELS } from '../core/server-registry.js';
import type { BenchmarkRun, ModelRun, RowResult } from '../core/types.js';
import { EXBENCH_VERSION } from '../version.js';
import { byteLength, escapeHtml, escapeInline, fenced, longestBacktickRun } from './markdown-text.js';
import { heatmapMarkdown, repeatsMarkdown } from './repeat-markdown.js';
import { choiceMarkdown } from './choice-accuracy-table.js';
import { targetName } from '../core/run-targets.js';
import { escapeControls } from './safe-text.js';
import { accuracyChart } from './accuracy-chart.js';
import {
  AWARDS,
  awardsOf,
  buildLeaderboard,
  ranRows,
  type AwardKind,
  type Leaderboard,
  type RankedModel,
} from './leaderboard.js';
import { plural } from '../core/words.js';
import { runWarnings } from './run-warnings.js';
import { accuracyEstimate, rowPassRates } from '../core/pass-rates.js';
import { answerLanguage } from './answer-language.js';
import { fixed, percent } from './figure-text.js';
import { didNotPass } from '../core/row-verdict.js';
import { accuracyCount, accuracyText } from './accuracy-text.js';

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
  /** The uploaded report artifact's page, linked from each benchmark's report path. */
  artifactUrl?: string | null;
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
    parts.push(renderRun(run, reportPath, level, options.artifactUrl ?? null));
  }
  if (runs.length === 0 && (options.problems ?? []).length === 0) parts.push('No benchmark ran.');
  parts.push(footer(runs, options.exbenchVersion ?? EXBENCH_VERSION));
  return `${parts.join('\n\n')}\n`;
}

const HEADER = [
  'Rank',
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

/** Said only when requests overlapped: their speeds are not those of a serial run. */
function concurrencyNote(run: BenchmarkRun): string {
  const concurrency = run.settings.requestConcurrency;
  return concurrency > 1 ? ` · ${concurrency} requests at once (speeds are not those of a serial run)` : '';
}

function renderRun(
  run: BenchmarkRun,
  reportPath: string,
  level: DetailLevel | null,
  artifactUrl: string | null,
): string {
  const { benchmark } = run;
  const board = buildLeaderboard(run);
  const report = artifactUrl === null ? code(reportPath) : `[${code(reportPath)}](${artifactUrl})`;
  const lines = [
    `### ${escapeInline(benchmark.benchmarkName)}`,
    '',
    `${plural(benchmark.rows.length, 'row')}${(run.plan?.repeat ?? 1) > 1 ? ` × ${plural(run.plan?.repeat ?? 1, 'repeat')}` : ''}${concurrencyNote(run)} · evaluator \`${run.evaluator.name}\` · report ${report}`,
    '',
    tableRow(HEADER.map(escapeCell)),
    `| ---: | --- | ${HEADER.slice(2)
      .map(() => '---:')
      .join(' | ')} |`,
    ...board.ranked.map((entry) => tableRow(rankedCells(entry, awardsOf(board, entry.model)))),
    ...board.unranked.map((model) => tableRow(unrankedCells(model))),
  ];
  const awards = board.awards.length > 0 ? [awardsLine(board)] : [];
  const intervals = singleRunIntervals(run, board);
  const chart = accuracyChart(board);
  const repeats = [...choiceMarkdown(run), ...repeatsMarkdown(run), ...heatmapMarkdown(run)];
  const warnings = runWarnings(run).map((warning) => `> [!WARNING]\n> ${escapeInline(warning)}`);
  // A model that did not run has its reason in the table; its rows would only repeat it.
  const ran = run.models.filter(ranRows);
  const sections = level === null ? [] : ran.map((model) => failureSection(model, level, run.evaluator.name));
  return [
    ...warnings,
    lines.join('\n'),
    ...intervals,
    ...awards,
    ...(chart === null ? [] : [chart]),
    ...repeats,
    ...sections.filter((s) => s !== ''),
  ].join('\n\n');
}

/**
 * With one run per row, each ranked model's 95 % Wilson interval of accuracy in one line: at a few
 * rows it is wide, and a reader should see that before trusting a ranking. With repeats the
 * repeats table shows the interval.
 */
function singleRunIntervals(run: BenchmarkRun, board: Leaderboard): string[] {
  if ((run.plan?.repeat ?? 1) > 1 || board.ranked.length === 0) return [];
  const parts = board.ranked.flatMap(({ model }) => {
    const { interval } = accuracyEstimate(rowPassRates(model.rows));
    return interval === null
      ? []
      : [`${escapeInline(targetName(model.ref))} ${percent(interval[0])} – ${percent(interval[1])}`];
  });
  return parts.length === 0 ? [] : [`95 % interval of accuracy (Wilson score): ${parts.join(' · ')}`];
}

const BEST_MARK = '🏆';

/** The awards in words: who won each, with the figure; ties name every winner. */
function awardsLine(board: Leaderboard): string {
  const parts = board.awards.map(({ kind, value, winners }) => {
    const { title, digits, unit } = AWARDS[kind];
    const names = winners.map((model) => escapeInline(targetName(model.ref))).join(', ');
    return `**${title}**: ${names} (${value.toFixed(digits)}${unit})`;
  });
  return (
    `${BEST_MARK} ${parts.join(' · ')}\n\n` +
    '<sub>Ranked by accuracy, then decode tok/s; models that tie share a rank. An award goes to the best ' +
    'figure as shown when at least two models have it and they differ. Accuracy per second is accuracy ' +
    "over the server's total time for the model's rows.</sub>"
  );
}

/** A ranked model's cells, already escaped (the award marks are markdown of our own). */
function rankedCells(entry: RankedModel, won: readonly AwardKind[]): string[] {
  const { figures: f, model } = entry;
  const mark = (text: string, kind: AwardKind): string =>
    won.includes(kind) ? `**${text}** ${BEST_MARK}` : text;
  const accuracy = accuracyText(f);
  return [
    String(entry.rank),
    escapeCell(targetName(model.ref)),
    `${mark(accuracy, 'accuracy')} (${accuracyCount(f)})`,
    String(f.failed),
    String(f.errored),
    String(f.timedOut),
    mark(fixed(f.decodeTokensPerSecond.median, 1), 'decode'),
    mark(fixed(f.timeToFirstTokenMs.median, 0), 'ttft'),
    fixed(f.warmupLoadDurationMs, 0),
    fixed(f.totalDurationMs.median, 0),
  ];
}

/** A model that ran no rows: its status and why, no figures. */
function unrankedCells(model: ModelRun): string[] {
  const why = model.error === null ? model.status : `${model.status}: ${clip(model.error, 200)}`;
  return ['–', escapeCell(targetName(model.ref)), escapeCell(why), '–', '–', '–', '–', '–', '–', '–'];
}

/** Cells must be escaped already. */
function tableRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function failureSection(model: ModelRun, level: DetailLevel, evaluatorName: string): string {
  const failing = model.rows.filter((row) => didNotPass(row.status));
  if (failing.length === 0) return '';
  const shown = failing.slice(0, level.rowsPerModel);
  const left = failing.length - shown.length;
  const body = shown.map((row) => failureDetail(row, level, evaluatorName));
  if (left > 0) {
    body.push(
      `_${left} more row${left === 1 ? '' : 's'} left out to keep this under GitHub's size limit; ` +
        'every row is in the JSON report._',
    );
  }
  return [
    '<details>',
    `<summary>${escapeHtml(targetName(model.ref))}: ${plural(failing.length, 'row')} did not pass</summary>`,
    '',
    body.join('\n\n'),
    '',
    '</details>',
  ].join('\n');
}

function failureDetail(row: RowResult, level: DetailLevel, evaluatorName: string): string {
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
      lines.push(
        '',
        fenced(
          head(row.extraction.code, level.codeChars),
          answerLanguage(row.extraction.language, evaluatorName),
        ),
      );
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

function expectationText(expectation: RowResult['expectation']): string {
  return typeof expectation === 'string' ? expectation : JSON.stringify(expectation);
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

function escapeCell(text: string): string {
  return escapeInline(text);
}
