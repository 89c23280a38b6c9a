import { tmpdir } from 'node:os';
import path from 'node:path';
import { systemClock } from '../adapters/clock/system-clock.js';
import { loadBenchmarkArgument } from '../adapters/fs/benchmark-source.js';
import { readReport } from '../adapters/fs/baseline-reports.js';
import { DirectoryReportStore } from '../adapters/fs/report-store.js';
import { FileRunJournal, journalPathOf } from '../adapters/fs/run-journal.js';
import { ConsoleLogger } from '../adapters/logger/console-logger.js';
import { JsonLogger } from '../adapters/logger/json-logger.js';
import type { TerminalStream } from '../adapters/progress/bar-progress.js';
import { createProgressDisplay, type ProgressDisplay } from '../adapters/progress/progress-display.js';
import { OllamaModelServer } from '../adapters/ollama/client.js';
import { NO_CODE_RUNNER, runsCode } from '../adapters/sandbox/no-code-runner.js';
import { createEngineServers } from '../adapters/engine-servers.js';
import { apiKeyFromEnv } from '../config/engine-servers.js';
import type { PythonCodeRunnerOptions } from '../adapters/sandbox/python-code-runner.js';
import { INTERRUPT_SIGNALS, interruptExitStatus } from '../adapters/system/interrupts.js';
import { createRedactor, secretsFromEnv } from '../core/redact.js';
import { collectEnvironment } from '../adapters/system/fingerprint.js';
import { comparisonThresholds } from '../config/comparison-settings.js';
import { mergeOptions, runBenchmarkJob } from '../app/benchmark-job.js';
import type { EnvironmentFingerprint } from '../core/environment.js';
import { compareReports, type Comparison } from '../core/regression/compare-reports.js';
import { ConfigurationError, describeError } from '../errors.js';
import type { CodeRunner, Logger } from '../ports.js';
import { renderComparisonMarkdown } from '../report/comparison-markdown.js';
import { renderComparisonText } from '../report/comparison-text.js';
import { renderConsoleTable } from '../report/console-table.js';
import type { StoredReport } from '../report/report-schema.js';
import { terminalText } from '../report/safe-text.js';
import { EXBENCH_VERSION } from '../version.js';
import {
  parseCliArgs,
  USAGE,
  wantsJsonLogs,
  type BenchCommand,
  type CompareCommand,
  type ComparisonFormat,
} from './args.js';
import type { MetricsServer } from '../adapters/metrics/metrics-server.js';
import { combineObservers } from '../core/run-observers.js';
import type { RunObserver } from '../core/types.js';
import { targetName } from '../core/run-targets.js';
import { isSiteCommand } from './site-command-names.js';

export interface CliIo {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout is a terminal: compare then prints a plain table instead of markdown. */
  stdoutIsTerminal?: boolean;
  /** Tests may pass a runner; otherwise the real sandbox is created with these options. */
  createRunner?: (options: PythonCodeRunnerOptions) => Promise<CodeRunner>;
  /** Aborted on an interrupt signal (see listenForInterrupts); its reason is the signal's name. */
  signal?: AbortSignal;
  /** The terminal progress bars are drawn on (stderr when it is one); without it, plain progress lines. */
  progressTerminal?: TerminalStream;
  /** Tests may pass a fixed machine; otherwise this one is fingerprinted. */
  collectEnvironment?: () => Promise<EnvironmentFingerprint>;
}

/** The CLI: parses arguments, runs the benchmark, prints the table and the report path; returns the exit status. */
export async function runCli(rawIo: CliIo): Promise<number> {
  // Whatever this prints passes through the redactor, so a secret never reaches the terminal or a
  // CI log, and may carry untrusted text (server errors, model output), so no escape sequence acts.
  let redact = createRedactor(secretsFromEnv(rawIo.env));
  // With --log-format json every stderr line is a JSON event, the final error included; the JSON
  // logger redacts and escapes itself (terminal escaping would break the JSON).
  const jsonLogger = (verbose: boolean): JsonLogger =>
    new JsonLogger({
      write: (line) => rawIo.stderr(`${line}\n`),
      now: () => systemClock.date(),
      redact: (text) => redact(text),
      verbose,
    });
  const stderrEvents = wantsJsonLogs(rawIo.argv) ? jsonLogger(false) : null;
  const io: CliIo = {
    ...rawIo,
    stdout: (text) => rawIo.stdout(terminalText(redact(text))),
    stderr: (text) =>
      stderrEvents === null ? rawIo.stderr(terminalText(redact(text))) : stderrEvents.text(text),
  };
  try {
    const [name, ...rest] = io.argv;
    // The history site and the merge (HTML pages, charts) are loaded only for their commands.
    if (isSiteCommand(name)) return await (await import('./site-commands.js')).runSiteCommand(name, rest, io);
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
    // The key named by --api-key-env is a secret whatever its variable is called.
    const apiKey = apiKeyFromEnv(command.apiKeyEnv, io.env, '--api-key-env');
    if (apiKey !== null) redact = createRedactor([...secretsFromEnv(rawIo.env), apiKey]);

    // Read the baseline first: a bad one should stop before a long run, not after.
    const baseline =
      command.baselinePath === null ? null : await readReportArgument(command.baselinePath, io.cwd);
    const json = command.logFormat === 'json' ? jsonLogger(command.verbose) : null;
    // JSON logs carry the progress as events, so there are no bars or progress lines.
    const display: ProgressDisplay =
      json === null
        ? await createProgressDisplay({
            quiet: command.run.quiet,
            terminal: io.progressTerminal,
            clock: systemClock,
            safe: (text) => terminalText(redact(text)),
            writeLine: (line) => io.stderr(`${line}\n`),
            showFailures: command.run.showFailures,
            seeAllHint: 'see them all with --show-failures all, or in the report',
          })
        : { observer: json.observer(), writeLine: (line) => json.info(line), stop: () => undefined };
    const logger = json ?? new ConsoleLogger(command.verbose, (line) => display.writeLine(line));
    const benchmark = await loadBenchmarkArgument(command.benchmarkPath, io.cwd);
    // Probed only when the evaluator runs code: starting the sandbox costs a process or two.
    const runner = runsCode(benchmark)
      ? await (io.createRunner ?? createPythonRunner)({
          sandbox: command.run.sandbox,
          memoryBytes: command.run.memoryBytes,
        })
      : NO_CODE_RUNNER;
    if (runner !== NO_CODE_RUNNER) logger.debug(`sandbox: ${runner.sandbox.tier} tier`);
    if (runner.sandbox.warning !== null) logger.warning(runner.sandbox.warning);
    // A resumed run's report goes beside its journal, whatever --output-dir says.
    const resume =
      command.resumePath === null
        ? undefined
        : FileRunJournal.open(journalPathOf(path.resolve(io.cwd, command.resumePath)));
    const reportDir =
      resume === undefined ? path.resolve(io.cwd, command.outputDir) : path.dirname(resume.path);
    // The machine's fingerprint (GPU tools are processes, whose start blocks for a moment) is
    // gathered once the first model's rows are about to be sent, while they run: never before the
    // first request. A run whose models never start gathers it at the end.
    const fingerprint = io.collectEnvironment ?? (() => collectEnvironment({ env: io.env }));
    let probing: Promise<EnvironmentFingerprint> | undefined;
    const environment = (): Promise<EnvironmentFingerprint> => (probing ??= fingerprint());
    const probeOnStart: RunObserver = { modelStarted: () => void environment() };
    // Listening before the first request, so a port in use stops the run before it starts.
    const metrics = await startRunMetrics(command, benchmark.benchmarkName, logger);
    // `job.report` is built on first use (the results read back from the journal): only a comparison does.
    const job = await withProgress(display, metrics, () =>
      runBenchmarkJob(
        { ...benchmark, fileName: command.benchmarkPath },
        { ...command.run, options: mergeOptions(benchmark, command.run.options) },
        {
          server: new OllamaModelServer({
            url: command.hostUrl,
            clock: systemClock,
            deadlines: command.run.serverDeadlines,
          }),
          runner,
          clock: systemClock,
          servers: createEngineServers({
            addresses: { ...benchmark.servers, ...command.servers },
            apiKey,
            clock: systemClock,
            deadlines: command.run.serverDeadlines,
          }),
          logger,
          signal: io.signal,
          observer: combineObservers(probeOnStart, display.observer, metrics?.observer),
          redact,
          reports: new DirectoryReportStore(reportDir, resume ? '--resume' : '--output-dir'),
          journal: true,
          ...(resume ? { resume } : {}),
          fallbackReports: new DirectoryReportStore(path.join(tmpdir(), 'exbench-reports')),
        },
        {
          // Awaited after the run: only then does a run whose models never started probe.
          then: (resolve, reject) =>
            environment()
              .then((machine) => ({
                exbenchVersion: EXBENCH_VERSION,
                benchmarkPath: command.benchmarkPath,
                environment: machine,
              }))
              .then(resolve, reject),
        },
      ),
    );
    const { run, reportPath, reportFiles } = job;
    const shown = (file: string): string => path.relative(io.cwd, file) || file;
    json?.info(`Report written to ${shown(reportPath)}`, {
      event: 'report_written',
      path: shown(reportPath),
      files: reportFiles.length,
    });
    const folder =
      reportFiles.length > 1
        ? `\nAll formats: ${shown(path.dirname(reportPath))}${path.sep} (open index.html)`
        : '';
    io.stdout(`${renderConsoleTable(run)}\n\nReport: ${shown(reportPath)}${folder}\n`);
    if (run.status === 'interrupted') {
      const reason: unknown = io.signal?.reason;
      const signal = INTERRUPT_SIGNALS.find((name) => name === reason) ?? 'SIGINT';
      io.stderr(`interrupted by ${signal}: the report above holds the rows run so far\n`);
      return interruptExitStatus(signal);
    }
    let status = 0;
    if (baseline !== null && command.baselinePath !== null) {
      const comparison = compareReports(baseline, job.report, comparisonThresholds(command.comparison));
      refuseMismatch(comparison, command.baselinePath, 'this run');
      printComparison(comparison, command.baselinePath, defaultFormat(io), io);
      warnInconclusive(comparison, io);
      if (comparison.regressed) status = regressedStatus(comparison, command.baselinePath, io);
    }
    const unavailable = run.models.filter((model) => model.status === 'unavailable');
    if (unavailable.length > 0) {
      io.stderr(
        `error: ${unavailable.length} model(s) could not be run: ${unavailable.map((m) => targetName(m.ref)).join(', ')}\n`,
      );
      status = 1;
    }
    return status;
  } catch (error: unknown) {
    io.stderr(`error: ${describeError(error)}\n`);
    return error instanceof ConfigurationError ? 2 : 1;
  }
}

/** The sandbox and its tools (execa, bubblewrap provisioning) are loaded only for a run that executes code. */
async function createPythonRunner(options: PythonCodeRunnerOptions): Promise<CodeRunner> {
  const { PythonCodeRunner } = await import('../adapters/sandbox/python-code-runner.js');
  return PythonCodeRunner.create(options);
}

/**
 * Runs `body` with the progress display up, and takes it down (bars stopped) before anything else
 * prints; the metrics server, if any, is closed with it, whether the run succeeded or failed.
 */
async function withProgress<T>(
  display: ProgressDisplay,
  metrics: LiveMetrics | null,
  body: () => Promise<T>,
): Promise<T> {
  try {
    return await body();
  } finally {
    display.stop();
    await metrics?.server.close();
  }
}

interface LiveMetrics {
  observer: RunObserver;
  server: MetricsServer;
}

/** With --metrics-port, the run's metrics and the server that serves them; null without. */
async function startRunMetrics(
  command: BenchCommand,
  benchmarkName: string,
  logger: Logger,
): Promise<LiveMetrics | null> {
  if (command.metrics === null) return null;
  // prom-client (and OpenTelemetry's API under it) is loaded only for a run that serves metrics.
  const [{ createRunMetrics }, { startMetricsServer }] = await Promise.all([
    import('../adapters/metrics/run-metrics.js'),
    import('../adapters/metrics/metrics-server.js'),
  ]);
  const { registry, observer } = createRunMetrics(
    {
      benchmark: benchmarkName,
      exbenchVersion: EXBENCH_VERSION,
      requestConcurrency: command.run.requestConcurrency,
    },
    systemClock.date(),
  );
  const server = await startMetricsServer(registry, command.metrics);
  logger.info(`metrics: ${server.url}/metrics and ${server.url}/metrics.json while the run lasts`);
  return { observer, server };
}

/** `exbench compare`: 0 when nothing regressed, 1 on a regression, 2 when the reports cannot be compared. */
async function compare(command: CompareCommand, io: CliIo): Promise<number> {
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
async function readReportArgument(file: string, cwd: string): Promise<StoredReport> {
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
