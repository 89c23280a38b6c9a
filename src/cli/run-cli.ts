import path from 'node:path';
import { systemClock } from '../adapters/clock/system-clock.js';
import { loadBenchmarkFile } from '../adapters/fs/benchmark-source.js';
import { readReport } from '../adapters/fs/baseline-reports.js';
import { DirectoryReportStore } from '../adapters/fs/report-store.js';
import { ConsoleLogger } from '../adapters/logger/console-logger.js';
import { OllamaModelServer } from '../adapters/ollama/client.js';
import { PythonCodeRunner } from '../adapters/sandbox/python-code-runner.js';
import { collectEnvironment } from '../adapters/system/fingerprint.js';
import { RETRY_INITIAL_DELAY_MS } from '../constants.js';
import { mergeOptions, runBenchmarkJob } from '../app/benchmark-job.js';
import type { EnvironmentFingerprint } from '../core/environment.js';
import { compareReports, type Comparison } from '../core/regression/compare-reports.js';
import { ConfigurationError, describeError } from '../errors.js';
import type { CodeRunner } from '../ports.js';
import { renderComparisonMarkdown } from '../report/comparison-markdown.js';
import { renderConsoleTable } from '../report/console-table.js';
import type { StoredReport } from '../report/report-schema.js';
import { EXBENCH_VERSION } from '../version.js';
import { parseCliArgs, USAGE, type CompareCommand } from './args.js';

export interface CliIo {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Tests may pass a runner; otherwise the real sandbox is created. */
  createRunner?: () => Promise<CodeRunner>;
  /** Tests may pass a fixed machine; otherwise this one is fingerprinted. */
  collectEnvironment?: () => Promise<EnvironmentFingerprint>;
}

/** The CLI: parses arguments, runs the benchmark, prints the table and the report path; returns the exit status. */
export async function runCli(io: CliIo): Promise<number> {
  try {
    const command = parseCliArgs(io.argv, io.env);
    if (command.command === 'help') {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    if (command.command === 'version') {
      io.stdout(`${EXBENCH_VERSION}\n`);
      return 0;
    }
    if (command.command === 'compare') return await compare(command, io);

    // Read the baseline first: a bad one should stop before a long run, not after.
    const baseline =
      command.baselinePath === null ? null : await readReportArgument(command.baselinePath, io.cwd);
    const logger = new ConsoleLogger(command.verbose, (line) => io.stderr(`${line}\n`));
    const benchmark = await loadBenchmarkFile(path.resolve(io.cwd, command.benchmarkPath));
    const runner = await (io.createRunner ?? (() => PythonCodeRunner.create()))();
    const environment = await (io.collectEnvironment ?? (() => collectEnvironment({ env: io.env })))();
    const { run, report, reportPath } = await runBenchmarkJob(
      { ...benchmark, fileName: command.benchmarkPath },
      {
        models: command.models,
        options: mergeOptions(benchmark, command.optionOverrides),
        pull: command.pull,
        warmup: command.warmup,
        overlap: command.overlap,
        evaluationConcurrency: command.concurrency,
        codeTimeoutMs: command.codeTimeoutMs,
        maxOutputBytes: command.maxOutputBytes,
        retry: { attempts: command.retryAttempts, initialDelayMs: RETRY_INITIAL_DELAY_MS },
      },
      {
        server: new OllamaModelServer({ url: command.hostUrl, clock: systemClock }),
        runner,
        clock: systemClock,
        logger,
        reports: new DirectoryReportStore(path.resolve(io.cwd, command.outputDir)),
      },
      { exbenchVersion: EXBENCH_VERSION, benchmarkPath: command.benchmarkPath, environment },
    );
    io.stdout(`${renderConsoleTable(run)}\n\nReport: ${path.relative(io.cwd, reportPath) || reportPath}\n`);
    let status = 0;
    if (baseline !== null && command.baselinePath !== null) {
      const comparison = compareReports(baseline, report, command.comparison);
      printComparison(comparison, command.baselinePath, io);
      if (comparison.regressed) status = regressedStatus(comparison, command.baselinePath, io);
    }
    const unavailable = run.models.filter((model) => model.status === 'unavailable');
    if (unavailable.length > 0) {
      io.stderr(
        `error: ${unavailable.length} model(s) could not be run: ${unavailable.map((m) => m.ref.spec).join(', ')}\n`,
      );
      status = 1;
    }
    return status;
  } catch (error: unknown) {
    io.stderr(`error: ${describeError(error)}\n`);
    return error instanceof ConfigurationError ? 2 : 1;
  }
}

/** `exbench compare`: 0 when nothing regressed, 1 on a regression. */
async function compare(command: CompareCommand, io: CliIo): Promise<number> {
  const base = await readReportArgument(command.basePath, io.cwd);
  const head = await readReportArgument(command.headPath, io.cwd);
  const comparison = compareReports(base, head, command.comparison);
  if (command.json) io.stdout(`${JSON.stringify(comparison, null, 2)}\n`);
  else printComparison(comparison, command.basePath, io);
  return comparison.regressed ? regressedStatus(comparison, command.basePath, io) : 0;
}

/** A report named on the command line; one that cannot be read or is no report is the user's error. */
async function readReportArgument(file: string, cwd: string): Promise<StoredReport> {
  const read = await readReport(path.resolve(cwd, file));
  if (!read.ok) throw new ConfigurationError(`${file}: ${read.problem}`);
  return read.report;
}

function printComparison(comparison: Comparison, baseLabel: string, io: CliIo): void {
  io.stdout(
    `\n${renderComparisonMarkdown([{ comparison, baseLabel }], { maxLength: Number.MAX_SAFE_INTEGER })}`,
  );
}

function regressedStatus(comparison: Comparison, baseLabel: string, io: CliIo): number {
  io.stderr(
    `error: regression against ${baseLabel}:\n${comparison.regressions.map((line) => `  ${line}\n`).join('')}`,
  );
  return 1;
}
