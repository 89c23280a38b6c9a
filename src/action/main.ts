import { tmpdir } from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { context as actionsContext } from '@actions/github';
import { systemClock } from '../adapters/clock/system-clock.js';
import { findBenchmarkFiles } from '../adapters/fs/benchmark-glob.js';
import { loadBenchmarkFile } from '../adapters/fs/benchmark-source.js';
import { loadChoiceArguments, splitChoicePatterns } from '../adapters/fs/choice-source.js';
import { DirectoryReportStore } from '../adapters/fs/report-store.js';
import { ActionsGitHub } from '../adapters/github/actions-github.js';
import { ActionsLogger } from '../adapters/logger/actions-logger.js';
import { LineProgress } from '../adapters/progress/line-progress.js';
import { OllamaModelServer } from '../adapters/ollama/client.js';
import { ollamaBaseUrl } from '../adapters/ollama/host.js';
import { ActionsOllamaRuntime } from '../adapters/ollama/runtime.js';
import { provisionBubblewrap } from '../adapters/sandbox/provision-bubblewrap.js';
import { NO_CODE_RUNNER, runsCode } from '../adapters/sandbox/no-code-runner.js';
import { PythonCodeRunner } from '../adapters/sandbox/python-code-runner.js';
import { interruptExitStatus, listenForInterrupts, type Interrupts } from '../adapters/system/interrupts.js';
import { collectEnvironment } from '../adapters/system/fingerprint.js';
import { INPUTS, RUNNER_ENV, STATE } from '../constants.js';
import { mergeOptions, runBenchmarkJob, type BenchmarkJobResult } from '../app/benchmark-job.js';
import { createRedactor, secretsFromEnv, type Redact } from '../core/redact.js';
import { createEngineServers } from '../adapters/engine-servers.js';
import { apiKeyFromEnv } from '../config/engine-servers.js';
import { planModels } from '../core/run-benchmark.js';
import { ConfigurationError, ExternalError, describeError } from '../errors.js';
import type { GitHub, OllamaRuntime, RestoredModels } from '../ports.js';
import type { RenderedComparison } from '../report/comparison-markdown.js';
import { planPublishing, type PublishPlan } from '../report/publish-plan.js';
import { terminalText } from '../report/safe-text.js';
import { EXBENCH_VERSION } from '../version.js';
import { actionHistory, readTrend, recordHistory } from './history.js';
import { readActionInputs, type ActionSettings } from './inputs.js';
import { mergeLegs } from './merge-legs.js';
import { ollamaNeeds, type LoadedBenchmark, type OllamaNeeds } from './ollama-models.js';
import { actionOutputs } from './outputs.js';
import { publish, relativeReportPath } from './publish.js';
import { compareWithBaseline } from './regression.js';
import { targetName } from '../core/run-targets.js';

/** What every phase may use. */
interface ActionContext {
  settings: ActionSettings;
  github: GitHub;
  ollama: OllamaRuntime;
  logger: ActionsLogger;
  cwd: string;
  /** Where the action keeps its own files (Ollama's models and log, a downloaded baseline). */
  stateDir: string;
  /** The user's or the world's problems, to report and (with fail-on-error) fail on. */
  problems: string[];
  /** Replaces every secret value with `***`, before anything is stored or published. */
  redact: Redact;
  /** The key from the variable `api-key-env` names, for the llamacpp and openai servers. */
  apiKey: string | null;
  /** A cancelled job: stop sending requests, kill the snippets, publish what was run. */
  interrupts: Interrupts;
}

/**
 * The action: read inputs, provide an Ollama server, run each benchmark and write its report,
 * compare with a baseline, publish, then fail the step if the plan says so. What to publish and
 * when to fail is decided by planPublishing (src/report/publish-plan.ts); this file only wires.
 */
export async function run(): Promise<void> {
  const logger = new ActionsLogger();
  // A cancelled job gets SIGINT, then SIGTERM: stop, kill the snippets, publish what was run.
  const interrupts = listenForInterrupts((line) => logger.warning(line), { exitOnSecond: false });
  try {
    const settings = readActionInputs(actionsContext.eventName);
    // Masked in the log by the runner, and redacted from the report, summary and comment by us.
    const apiKey = apiKeyFromEnv(settings.apiKeyEnv, process.env, `Input "${INPUTS.apiKeyEnv}"`);
    const secrets = [...secretsFromEnv(process.env), settings.githubToken, apiKey ?? ''].filter(
      (s) => s !== '',
    );
    for (const secret of secrets) core.setSecret(secret);
    const cwd = process.cwd();
    const context: ActionContext = {
      settings,
      github: new ActionsGitHub(settings.githubToken, logger, settings.commentKey),
      ollama: new ActionsOllamaRuntime(logger),
      logger,
      cwd,
      stateDir: path.join(process.env[RUNNER_ENV.runnerTemp] || cwd, '.exbench'),
      problems: [],
      redact: createRedactor(secrets),
      interrupts,
      apiKey,
    };

    // A matrix's final job runs nothing: it merges what the legs uploaded and publishes it once.
    const merging = settings.mode === 'merge';
    const benchmarks = merging ? [] : await loadBenchmarks(context);
    const needs = ollamaNeeds(benchmarks, settings.run.models, settings.servers);
    const { models } = needs;
    const server = benchmarks.length === 0 ? null : await provideServer(context, needs);
    const results = merging
      ? await logger.group('Merge the matrix legs', () => mergeLegs(settings, context))
      : server === null
        ? []
        : await runBenchmarks(context, benchmarks, server.url);
    if (server?.restored) await saveModelCache(context, models, server.restored);
    const comparisons = await logger.group('Compare with the baseline', () => compare(context, results));
    const history = actionHistory(settings, logger);
    const reports = results.map(({ report }) => report);
    const trend = await readTrend(history, reports, logger);
    const plan = await logger.group('Publish results', () =>
      publishResults(context, results, comparisons, trend),
    );
    await logger.group('Record the history', () =>
      recordHistory(history, reports, settings.maxHistory, logger),
    );
    for (const { comparison } of comparisons) {
      for (const line of comparison.inconclusive) logger.warning(`Not judged (server faults): ${line}`);
    }
    for (const warning of plan.warnings) logger.warning(warning);
    const interrupted = interrupts.received();
    const failures = [
      ...(interrupted === null
        ? []
        : [`The run was interrupted (${interrupted}); the reports hold the rows run so far.`]),
      ...(plan.failure === null ? [] : [plan.failure]),
    ];
    if (failures.length > 0) core.setFailed(terminalText(failures.join('\n')));
  } catch (error: unknown) {
    core.setFailed(terminalText(describeError(error)));
  } finally {
    interrupts.dispose();
  }
  const interrupted = interrupts.received();
  // A request to Ollama may still be open; everything is published, so end now.
  if (interrupted !== null) process.exit(interruptExitStatus(interrupted));
}

/**
 * The sandbox for generated code. On Linux, unless the workflow chose `process`, the namespace
 * tier is made to work (bubblewrap installed, AppArmor told) and required: the step fails with the
 * real reason rather than run hostile code without a boundary.
 */
async function createSandbox({ settings, logger }: ActionContext): Promise<PythonCodeRunner> {
  const { sandbox, memoryBytes } = settings.run;
  const linux = process.platform === 'linux';
  if (linux && sandbox !== 'process') {
    await logger.group('Prepare the sandbox', () => provisionBubblewrap(logger));
  }
  const runner = await PythonCodeRunner.create({
    sandbox: linux && sandbox === 'auto' ? 'namespace' : sandbox,
    memoryBytes,
  });
  logger.info(`Generated code runs in the ${runner.sandbox.tier} sandbox tier`);
  if (runner.sandbox.warning !== null) logger.warning(runner.sandbox.warning);
  return runner;
}

/** The benchmark files, each checked; a bad one is a problem and is skipped. */
async function loadBenchmarks({
  settings,
  cwd,
  problems,
  logger,
}: ActionContext): Promise<LoadedBenchmark[]> {
  // Multiple-choice CSV files (and folders of them) make one benchmark together, scored per file.
  const { choice, other } = await splitChoicePatterns(settings.benchmarkPatterns, cwd);
  const sources = [
    ...(await findBenchmarkFiles(other, cwd)).map((file) => ({
      file,
      load: () => loadBenchmarkFile(path.resolve(cwd, file)),
    })),
    ...(choice.length > 0 ? [{ file: choice.join(', '), load: () => loadChoiceArguments(choice, cwd) }] : []),
  ];
  const loaded: LoadedBenchmark[] = [];
  for (const { file, load } of sources) {
    try {
      const benchmark = await load();
      // Checks the model list now, before anything is installed.
      planModels({ ...benchmark, fileName: file }, settings.run.models, {
        ...benchmark.servers,
        ...settings.servers,
      });
      loaded.push({ file, benchmark });
    } catch (error: unknown) {
      if (!(error instanceof ConfigurationError)) throw error;
      problems.push(describeError(error));
      logger.info(`Skipping ${file}: ${describeError(error)}`);
    }
  }
  return loaded;
}

/**
 * The server given by `ollama-host`, or one installed, its models restored from the cache, and
 * started; none when every model runs on another engine (the address is then never asked).
 */
async function provideServer(
  { settings, github, ollama, logger, stateDir }: ActionContext,
  { models, notNeeded }: OllamaNeeds,
): Promise<{ url: string; restored: { modelsDir: string; models: RestoredModels } | null }> {
  if (settings.ollamaHost !== null) return { url: settings.ollamaHost, restored: null };
  if (notNeeded !== null) {
    logger.info(`Not installing or starting Ollama: ${notNeeded}.`);
    return { url: ollamaBaseUrl(undefined), restored: null };
  }
  const { binaryPath } = await ollama.install({
    version: settings.ollamaVersion,
    downloadBaseUrl: settings.ollamaDownloadUrl,
  });
  const modelsDir = path.join(stateDir, 'ollama-models');
  const restored = settings.cacheModels
    ? await logger.group('Restore model cache', () => ollama.restoreModels({ modelsDir, models }))
    : null;
  const server = await ollama.serve({
    binaryPath,
    modelsDir,
    logFile: path.join(stateDir, 'ollama-serve.log'),
  });
  github.saveState(STATE.ollamaPid, String(server.pid));
  return { url: server.url, restored: restored === null ? null : { modelsDir, models: restored } };
}

/** Each benchmark run and its report written; a benchmark that cannot run is a problem, not a crash. */
async function runBenchmarks(
  context: ActionContext,
  benchmarks: readonly LoadedBenchmark[],
  hostUrl: string,
): Promise<BenchmarkJobResult[]> {
  const { settings, cwd, problems, logger, redact, interrupts } = context;
  // Every report records the machine, so a comparison can tell a slower change from a slower runner.
  // Gathered while the first rows run: the GPU tools are processes.
  const environment = collectEnvironment();
  const ports = {
    server: new OllamaModelServer({
      url: hostUrl,
      clock: systemClock,
      deadlines: settings.run.serverDeadlines,
    }),
    // No sandbox (nor bubblewrap to install) when no benchmark's evaluator runs code.
    runner: benchmarks.some(({ benchmark }) => runsCode(benchmark))
      ? await createSandbox(context)
      : NO_CODE_RUNNER,
    clock: systemClock,
    logger,
    signal: interrupts.signal,
    // Plain lines inside each model's log group; a log has no terminal to draw bars on.
    observer: settings.run.quiet ? undefined : new LineProgress(systemClock, (line) => logger.info(line)),
    redact,
    reports: new DirectoryReportStore(path.resolve(cwd, settings.reportDir), `Input "${INPUTS.reportDir}"`),
    fallbackReports: new DirectoryReportStore(path.join(tmpdir(), 'exbench-reports')),
  };
  const results: BenchmarkJobResult[] = [];
  for (const { file, benchmark } of benchmarks) {
    if (interrupts.signal.aborted) {
      problems.push(`${file}: not run, the job was cancelled`);
      continue;
    }
    logger.info(`Benchmark "${benchmark.benchmarkName}" (${file})`);
    try {
      const servers = await createEngineServers({
        addresses: { ...benchmark.servers, ...settings.servers },
        apiKey: context.apiKey,
        clock: systemClock,
        deadlines: settings.run.serverDeadlines,
      });
      const result = await runBenchmarkJob(
        { ...benchmark, fileName: file },
        { ...settings.run, options: mergeOptions(benchmark, settings.run.options) },
        { ...ports, servers },
        environment.then((machine) => ({
          exbenchVersion: EXBENCH_VERSION,
          benchmarkPath: file,
          environment: machine,
        })),
      );
      logger.info(`Report written to ${result.reportPath}`);
      results.push(result);
      for (const model of result.run.models.filter((m) => m.status === 'unavailable')) {
        problems.push(
          `${file}: model ${targetName(model.ref)} could not be run: ${model.error ?? 'unavailable'}`,
        );
      }
    } catch (error: unknown) {
      if (!(error instanceof ConfigurationError || error instanceof ExternalError)) throw error;
      problems.push(`${file}: ${describeError(error)}`);
      logger.info(`No report for ${file}: ${describeError(error)}`);
    }
  }
  return results;
}

async function saveModelCache(
  { ollama, logger }: ActionContext,
  models: readonly string[],
  restored: { modelsDir: string; models: RestoredModels },
): Promise<void> {
  await logger.group('Save model cache', () =>
    ollama.saveModels({ modelsDir: restored.modelsDir, models, restored: restored.models }),
  );
}

/** Each report compared with its baseline; a comparison that breaks is a warning, never a failed run. */
async function compare(
  { settings, cwd, stateDir, logger }: ActionContext,
  results: readonly BenchmarkJobResult[],
): Promise<RenderedComparison[]> {
  try {
    return await compareWithBaseline({
      regression: settings.comparison,
      headReports: results.map(({ reportPath, report }) => ({ path: reportPath, report })),
      artifactName: settings.artifactName,
      githubToken: settings.githubToken,
      cwd,
      workDir: stateDir,
      logger,
    });
  } catch (error: unknown) {
    logger.warning(`Could not compare with the baseline: ${describeError(error)}`);
    return [];
  }
}

/** Plans, publishes and sets the outputs; the plan also says whether the step fails. */
async function publishResults(
  { settings, github, logger, cwd, problems, redact }: ActionContext,
  results: readonly BenchmarkJobResult[],
  comparisons: readonly RenderedComparison[],
  trend: string,
): Promise<PublishPlan> {
  const marker = github.commentMarker(results.map(({ run }) => run.benchmark.benchmarkName));
  const makePlan = (artifactUrl: string | null): PublishPlan => {
    const planned = planPublishing({
      runs: results.map(({ run, reportPath }) => ({ run, reportPath: relativeReportPath(cwd, reportPath) })),
      comparisons,
      problems,
      policy: {
        comment: settings.comment,
        failOnError: settings.failOnError,
        failOnRegression: settings.comparison.failOnRegression,
      },
      context: { pullRequest: github.pullRequest() !== null, hasToken: settings.githubToken !== '' },
      limits: github.limits,
      markerLength: marker.current.length,
      trend,
      artifactUrl,
    });
    // The runs are redacted already; problems and server text are not. `***` is never longer than a
    // secret (6 characters or more), so the plan's size limits still hold.
    return { ...planned, summary: redact(planned.summary), commentBody: redact(planned.commentBody) };
  };
  const plan = await publish(makePlan, {
    github,
    logger,
    results,
    artifactName: settings.artifactName,
    reportRoot: path.resolve(cwd, settings.reportDir),
    marker,
  });
  github.setOutputs(actionOutputs(results, plan.commentBody, comparisons));
  return plan;
}
