import type { Comparison, ModelVerdict } from '../core/regression/compare-reports.js';
import { accuracyText, speedText, type CellStyle } from './comparison-cells.js';
import { alignTable } from './console-table.js';

const PLAIN_CELLS: CellStyle = { mark: () => '', notJudged: ' not judged' };

const VERDICT_WORD: Record<ModelVerdict, string> = {
  regressed: 'REGRESSED',
  improved: 'improved',
  unchanged: 'unchanged',
  'not comparable': 'not comparable',
  added: 'added',
  removed: 'removed',
  inconclusive: 'inconclusive (server faults)',
};

/**
 * The comparison as a plain table for a terminal: one line per model, aligned, followed by the
 * notes and the rows that got worse (by index). Untrusted text (model names, reasons) is reduced to
 * one line of printable characters.
 */
export function renderComparisonText(comparison: Comparison, baseLabel: string): string {
  const { benchmark } = comparison;
  const title = benchmark.same ? benchmark.head : `${benchmark.head} (baseline ran ${benchmark.base})`;
  const header = ['Model', 'Accuracy (base → head)', 'Decode tok/s', 'TTFT ms', 'Verdict'];
  const rows = comparison.models.map((model) => [
    printable(model.model),
    model.accuracy ? printable(accuracyText(model.accuracy, PLAIN_CELLS)) : '–',
    speedText(model.speed, 'decode_tokens_per_second', PLAIN_CELLS),
    speedText(model.speed, 'time_to_first_token_ms', PLAIN_CELLS),
    VERDICT_WORD[model.verdict],
  ]);
  const lines = [
    `${printable(title)} — against ${printable(baseLabel)}`,
    '',
    // Every cell is words and arrows, not one figure: left-aligned, each under its header's start.
    ...alignTable(header, rows, { leftColumns: header.length }),
  ];

  const notes = [
    ...(comparison.mismatch === null ? [] : [`not comparable: ${comparison.mismatch}`]),
    ...(comparison.environment.speedComparable
      ? []
      : [`speed shown but not judged: ${comparison.environment.reasons.join('; ')}`]),
    ...comparison.environment.notes,
    ...comparison.models.flatMap((model) => [
      ...model.notes.map((note) => `${model.model}: ${note}`),
      // Why a figure was shown but not judged (too few rows, no rows in common), once per reason.
      ...[
        ...new Set(
          [model.accuracy, ...model.speed].flatMap((figure) =>
            figure && figure.verdict === 'not comparable' && figure.reason ? [figure.reason] : [],
          ),
        ),
      ].map((reason) => `${model.model}: not judged: ${reason}`),
      ...(model.flipped.length > 0
        ? [`${model.model}: rows worse on head: ${model.flipped.map((row) => row.index).join(', ')}`]
        : []),
    ]),
  ];
  if (notes.length > 0) lines.push('', ...notes.map((note) => `  ${printable(note)}`));
  lines.push(
    '',
    comparison.regressed
      ? `Regression (${comparison.regressions.length}):`
      : comparison.mismatch === null
        ? 'No regression.'
        : 'Not comparable.',
    ...comparison.regressions.map((line) => `  ${printable(line)}`),
  );
  if (comparison.inconclusive.length > 0) {
    lines.push(
      '',
      `Not judged, the server failed too many rows (${comparison.inconclusive.length}):`,
      ...comparison.inconclusive.map((line) => `  ${printable(line)}`),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** One line without control characters, so a report's text cannot move the cursor or recolour the terminal. */
function printable(text: string): string {
  return text.replace(/\r?\n/g, ' ⏎ ').replace(/\p{Cc}/gu, '�');
}
