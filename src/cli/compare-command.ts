import path from 'node:path';
import { readReport } from '../adapters/fs/baseline-reports.js';
import { comparisonThresholds, type ComparisonSettings } from '../config/comparison-settings.js';
import { compareReports, type Comparison } from '../core/regression/compare-reports.js';
import { ConfigurationError } from '../errors.js';
import { renderComparisonMarkdown } from '../report/comparison-markdown.js';
import { renderComparisonText } from '../report/comparison-text.js';
import type { Report, StoredReport } from '../report/report-schema.js';
import type { CompareCommand, ComparisonFormat } from './args.js';
import type { CliIo } from './cli-io.js';

/** `exbench compare`: 0 when nothing regressed, 1 on a regression, 2 when the reports cannot be compared. */
export async function compare(command: CompareCommand, io: CliIo): Promise<number> {
  const base = await readReportArgument(command.basePath, io.cwd);
  const head = await readReportArgument(command.headPath, io.cwd);
  const comparison = compareReports(base, head, comparisonThresholds(command.comparison));
  const format = command.format ?? defaultFormat(io);
  // A comparison that proves nothing is not shown as a table, only refused; JSON keeps it for machines.
  if (comparison.mismatch === null || format === 'json')
    printComparison(comparison, command.basePath, format, io);
  refuseMismatch(comparison, command.basePath, command.headPath);
  warnInconclusive(comparison, io);
  return comparison.regressed ? regressedStatus(comparison, command.basePath, io) : 0;
}

/**
 * ollama-bench --baseline: this run's report judged against the baseline, printed; 1 when it
 * regressed, else 0. Reports that cannot be compared are the user's error.
 */
export function judgeAgainstBaseline(
  baseline: StoredReport,
  baselinePath: string,
  report: Report,
  settings: ComparisonSettings,
  io: CliIo,
): number {
  const comparison = compareReports(baseline, report, comparisonThresholds(settings));
  refuseMismatch(comparison, baselinePath, 'this run');
  printComparison(comparison, baselinePath, defaultFormat(io), io);
  warnInconclusive(comparison, io);
  return comparison.regressed ? regressedStatus(comparison, baselinePath, io) : 0;
}

function defaultFormat(io: CliIo): ComparisonFormat {
  return io.stdoutIsTerminal === true ? 'plain' : 'markdown';
}

/** Reports that cannot be judged against each other are the user's mistake, never "no regression". */
function refuseMismatch(comparison: Comparison, baseLabel: string, headLabel: string): void {
  if (comparison.mismatch !== null) {
    throw new ConfigurationError(
      `cannot compare ${baseLabel} (base) and ${headLabel} (head): ${comparison.mismatch}`,
    );
  }
}

/** A report named on the command line; one that cannot be read or is no report is the user's error. */
export async function readReportArgument(file: string, cwd: string): Promise<StoredReport> {
  const read = await readReport(path.resolve(cwd, file));
  if (!read.ok) throw new ConfigurationError(`${file}: ${read.problem}`);
  return read.report;
}

function printComparison(
  comparison: Comparison,
  baseLabel: string,
  format: ComparisonFormat,
  io: CliIo,
): void {
  switch (format) {
    case 'json':
      io.stdout(`${JSON.stringify(comparison, null, 2)}\n`);
      return;
    case 'plain':
      io.stdout(`\n${renderComparisonText(comparison, baseLabel)}`);
      return;
    case 'markdown':
      io.stdout(
        `\n${renderComparisonMarkdown([{ comparison, baseLabel }], { maxLength: Number.MAX_SAFE_INTEGER })}`,
      );
      return;
  }
}

/** A model the server failed too often is not judged: not a regression, not a clean pass either. */
function warnInconclusive(comparison: Comparison, io: CliIo): void {
  if (comparison.inconclusive.length === 0) return;
  io.stderr(
    `warning: not judged, the server failed too many rows (exit status 0 says nothing about these):\n${comparison.inconclusive.map((line) => `  ${line}\n`).join('')}`,
  );
}

function regressedStatus(comparison: Comparison, baseLabel: string, io: CliIo): number {
  io.stderr(
    `error: regression against ${baseLabel}:\n${comparison.regressions.map((line) => `  ${line}\n`).join('')}`,
  );
  return 1;
}
