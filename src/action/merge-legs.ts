import path from 'node:path';
import { getOctokit } from '@actions/github';
import { readReportDirectory } from '../adapters/fs/baseline-reports.js';
import { DirectoryReportStore } from '../adapters/fs/report-store.js';
import { downloadRunArtifacts } from '../adapters/github/run-artifacts.js';
import type { BenchmarkJobResult } from '../app/benchmark-job.js';
import { runFromReport } from '../app/run-from-report.js';
import { INPUTS, RUNNER_ENV } from '../constants.js';
import { ConfigurationError, ExternalError, describeError } from '../errors.js';
import type { Logger } from '../ports.js';
import { mergeReports, partialMergeWarning, type NamedReport } from '../report/merge-reports.js';
import { reportFileStem } from '../report/report-file-name.js';
import { streamJson } from '../report/stream-json.js';
import type { ActionSettings } from './inputs.js';

/**
 * `mode: merge`: the report artifacts of this run's matrix legs, downloaded, merged into one report
 * per benchmark (written to `report-dir`) and read back as runs, so the rest of the action
 * publishes them as it publishes its own. What goes wrong is a problem for `fail-on-error`.
 */
export async function mergeLegs(
  settings: ActionSettings,
  context: { cwd: string; stateDir: string; logger: Logger; problems: string[] },
): Promise<BenchmarkJobResult[]> {
  const { logger, problems } = context;
  const [owner = '', repo = ''] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
  const runId = Number(process.env[RUNNER_ENV.runId]);
  try {
    if (owner === '' || !Number.isSafeInteger(runId)) {
      throw new ConfigurationError(
        `Input "${INPUTS.mode}": merge needs GITHUB_REPOSITORY and GITHUB_RUN_ID, set on GitHub's runners`,
      );
    }
    const downloaded = await downloadRunArtifacts({
      octokit: getOctokit(settings.githubToken),
      owner,
      repo,
      runId,
      pattern: settings.mergePattern,
      token: settings.githubToken,
      directory: path.join(context.stateDir, 'merge'),
      logger,
    });
    const named: NamedReport[] = [];
    for (const artifact of downloaded) {
      const read = await readReportDirectory(artifact.directory);
      for (const line of read.skipped) logger.warning(`${artifact.name}: skipped ${line}`);
      for (const { path: file, report } of read.reports) {
        if ('report_format' in report)
          named.push({ label: `${artifact.name}/${path.basename(file)}`, report });
      }
    }
    if (named.length === 0) {
      problems.push(`No exbench report in the artifacts of this run matching "${settings.mergePattern}".`);
      return [];
    }
    const store = new DirectoryReportStore(
      path.resolve(context.cwd, settings.reportDir),
      `Input "${INPUTS.reportDir}"`,
    );
    await store.prepare();
    const results: BenchmarkJobResult[] = [];
    // A leg that failed leaves its shard out; what the others measured is still published, flagged.
    for (const report of mergeReports(named, { allowPartial: true })) {
      if (report.missing_shards)
        logger.warning(partialMergeWarning(report.benchmark_name, report.missing_shards));
      const reportPath = await store.write(
        reportFileStem(report.benchmark_name, new Date(report.started_at)),
        streamJson(report),
      );
      logger.info(
        `Merged ${report.merged_from?.length ?? 1} report(s) of "${report.benchmark_name}" into ${reportPath}`,
      );
      results.push({ run: runFromReport(report, reportPath), report, reportPath, reportFiles: [reportPath] });
    }
    return results;
  } catch (error: unknown) {
    if (!(error instanceof ConfigurationError || error instanceof ExternalError)) throw error;
    problems.push(`Could not merge the reports: ${describeError(error)}`);
    return [];
  }
}
