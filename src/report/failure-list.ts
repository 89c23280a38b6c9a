import { targetName } from '../core/run-targets.js';
import type { ModelRun, RowResult } from '../core/types.js';
import { escapeControls } from './safe-text.js';
import { didNotPass, ranRows } from '../core/row-verdict.js';

/** Longest reason shown on one line; the report has it whole. */
const REASON_CHARS = 160;

/**
 * The lines that list a finished model's failing rows for the console: the first `limit` (or all)
 * with row index, YAML line and a short reason, then how many were left out and how to see them.
 * No lines when every row passed or none ran. Server and model text in reasons is escaped.
 */
export function failureListLines(model: ModelRun, limit: number | 'all', seeAllHint: string): string[] {
  if (!ranRows(model.status)) return [];
  const failing = model.rows.filter((row) => didNotPass(row.status));
  if (failing.length === 0 || limit === 0) return [];
  const shown = limit === 'all' ? failing : failing.slice(0, limit);
  const left = failing.length - shown.length;
  const ran = model.rows.filter((row) => row.status !== 'not_run').length;
  // With repeats a row has several results: count results, and say which repeat failed.
  const repeated = model.rows.some((row) => (row.repeat ?? 1) > 1);
  return [
    `${escapeControls(targetName(model.ref))}: ${failing.length} of ${ran} ${repeated ? 'results (rows × repeats)' : 'rows'} did not pass:`,
    ...shown.map((row) => `  ${failureLine(row, repeated)}`),
    ...(left > 0 ? [`  … and ${left} more (${seeAllHint})`] : []),
  ];
}

function failureLine(row: RowResult, repeated: boolean): string {
  const where = row.line === null ? '' : ` (line ${row.line})`;
  const repeat = repeated ? `, repeat ${row.repeat ?? 1}` : '';
  const reason = row.reason ?? row.error ?? '';
  const status = row.status.replace('_', ' ');
  // "timed out after 1 s" says its status already.
  const said =
    reason === ''
      ? status
      : reason.startsWith(status)
        ? shortReason(reason)
        : `${status} — ${shortReason(reason)}`;
  return `row ${row.index}${repeat}${where}: ${said}`;
}

function shortReason(reason: string): string {
  const oneLine = reason.replace(/\s+/g, ' ').trim();
  const clipped =
    Array.from(oneLine).length <= REASON_CHARS
      ? oneLine
      : `${Array.from(oneLine)
          .slice(0, REASON_CHARS - 1)
          .join('')}…`;
  return escapeControls(clipped);
}
