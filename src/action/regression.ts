import { mkdir, mkdtemp } from 'node:fs/promises';
import path from 'node:path';
import { getOctokit } from '@actions/github';
import { readReportDirectory, readReportFiles, type ReportOnDisk } from '../adapters/fs/baseline-reports.js';
import { downloadBaselineArtifact } from '../adapters/github/baseline-artifact.js';
import { pullRequestContext } from '../adapters/github/pull-request-context.js';
import { RUNNER_ENV } from '../constants.js';
import { pickBaseline } from '../core/pick-baseline.js';
import { compareReports } from '../core/regression/compare-reports.js';
import type { Logger } from '../ports.js';
import type { RenderedComparison } from '../report/comparison-markdown.js';
import {
  comparisonThresholds,
  type BaselineSource,
  type ComparisonSettings,
} from '../config/comparison-settings.js';

/** A Logger that can also raise a notice annotation (ActionsLogger). */
export type NoticeLogger = Logger & { notice(message: string): void };

/** A baseline report with how the reader should see where it came from. */
interface BaselineReport extends ReportOnDisk {
  label: string;
}

export interface CompareWithBaselineOptions {
  regression: ComparisonSettings;
  /** The reports this run just wrote, as held in memory (compared as written, not re-read). */
  headReports: readonly ReportOnDisk[];
  artifactName: string;
  githubToken: string;
  cwd: string;
  /** A folder for the downloaded artifact. */
  workDir: string;
  logger: NoticeLogger;
}

/**
 * Compares each report this run wrote with its baseline: the report of the same benchmark among
 * the baseline files, or among the reports of the base branch's newest successful run. Baselines
 * are read by the report schema's reader; this run's reports are the ones it wrote. A baseline that cannot be found is a notice naming why;
 * the run still reports its own figures.
 */
export async function compareWithBaseline(
  options: CompareWithBaselineOptions,
): Promise<RenderedComparison[]> {
  const { regression, headReports, logger } = options;
  if (regression.baseline.kind === 'none' || headReports.length === 0) return [];

  const found = await findBaselineReports(regression.baseline, options);
  if ('reason' in found) {
    logger.notice(`No comparison with a baseline: ${found.reason}. This run's own figures are reported.`);
    return [];
  }

  const comparisons: RenderedComparison[] = [];
  for (const head of headReports) {
    const name = head.report.benchmark_name;
    const base = pickBaseline(found.reports, name);
    if (base === null) {
      const names = [...new Set(found.reports.map((r) => `"${r.report.benchmark_name}"`))].join(', ');
      logger.notice(
        `No comparison for benchmark "${name}": the baseline has no report for it (it has ${names}).`,
      );
      continue;
    }
    logger.info(`Comparing "${name}" with ${base.label}.`);
    const comparison = compareReports(base.report, head.report, comparisonThresholds(regression));
    for (const line of comparison.regressions) logger.info(`Regression: ${line}`);
    if (comparison.mismatch !== null)
      logger.warning(`Cannot compare "${name}" with ${base.label}: ${comparison.mismatch}.`);
    comparisons.push({ comparison, baseLabel: base.label });
  }
  return comparisons;
}

async function findBaselineReports(
  source: Exclude<BaselineSource, { kind: 'none' }>,
  options: CompareWithBaselineOptions,
): Promise<{ reports: BaselineReport[] } | { reason: string }> {
  const { cwd, logger } = options;
  if (source.kind === 'files') {
    const read = await readReportFiles(source.patterns, cwd);
    for (const line of read.skipped) logger.info(`Baseline: skipped ${line}.`);
    if (read.reports.length === 0) {
      return { reason: `no baseline report in ${source.patterns.join(', ')} (${read.skipped.join('; ')})` };
    }
    return {
      reports: read.reports.map((r) => ({ ...r, label: path.relative(cwd, r.path) || r.path })),
    };
  }

  const pr = pullRequestContext();
  const baseRef = pr?.baseRef ?? null;
  if (pr === null || baseRef === null) {
    return {
      reason:
        'baseline "auto" compares pull requests with their base branch, and this is not a pull request run',
    };
  }
  if (options.githubToken === '') return { reason: 'the github-token input is empty' };
  const runId = Number(process.env[RUNNER_ENV.runId]);
  if (!Number.isInteger(runId) || runId <= 0) {
    return { reason: `${RUNNER_ENV.runId} is not set (not running in GitHub Actions)` };
  }
  await mkdir(options.workDir, { recursive: true });
  const directory = await mkdtemp(path.join(options.workDir, 'baseline-'));
  const artifact = await downloadBaselineArtifact({
    octokit: getOctokit(options.githubToken),
    owner: pr.owner,
    repo: pr.repo,
    runId,
    baseRef,
    artifactName: options.artifactName,
    token: options.githubToken,
    directory,
    logger,
  });
  if (!artifact.found) return { reason: artifact.reason };

  const read = await readReportDirectory(artifact.directory);
  for (const line of read.skipped) logger.info(`Baseline: skipped ${line}.`);
  const { run } = artifact;
  const sha = run.headSha === null ? '' : ` @ ${run.headSha.slice(0, 7)}`;
  const label = `${run.branch}${sha} (run ${run.runNumber === null ? run.id : `#${run.runNumber}`})`;
  if (read.reports.length === 0) {
    return { reason: `the artifact "${artifact.artifactName}" of ${label} holds no report` };
  }
  return { reports: read.reports.map((r) => ({ ...r, label })) };
}
