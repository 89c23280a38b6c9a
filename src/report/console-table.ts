import stringWidth from 'string-width';
import type { BenchmarkRun } from '../core/types.js';
import { buildLeaderboard } from './leaderboard.js';
import { runWarnings } from './run-warnings.js';
import { plural } from '../core/words.js';
import { fixed, percent } from './figure-text.js';
import { targetName } from '../core/run-targets.js';
import { CHOICE_TABLE_NOTE, choiceCell, choiceTable } from './choice-accuracy-table.js';
import { accuracyText } from './accuracy-text.js';

/** A plain-text table of per-model figures for a terminal. */
export function renderConsoleTable(run: BenchmarkRun): string {
  const header = [
    'Rank',
    'Model',
    'Accuracy',
    'Pass',
    'Fail',
    'Error',
    'Timeout',
    'Decode tok/s',
    'TTFT ms',
    'Total ms',
    'Load ms',
  ];
  // The same order as the job summary's leaderboard: accuracy, then decode speed.
  const board = buildLeaderboard(run);
  const rows = [
    ...board.ranked.map(({ rank, model, figures: f }) => [
      String(rank),
      targetName(model.ref),
      accuracyText(f),
      String(f.passed),
      String(f.failed),
      String(f.errored),
      String(f.timedOut),
      fixed(f.decodeTokensPerSecond.median, 1),
      fixed(f.timeToFirstTokenMs.median, 0),
      fixed(f.totalDurationMs.median, 0),
      fixed(f.warmupLoadDurationMs, 0),
    ]),
    ...board.unranked.map((model) => [
      '–',
      targetName(model.ref),
      model.status,
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
    ]),
  ];
  const notes = run.models.filter((m) => m.error).map((m) => `  ${targetName(m.ref)}: ${m.error}`);
  const warnings = runWarnings(run).map((warning) => `warning: ${warning}`);
  return [
    `${run.benchmark.benchmarkName} — ${run.evaluator.name}, ${plural(run.benchmark.rows.length, 'row')}`,
    ...alignTable(header, rows, { leftColumns: 2 }),
    ...choiceLines(run),
    ...(notes.length > 0 ? ['', ...notes] : []),
    ...(warnings.length > 0 ? ['', ...warnings] : []),
    '',
    'Decode tok/s, TTFT and Total are medians over answered rows; Load is the warm-up load time.',
  ].join('\n');
}

/** Accuracy per question file beside the chance level, for a multiple-choice run; none otherwise. */
function choiceLines(run: BenchmarkRun): string[] {
  const table = choiceTable(run);
  if (table === null || table.models.length === 0) return [];
  return [
    '',
    ...alignTable(
      ['Question file', 'Questions', 'Chance', ...table.models],
      table.rows.map((row) => [
        row.file,
        String(row.questions),
        percent(row.chance),
        ...row.byModel.map((figures) => choiceCell(figures, { counts: false })),
      ]),
      { leftColumns: 1 },
    ),
    CHOICE_TABLE_NOTE,
  ];
}

/**
 * Lines of a table aligned in columns for a fixed-width terminal: a header, a rule, the rows. The
 * first `leftColumns` columns are left-aligned (names), the rest right-aligned (figures). Widths are
 * the columns a terminal shows (string-width): a CJK character or an emoji in a model name takes
 * two, `→` and `–` one.
 */
export function alignTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  { leftColumns }: { leftColumns: number },
): string[] {
  const width = (text: string): number => stringWidth(text);
  const widths = header.map((title, i) => Math.max(width(title), ...rows.map((row) => width(row[i] ?? ''))));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => {
        const pad = ' '.repeat(Math.max(0, (widths[i] ?? 0) - width(cell)));
        return i < leftColumns ? `${cell}${pad}` : `${pad}${cell}`;
      })
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}
