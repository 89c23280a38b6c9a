import { availableParallelism } from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
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
import type { BenchmarkFile } from '../config/benchmark-file.js';
import { DEFAULT_MAX_OUTPUT_BYTES, RUNNER_ENV, STATE } from '../constants.js';
import { mergeOptions, runBenchmarkJob, type BenchmarkJobResult } from '../core/benchmark-job.js';
import { SERVED_PROVIDER } from '../core/model-ref.js';
import { planModels } from '../core/run-benchmark.js';
import type { RunSettings } from '../core/types.js';
import { ConfigurationError, ExternalError, describeError } from '../errors.js';
import { renderMarkdown, type RenderedRun } from '../report/markdown.js';
import { EXBENCH_VERSION } from '../version.js';
import { readActionInputs, type ActionSettings } from './inputs.js';
import { actionOutputs, setActionOutputs } from './outputs.js';

/** Thrown at the end of a run whose problems fail the step (`fail-on-error`), after publishing. */
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
 * fail the step only after everything is published, and only with `fail-on-error`.
 */
export async function run(): Promise<void> {
  const logger = new ActionsLogger();
  try {
    const settings = readActionInputs();
    const cwd = process.cwd();
    const problems: string[] = [];
    const benchmarks = await loadBenchmarks(settings, cwd, problems, logger);

    let restored: RestoredModelCache | null = null;
    let modelsDir: string | null = null;
    let hostUrl = settings.ollamaHost;
    const models = modelsToPull(benchmarks, settings.models);
    if (hostUrl === null && benchmarks.length > 0) {
      const gpu = await detectGpu();
      const installed = await installOllama({
        version: settings.ollamaVersion,
        downloadBaseUrl: settings.ollamaDownloadUrl,
        gpu,
        logger,
      });
      const stateDir = path.join(process.env[RUNNER_ENV.runnerTemp] || cwd, '.exbench');
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
            { exbenchVersion: EXBENCH_VERSION, benchmarkPath: file },
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

    const summary = await logger.group('Publish results', () =>
      publish(settings, results, problems, cwd, logger),
    );
    setActionOutputs(actionOutputs(results, summary));

    if (problems.length > 0) {
      if (settings.failOnError) throw new RunProblemsError(problems.join('\n'));
      for (const problem of problems) logger.warning(`${problem} (not failing: fail-on-error is false)`);
    }
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
    retry: { attempts: 3, initialDelayMs: 500 },
  };
}

/** Artifact, job summary and PR comment; each failure is a warning. Returns the markdown for the output. */
async function publish(
  settings: ActionSettings,
  results: readonly BenchmarkJobResult[],
  problems: readonly string[],
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
  const commentMarkdown = renderMarkdown(rendered, {
    maxLength: COMMENT_BODY_LIMIT - marker.length - 2,
    problems: [...problems],
  });

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
    writeJobSummary(
      renderMarkdown(rendered, { maxLength: JOB_SUMMARY_LIMIT_BYTES - 64, problems: [...problems] }),
      logger,
    ),
  );
  await bestEffort('comment on the pull request', logger, () =>
    comment(settings, results, problems, marker, commentMarkdown, logger),
  );
  return commentMarkdown;
}

/**
 * `comment: on-change` posts when something needs a look (a row did not pass, a model could not
 * be run, a file was bad); a clean run only updates a comment posted earlier, so it never goes
 * stale, and never starts a new one.
 */
async function comment(
  settings: ActionSettings,
  results: readonly BenchmarkJobResult[],
  problems: readonly string[],
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
  if (settings.comment === 'on-change' && !needsAttention(results, problems)) {
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

function needsAttention(results: readonly BenchmarkJobResult[], problems: readonly string[]): boolean {
  if (problems.length > 0) return true;
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
