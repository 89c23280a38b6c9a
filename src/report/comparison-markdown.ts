import type {
  AccuracyComparison,
  Comparison,
  ComparisonOptions,
  FlippedRow,
  ModelComparison,
  ModelVerdict,
  SpeedComparison,
  SpeedFigure,
} from '../core/regression/compare-reports.js';
import { accuracyText, percent, speedText, type CellStyle } from './comparison-cells.js';
import { byteLength, escapeHtml, fenced, longestBacktickRun } from './markdown-text.js';
import { markdownSafeText } from './safe-text.js';

export interface RenderedComparison {
  comparison: Comparison;
  /** How the baseline is named to the reader, e.g. "main @ 1a2b3c4 (run 123)" or a file path. */
  baseLabel: string;
}

const VERDICT_LABEL: Record<ModelVerdict, string> = {
  regressed: '🔴 regressed',
  improved: '🟢 improved',
  unchanged: '⚪ unchanged',
  'not comparable': '⚠️ not comparable',
  inconclusive: '⚠️ inconclusive (server faults)',
  added: '🆕 added',
  removed: '➖ removed',
};

/** How much of the flipped rows is shown, from everything down to nothing; tried in order until the text fits. */
interface DetailLevel {
  /** Flipped rows shown per model. */
  rows: number;
  /** Characters of each code, output or expectation shown. */
  chars: number;
}

const DETAIL_LEVELS: readonly DetailLevel[] = [
  { rows: Number.POSITIVE_INFINITY, chars: 4000 },
  { rows: 50, chars: 1500 },
  { rows: 20, chars: 600 },
  { rows: 10, chars: 200 },
  { rows: 5, chars: 80 },
  { rows: 0, chars: 0 },
];

/**
 * The comparison of head with its baseline as markdown, one section per benchmark, for the job
 * summary, the PR comment and the terminal alike. Pure. Stays under `maxLength` bytes by showing
 * less of the rows that flipped; the tables are never cut (short of a last-resort cut when the
 * tables alone are longer than the limit).
 */
export function renderComparisonMarkdown(
  comparisons: readonly RenderedComparison[],
  options: { maxLength: number },
): string {
  if (comparisons.length === 0) return '';
  for (const level of DETAIL_LEVELS) {
    const text = render(comparisons, level);
    if (byteLength(text) <= options.maxLength) return text;
  }
  return cutToFit(render(comparisons, { rows: 0, chars: 0 }), options.maxLength);
}

function render(comparisons: readonly RenderedComparison[], level: DetailLevel): string {
  const parts = [headline(comparisons)];
  for (const item of comparisons) parts.push(section(item, level));
  const first = comparisons[0];
  if (first) parts.push(footnote(first.comparison.options));
  return `${parts.join('\n\n')}\n`;
}

function headline(comparisons: readonly RenderedComparison[]): string {
  const several = comparisons.length > 1;
  const lines = comparisons.flatMap(({ comparison }) =>
    comparison.regressions.map(
      (line) => `- ${several ? `${escapeMarkdown(comparison.benchmark.head)}: ` : ''}${escapeMarkdown(line)}`,
    ),
  );
  const mismatches = comparisons.flatMap(({ comparison }) =>
    comparison.mismatch === null ? [] : [`- ${escapeMarkdown(comparison.mismatch)}`],
  );
  if (lines.length === 0 && mismatches.length > 0)
    return ['⚠️ **Not comparable with the baseline:**', '', ...mismatches].join('\n');
  const inconclusive = comparisons.flatMap(({ comparison }) =>
    comparison.inconclusive.map(
      (line) => `- ${several ? `${escapeMarkdown(comparison.benchmark.head)}: ` : ''}${escapeMarkdown(line)}`,
    ),
  );
  const notJudged =
    inconclusive.length === 0
      ? []
      : [
          '',
          `⚠️ **Not judged: the server failed too many rows** (${inconclusive.length}):`,
          '',
          ...inconclusive,
        ];
  if (lines.length === 0) {
    const clean =
      inconclusive.length === 0
        ? '🟢 **No regression against the baseline.**'
        : '**No regression found among the models judged.**';
    return [clean, ...notJudged].join('\n');
  }
  return [`🔴 **Regression against the baseline** (${lines.length}):`, '', ...lines, ...notJudged].join('\n');
}

function section({ comparison, baseLabel }: RenderedComparison, level: DetailLevel): string {
  const { benchmark, environment } = comparison;
  const title = benchmark.same
    ? escapeMarkdown(benchmark.head)
    : `${escapeMarkdown(benchmark.head)} (baseline ran ${escapeMarkdown(benchmark.base)})`;
  const parts = [`### ${title}`, `Baseline: ${escapeMarkdown(baseLabel)}`];

  const context: string[] = [];
  if (!environment.speedComparable) {
    context.push(
      `⚠️ **Speed not comparable**, shown but not judged: the environments differ (${escapeMarkdown(environment.reasons.join('; '))}).`,
    );
  }
  for (const note of environment.notes) context.push(`ℹ️ ${escapeMarkdown(note)}`);
  if (context.length > 0) parts.push(context.join('  \n'));

  parts.push(table(comparison.models));

  const notes = comparison.models.flatMap((model) =>
    otherNotes(model).map((note) => `- **${escapeMarkdown(model.model)}**: ${escapeMarkdown(note)}`),
  );
  if (notes.length > 0) parts.push(notes.join('\n'));

  const details = comparison.models
    .filter((model) => model.flipped.length > 0)
    .map((model) => flippedDetails(model, level));
  if (details.length > 0) parts.push(details.join('\n\n'));
  return parts.join('\n\n');
}

function table(models: readonly ModelComparison[]): string {
  const header = ['Model', 'Accuracy (base → head)', 'Decode tok/s (median)', 'TTFT ms (median)', 'Verdict'];
  const lines = [row(header), row(header.map((_, i) => (i === 0 || i === 4 ? ':--' : '--:')))];
  for (const model of models) {
    lines.push(
      row([
        modelCell(model),
        model.accuracy ? accuracyCell(model.accuracy) : '–',
        speedCell(model.speed, 'decode_tokens_per_second'),
        speedCell(model.speed, 'time_to_first_token_ms'),
        VERDICT_LABEL[model.verdict],
      ]),
    );
  }
  return lines.join('\n');
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function modelCell(model: ModelComparison): string {
  const name = `\`${tableSafe(model.model.replaceAll('`', "'"))}\``;
  const digest = model.digest;
  if (!digest?.changed) return name;
  return `${name}<br>⚠️ digest changed: ${shortDigest(digest.base)} → ${shortDigest(digest.head)}`;
}

const MARKDOWN_CELLS: CellStyle = {
  mark: (verdict) => (verdict === 'regressed' ? ' 🔴' : verdict === 'improved' ? ' 🟢' : ''),
  notJudged: ' _not judged_',
};

function accuracyCell(accuracy: AccuracyComparison): string {
  return escapeCell(accuracyText(accuracy, MARKDOWN_CELLS));
}

function speedCell(speed: readonly SpeedComparison[], figure: SpeedFigure): string {
  return speedText(speed, figure, MARKDOWN_CELLS);
}

/** The model's notes but the digest one, which the table shows next to the name. */
function otherNotes(model: ModelComparison): string[] {
  return [
    ...model.notes.filter((note) => !note.startsWith('model digest changed')),
    ...speedNotJudged(model),
  ];
}

/**
 * Why a speed figure shows ⚠️ not comparable, one line per reason (`TTFT, decode tok/s not judged:
 * fewer than 5 answered rows on a side`); differing environments are said once above the table.
 */
function speedNotJudged(model: ModelComparison): string[] {
  const labels = new Map<string, string[]>();
  for (const figure of model.speed) {
    if (figure.verdict !== 'not comparable' || figure.reason === null) continue;
    if (figure.reason.startsWith('different environment')) continue;
    labels.set(figure.reason, [...(labels.get(figure.reason) ?? []), figure.label]);
  }
  return [...labels].map(([reason, figures]) => `${figures.join(', ')} not judged: ${reason}`);
}

function flippedDetails(model: ModelComparison, level: DetailLevel): string {
  const count = model.flipped.length;
  const summary = `<summary>${escapeHtml(model.model)}: ${count} row(s) passed on base and fail on head</summary>`;
  if (level.rows === 0) {
    const indexes = model.flipped.map((row) => row.index).join(', ');
    return `<details>${summary}\n\nRows ${indexes} (details left out to fit).\n\n</details>`;
  }
  const shown = model.flipped.slice(0, level.rows);
  const parts = shown.map((row) => flippedRow(row, level.chars));
  if (count > shown.length) {
    const rest = model.flipped
      .slice(shown.length)
      .map((row) => row.index)
      .join(', ');
    parts.push(`…and ${count - shown.length} more (rows ${rest}), left out to fit.`);
  }
  return `<details>${summary}\n\n${parts.join('\n\n')}\n\n</details>`;
}

function flippedRow(row: FlippedRow, chars: number): string {
  const variables = row.variables
    ? Object.entries(row.variables)
        .map(([key, value]) => `${key} = ${value}`)
        .join(', ')
    : null;
  const head = row.head;
  const facts = [
    variables !== null && variables !== '' ? `variables ${inlineCode(clip(variables, chars))}` : null,
    row.expected !== null ? `expected ${inlineCode(clip(row.expected, chars))}` : null,
    head.status !== null ? `head ${escapeMarkdown(head.status)}` : null,
    head.results > 1 ? `passed ${percent(head.passRate)} of ${head.results} on head` : null,
  ].filter((fact): fact is string => fact !== null);
  const lines = [`**Row ${row.index}**${facts.length > 0 ? `: ${facts.join('; ')}` : ''}`];
  if (head.reason) lines.push(`Reason: ${escapeCell(clip(head.reason, chars))}`);
  lines.push(
    '',
    "Head's code:",
    fenced(head.extractedCode === null ? '(none)' : clip(head.extractedCode, chars)),
  );
  lines.push(
    '',
    "Head's output:",
    fenced(head.executionResult === null ? '(none)' : clip(head.executionResult, chars)),
  );
  return lines.join('\n');
}

function footnote(options: ComparisonOptions): string {
  const confidence = Math.round(options.confidence * 100);
  return [
    `<sub>Accuracy: paired exact McNemar test on the rows both runs share (one-sided p shown); regressed when p ≤ ${options.alpha} and the drop is at least ${(options.minAccuracyDrop * 100).toFixed(0)} points.`,
    `Speed: ratio of medians head / base with a ${confidence}% bootstrap interval (${options.resamples} resamples, seed ${options.seed}); regressed only when the whole interval lies beyond a ${(options.maxSlowdown * 100).toFixed(0)}% slowdown.</sub>`,
  ].join(' ');
}

/** An inline code span that survives backticks in the text; newlines become a visible ⏎. */
function inlineCode(text: string): string {
  const flat = text.replace(/\r?\n/g, ' ⏎ ');
  const longest = longestBacktickRun(flat);
  const ticks = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${flat}${pad}${ticks}`;
}

function clip(text: string, chars: number): string {
  if (text.length <= chars) return text;
  const kept = Array.from(text).slice(0, chars).join('');
  return `${kept}\n… (${text.length - kept.length} more characters left out)`;
}

/**
 * Escapes what markdown would read as formatting or as an HTML tag; leaves `p = <0.001` and
 * snake_case names readable (GitHub does not read an underscore inside a word as emphasis).
 */
function escapeMarkdown(text: string): string {
  return markdownSafeText(text)
    .replace(/<(?=[A-Za-z/!?])/g, '&lt;')
    .replace(/([\\`*[\]|])/g, '\\$1');
}

function escapeCell(text: string): string {
  return escapeMarkdown(text.replace(/\r?\n/g, ' '));
}

function tableSafe(text: string): string {
  return text.replaceAll('|', '\\|');
}

function shortDigest(digest: string | null): string {
  return digest === null ? '?' : `\`${digest.replace(/^sha256:/, '').slice(0, 12)}\``;
}

/** Last resort when even the tables are too long: cut at a line and say so. */
function cutToFit(text: string, maxLength: number): string {
  const note = '\n\n…cut to fit the size limit.\n';
  const budget = Math.max(0, maxLength - byteLength(note));
  const lines = text.split('\n');
  let kept = '';
  for (const line of lines) {
    const next = kept === '' ? line : `${kept}\n${line}`;
    if (byteLength(next) > budget) break;
    kept = next;
  }
  return `${kept}${note}`;
}
