import { availableParallelism } from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { context as actionsContext, getOctokit } from '@actions/github';
import { systemClock } from '../adapters/clock/system-clock.js';
import { findBenchmarkFiles } from '../adapters/fs/benchmark-glob.js';
import { loadBenchmarkFile } from '../adapters/fs/benchmark-source.js';
import { DirectoryReportStore } from '../adapters/fs/report-store.js';
import { uploadReports } from '../adapters/github/artifact-store.js';
import { hasMarkedComment } from '../adapters/github/existing-comment.js';
import { JOB_SUMMARY_LIMIT_BYTES, writeJobSummary } from '../adapters/github/job-summary.js';
import {
  restoreModelCache,
  saveModelCache,
  type RestoredModelCache,
} from '../adapters/github/model-cache.js';
import {
  COMMENT_BODY_LIMIT,
  commentMarker,
  upsertPullRequestComment,
} from '../adapters/github/pr-comment.js';
import { pullRequestContext } from '../adapters/github/pull-request-context.js';
import { ActionsLogger } from '../adapters/logger/actions-logger.js';
import { OllamaModelServer } from '../adapters/ollama/client.js';
import { detectGpu } from '../adapters/ollama/gpu.js';
import { installOllama } from '../adapters/ollama/install.js';
import { startOllamaServer } from '../adapters/ollama/serve.js';
import { PythonCodeRunner } from '../adapters/sandbox/python-code-runner.js';
import { collectEnvironment } from '../adapters/system/fingerprint.js';
import type { BenchmarkFile } from '../config/benchmark-file.js';
import {
  DEFAULT_MAX_OUTPUT_BYTES,
  DEFAULT_RETRY_ATTEMPTS,
  RETRY_INITIAL_DELAY_MS,
  RUNNER_ENV,
  STATE,
} from '../constants.js';
import { mergeOptions, runBenchmarkJob, type BenchmarkJobResult } from '../app/benchmark-job.js';
import { SERVED_PROVIDER } from '../core/model-ref.js';
import { planModels } from '../core/run-benchmark.js';
import type { RunSettings } from '../core/types.js';
import { ConfigurationError, ExternalError, describeError } from '../errors.js';
import { renderComparisonMarkdown, type RenderedComparison } from '../report/comparison-markdown.js';
import { renderMarkdown, type RenderedRun } from '../report/markdown.js';
import { EXBENCH_VERSION } from '../version.js';
import { readActionInputs, type ActionSettings } from './inputs.js';
import { actionOutputs, setActionOutputs } from './outputs.js';
import { readRegressionInputs, type RegressionSettings } from './regression-inputs.js';
import { compareWithBaseline } from './regression.js';

/**
 * Thrown at the end of a run whose problems (`fail-on-error`) or regressions
 * (`fail-on-regression`) fail the step, after publishing.
 */
class RunProblemsError extends Error {
  override readonly name = 'RunProblemsError';
}

interface LoadedBenchmark {
  /** As matched, relative to the workspace. */
  file: string;
  benchmark: BenchmarkFile;
}

/**
 * The action: read inputs, provide an Ollama server, run each benchmark and write its report, then
 * publish (artifact, job summary, PR comment, outputs). Publishing is best effort. Problems that
 * are the user's or the world's (a bad file, an unreachable server, a model that could not be had)
 * fail the step only after everything is published, and only with `fail-on-error`. With a
 * `baseline`, each report is compared with its baseline's; a regression fails the step after
 * publishing, with `fail-on-regression`.
 */
export async function run(): Promise<void> {
  const logger = new ActionsLogger();
  try {
    const settings = readActionInputs();
    const regression = readRegressionInputs(actionsContext.eventName);
    const cwd = process.cwd();
    const problems: string[] = [];
    const benchmarks = await loadBenchmarks(settings, cwd, problems, logger);

    let restored: RestoredModelCache | null = null;
    let modelsDir: string | null = null;
    let hostUrl = settings.ollamaHost;
    const stateDir = path.join(process.env[RUNNER_ENV.runnerTemp] || cwd, '.exbench');
    const models = modelsToPull(benchmarks, settings.models);
    if (hostUrl === null && benchmarks.length > 0) {
      const gpu = await detectGpu();
      const installed = await installOllama({
        version: settings.ollamaVersion,
        downloadBaseUrl: settings.ollamaDownloadUrl,
        gpu,
        logger,
      });
      modelsDir = path.join(stateDir, 'ollama-models');
      if (settings.cacheModels) {
        const dir = modelsDir;
        restored = await logger.group('Restore model cache', () =>
          restoreModelCache({ modelsDir: dir, models, logger }),
        );
      }
      const server = await startOllamaServer({
        binaryPath: installed.binaryPath,
        modelsDir,
        logFile: path.join(stateDir, 'ollama-serve.log'),
        logger,
      });
      core.saveState(STATE.ollamaPid, String(server.pid));
      hostUrl = server.url;
    }

    const results: BenchmarkJobResult[] = [];
    if (benchmarks.length > 0 && hostUrl !== null) {
      // Every report records the machine, so a comparison can tell a slower change from a slower runner.
      const environment = await collectEnvironment();
      const ports = {
        server: new OllamaModelServer({ url: hostUrl, clock: systemClock }),
        runner: await PythonCodeRunner.create(),
        clock: systemClock,
        logger,
        reports: new DirectoryReportStore(path.resolve(cwd, settings.reportDir)),
      };
      for (const { file, benchmark } of benchmarks) {
        logger.info(`Benchmark "${benchmark.benchmarkName}" (${file})`);
        try {
          const result = await runBenchmarkJob(
            { ...benchmark, fileName: file },
            runSettings(settings, benchmark),
            ports,
            { exbenchVersion: EXBENCH_VERSION, benchmarkPath: file, environment },
          );
          logger.info(`Report written to ${result.reportPath}`);
          results.push(result);
          for (const model of result.run.models.filter((m) => m.status === 'unavailable')) {
            problems.push(
              `${file}: model ${model.ref.spec} could not be run: ${model.error ?? 'unavailable'}`,
            );
          }
        } catch (error: unknown) {
          if (!(error instanceof ConfigurationError || error instanceof ExternalError)) throw error;
          problems.push(`${file}: ${describeError(error)}`);
          logger.info(`No report for ${file}: ${describeError(error)}`);
        }
      }
    }

    if (restored !== null && modelsDir !== null) {
      const dir = modelsDir;
      const matched = restored;
      await logger.group('Save model cache', () =>
        saveModelCache({ modelsDir: dir, models, logger, restored: matched }),
      );
    }

    const comparisons = await logger.group('Compare with the baseline', () =>
      compare(settings, regression, results, cwd, stateDir, logger),
    );

    const summary = await logger.group('Publish results', () =>
      publish(settings, results, problems, comparisons, cwd, logger),
    );
    setActionOutputs(actionOutputs(results, summary, comparisons));

    const failures: string[] = [];
    if (problems.length > 0) {
      if (settings.failOnError) failures.push(...problems);
      else for (const problem of problems) logger.warning(`${problem} (not failing: fail-on-error is false)`);
    }
    const regressions = regressionLines(comparisons);
    if (regressions.length > 0) {
      if (regression.failOnRegression) failures.push(...regressions);
      else
        logger.warning(`Regression (not failing: fail-on-regression is false):\n${regressions.join('\n')}`);
    }
    if (failures.length > 0) throw new RunProblemsError(failures.join('\n'));
  } catch (error: unknown) {
    core.setFailed(describeError(error));
  }
}

async function loadBenchmarks(
  settings: ActionSettings,
  cwd: string,
  problems: string[],
  logger: ActionsLogger,
): Promise<LoadedBenchmark[]> {
  const files = await findBenchmarkFiles(settings.benchmarkPatterns, cwd);
  const loaded: LoadedBenchmark[] = [];
  for (const file of files) {
    try {
      const benchmark = await loadBenchmarkFile(path.resolve(cwd, file));
      // Checks the model list now, before anything is installed.
      planModels({ ...benchmark, fileName: file }, settings.models);
      loaded.push({ file, benchmark });
    } catch (error: unknown) {
      if (!(error instanceof ConfigurationError)) throw error;
      problems.push(describeError(error));
      logger.info(`Skipping ${file}: ${describeError(error)}`);
    }
  }
  return loaded;
}

/** The Ollama models the run needs, for the model cache key. */
function modelsToPull(benchmarks: readonly LoadedBenchmark[], requested: readonly string[]): string[] {
  const names = benchmarks.flatMap(({ file, benchmark }) =>
    planModels({ ...benchmark, fileName: file }, requested)
      .filter((ref) => ref.provider === SERVED_PROVIDER)
      .map((ref) => ref.name),
  );
  return [...new Set(names)];
}

function runSettings(settings: ActionSettings, benchmark: BenchmarkFile): RunSettings {
  return {
    models: settings.models,
    options: mergeOptions(benchmark, settings.options),
    pull: true,
    warmup: true,
    overlap: false,
    evaluationConcurrency: availableParallelism(),
    codeTimeoutMs: settings.codeTimeoutMs,
    maxOutputBytes: DEFAULT_MAX_OUTPUT_BYTES,
    retry: { attempts: DEFAULT_RETRY_ATTEMPTS, initialDelayMs: RETRY_INITIAL_DELAY_MS },
  };
}

/**
 * Each report compared with its baseline; a comparison that breaks is a warning and no comparison,
 * never a failed run.
 */
async function compare(
  settings: ActionSettings,
  regression: RegressionSettings,
  results: readonly BenchmarkJobResult[],
  cwd: string,
  stateDir: string,
  logger: ActionsLogger,
): Promise<RenderedComparison[]> {
  try {
    return await compareWithBaseline({
      regression,
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

/** Every regressed figure, naming its benchmark when several were compared. */
function regressionLines(comparisons: readonly RenderedComparison[]): string[] {
  return comparisons.flatMap(({ comparison }) =>
    comparison.regressions.map((line) =>
      comparisons.length > 1 ? `${comparison.benchmark.head}: ${line}` : line,
    ),
  );
}

/**
 * The comparison (it matters most) above the run's results, within `maxLength` bytes: the
 * comparison takes what it needs and the results get what remains.
 */
function composeMarkdown(
  rendered: readonly RenderedRun[],
  comparisons: readonly RenderedComparison[],
  problems: readonly string[],
  maxLength: number,
): string {
  if (comparisons.length === 0) return renderMarkdown(rendered, { maxLength, problems: [...problems] });
  const heading = '## exbench: comparison with the baseline\n\n';
  const separator = '\n';
  // The results' tables are never cut, so the comparison leaves room for them at their leanest.
  const leanest = renderMarkdown(rendered, { maxLength: 0, problems: [...problems] });
  const comparisonBudget = Math.max(
    0,
    maxLength - Buffer.byteLength(leanest) - Buffer.byteLength(heading + separator),
  );
  const comparison = heading + renderComparisonMarkdown(comparisons, { maxLength: comparisonBudget });
  const remaining = maxLength - Buffer.byteLength(comparison + separator);
  return comparison + separator + renderMarkdown(rendered, { maxLength: remaining, problems: [...problems] });
}

/** Artifact, job summary and PR comment; each failure is a warning. Returns the markdown for the output. */
async function publish(
  settings: ActionSettings,
  results: readonly BenchmarkJobResult[],
  problems: readonly string[],
  comparisons: readonly RenderedComparison[],
  cwd: string,
  logger: ActionsLogger,
): Promise<string> {
  const rendered: RenderedRun[] = results.map(({ run, reportPath }) => ({
    run,
    reportPath: path.relative(cwd, reportPath) || reportPath,
  }));
  const names = results.map(({ run }) => run.benchmark.benchmarkName);
  const marker = commentMarker(process.env[RUNNER_ENV.workflow] ?? '', names.join(', '));
  // The comment gets the marker and a blank line appended.
  const commentMarkdown = composeMarkdown(
    rendered,
    comparisons,
    problems,
    COMMENT_BODY_LIMIT - marker.length - 2,
  );

  if (results.length > 0) {
    await bestEffort('upload the reports', logger, () =>
      uploadReports({
        name: settings.artifactName,
        files: results.map((r) => r.reportPath),
        rootDirectory: path.resolve(cwd, settings.reportDir),
        logger,
      }),
    );
  }
  await bestEffort('write the job summary', logger, () =>
    // Room for the line ending the summary appends.
    writeJobSummary(composeMarkdown(rendered, comparisons, problems, JOB_SUMMARY_LIMIT_BYTES - 64), logger),
  );
  await bestEffort('comment on the pull request', logger, () =>
    comment(settings, results, problems, comparisons, marker, commentMarkdown, logger),
  );
  return commentMarkdown;
}

/**
 * `comment: on-change` posts when something needs a look (a row did not pass, a model could not
 * be run, a file was bad, something regressed); a clean run only updates a comment posted earlier, so it never goes
 * stale, and never starts a new one.
 */
async function comment(
  settings: ActionSettings,
  results: readonly BenchmarkJobResult[],
  problems: readonly string[],
  comparisons: readonly RenderedComparison[],
  marker: string,
  body: string,
  logger: ActionsLogger,
): Promise<void> {
  if (settings.comment === 'false') return;
  const pr = pullRequestContext();
  if (pr === null) {
    logger.debug('No pull request comment: this run was not started by a pull request.');
    return;
  }
  if (settings.githubToken === '') {
    logger.notice(
      'No pull request comment: the github-token input is empty. The results are in the job summary.',
    );
    return;
  }
  const octokit = getOctokit(settings.githubToken);
  const target = { octokit, owner: pr.owner, repo: pr.repo, issueNumber: pr.number, marker, logger };
  if (settings.comment === 'on-change' && !needsAttention(results, problems, comparisons)) {
    const exists = await hasMarkedComment(target);
    if (exists !== true) {
      logger.info('No pull request comment: everything passed and there is no earlier comment to update.');
      return;
    }
  }
  const result = await upsertPullRequestComment({ ...target, body });
  if (result.action === 'skipped' && /HTTP 40[34]/.test(result.reason ?? '')) {
    logger.notice(
      `No pull request comment (${result.reason}): the token cannot write to this pull request, as on ` +
        'pull requests from forks. The results are in the job summary.',
    );
  }
}

function needsAttention(
  results: readonly BenchmarkJobResult[],
  problems: readonly string[],
  comparisons: readonly RenderedComparison[],
): boolean {
  if (problems.length > 0 || comparisons.some(({ comparison }) => comparison.regressed)) return true;
  return results.some(({ run }) =>
    run.models.some(
      (model) => model.status !== 'completed' || model.rows.some((row) => row.status !== 'passed'),
    ),
  );
}

async function bestEffort(what: string, logger: ActionsLogger, step: () => Promise<unknown>): Promise<void> {
  try {
    await step();
  } catch (error: unknown) {
    logger.warning(`Could not ${what}: ${describeError(error)}`);
  }
}
