import { tmpdir } from 'node:os';
import path from 'node:path';
import { systemClock } from '../adapters/clock/system-clock.js';
import { loadBenchmarkArgument } from '../adapters/fs/benchmark-source.js';
import { DirectoryReportStore } from '../adapters/fs/report-store.js';
import { FileRunJournal, journalPathOf } from '../adapters/fs/run-journal.js';
import { ConsoleLogger } from '../adapters/logger/console-logger.js';
import type { JsonLogger } from '../adapters/logger/json-logger.js';
import { createProgressDisplay, type ProgressDisplay } from '../adapters/progress/progress-display.js';
import { OllamaModelServer } from '../adapters/ollama/client.js';
import { NO_CODE_RUNNER, runsCode } from '../adapters/sandbox/no-code-runner.js';
import { createEngineServers } from '../adapters/engine-servers.js';
import { apiKeyFromEnv } from '../config/engine-servers.js';
import type { PythonCodeRunnerOptions } from '../adapters/sandbox/python-code-runner.js';
import { INTERRUPT_SIGNALS, interruptExitStatus } from '../adapters/system/interrupts.js';
import type { Redact } from '../core/redact.js';
import { collectEnvironment } from '../adapters/system/fingerprint.js';
import { mergeOptions, runBenchmarkJob } from '../app/benchmark-job.js';
import type { EnvironmentFingerprint } from '../core/environment.js';
import type { CodeRunner, Logger } from '../ports.js';
import { renderConsoleTable } from '../report/console-table.js';
import { terminalText } from '../report/safe-text.js';
import { EXBENCH_VERSION } from '../version.js';
import { parseCliArgs, type BenchCommand } from './args.js';
import type { MetricsServer } from '../adapters/metrics/metrics-server.js';
import { combineObservers } from '../core/run-observers.js';
import type { RunObserver } from '../core/types.js';
import { targetName } from '../core/run-targets.js';
import type { CliIo } from './cli-io.js';
import { USAGE } from './usage.js';

/** What the command shares with runCli, which set it up before the arguments were parsed. */
export interface CliSession {
  /** The redactor as it stands: the environment's secrets, and those added since. */
  redact: Redact;
  /** A secret to hide from then on (the key named by --api-key-env). */
  addSecret(secret: string): void;
  /** A logger writing JSON events to stderr. */
  jsonLogger(verbose: boolean): Promise<JsonLogger>;
}

/** The comparison (statistics, renderers, report reading) is loaded only for compare or --baseline. */
const comparing = () => import('./compare-command.js');

/**
 * `exbench ollama-bench` (the run) and `exbench compare`, from their arguments; returns the exit
 * status. Errors are thrown for runCli to print.
 */
export async function runParsedCommand(io: CliIo, session: CliSession): Promise<number> {
  const command = parseCliArgs(io.argv, io.env);
  if (command.command === 'help') {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (command.command === 'version') {
    io.stdout(`${EXBENCH_VERSION}\n`);
    return 0;
  }
  if (command.command === 'compare') return await (await comparing()).compare(command, io);
  // The key named by --api-key-env is a secret whatever its variable is called.
  const apiKey = apiKeyFromEnv(command.apiKeyEnv, io.env, '--api-key-env');
  if (apiKey !== null) session.addSecret(apiKey);

  // Read the baseline first: a bad one should stop before a long run, not after.
  const baseline =
    command.baselinePath === null
      ? null
      : await (await comparing()).readReportArgument(command.baselinePath, io.cwd);
  const json = command.logFormat === 'json' ? await session.jsonLogger(command.verbose) : null;
  // JSON logs carry the progress as events, so there are no bars or progress lines.
  const display: ProgressDisplay =
    json === null
      ? await createProgressDisplay({
          quiet: command.run.quiet,
          terminal: io.progressTerminal,
          clock: systemClock,
          safe: (text) => terminalText(session.redact(text)),
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
  const job = await withProgress(display, metrics, async () =>
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
        servers: await createEngineServers({
          addresses: { ...benchmark.servers, ...command.servers },
          apiKey,
          clock: systemClock,
          deadlines: command.run.serverDeadlines,
        }),
        logger,
        signal: io.signal,
        observer: combineObservers(probeOnStart, display.observer, metrics?.observer),
        redact: session.redact,
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
    const { judgeAgainstBaseline } = await comparing();
    status = judgeAgainstBaseline(baseline, command.baselinePath, job.report, command.comparison, io);
  }
  const unavailable = run.models.filter((model) => model.status === 'unavailable');
  if (unavailable.length > 0) {
    io.stderr(
      `error: ${unavailable.length} model(s) could not be run: ${unavailable.map((m) => targetName(m.ref)).join(', ')}\n`,
    );
    status = 1;
  }
  return status;
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
