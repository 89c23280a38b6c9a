import path from 'node:path';
import type { BenchmarkJobResult } from '../app/benchmark-job.js';
import { describeError } from '../errors.js';
import type { CommentMarker, GitHub } from '../ports.js';
import type { PublishPlan } from '../report/publish-plan.js';
import type { NoticeLogger } from './regression.js';

export interface PublishTarget {
  github: GitHub;
  logger: NoticeLogger;
  results: readonly BenchmarkJobResult[];
  artifactName: string;
  /** The folder the reports were written to; the artifact keeps their paths below it. */
  reportRoot: string;
  marker: CommentMarker;
}

/**
 * Uploads the artifact, then carries out the plan made with its URL (null when the upload failed or
 * there was nothing to upload): job summary, pull request comment. Each failure is a warning.
 */
export async function publish(
  makePlan: (artifactUrl: string | null) => PublishPlan,
  target: PublishTarget,
): Promise<PublishPlan> {
  const { github, logger, results } = target;
  let artifactUrl: string | null = null;
  if (results.length > 0) {
    await bestEffort('upload the reports', logger, async () => {
      artifactUrl = await github.uploadReports({
        name: target.artifactName,
        // The JSON report, or with other formats its whole folder (HTML, CSV, JUnit, …).
        files: results.flatMap((r) => r.reportFiles),
        rootDirectory: target.reportRoot,
      });
    });
  }
  const plan = makePlan(artifactUrl);
  await bestEffort('write the job summary', logger, () => github.writeSummary(plan.summary));
  await bestEffort('comment on the pull request', logger, () => comment(plan, target));
  return plan;
}

async function comment(plan: PublishPlan, { github, logger, marker }: PublishTarget): Promise<void> {
  const planned = plan.comment;
  if (planned.kind === 'skip') {
    const line = `No pull request comment: ${planned.reason}`;
    if (planned.level === 'notice') logger.notice(line);
    else logger.debug(line);
    return;
  }
  const pr = github.pullRequest();
  if (pr === null) {
    logger.debug('No pull request comment: this run was not started by a pull request.');
    return;
  }
  if (planned.kind === 'update-only' && (await github.hasComment(pr, marker)) !== true) {
    logger.info('No pull request comment: everything passed and there is no earlier comment to update.');
    return;
  }
  const outcome = await github.upsertComment(pr, marker, planned.body);
  if (outcome.refused) {
    logger.notice(
      `No pull request comment (${outcome.reason ?? 'refused'}): the token cannot write to this pull request, as on ` +
        'pull requests from forks. The results are in the job summary.',
    );
  }
}

async function bestEffort(what: string, logger: NoticeLogger, step: () => Promise<unknown>): Promise<void> {
  try {
    await step();
  } catch (error: unknown) {
    logger.warning(`Could not ${what}: ${describeError(error)}`);
  }
}

/** Report paths as the reader should see them: relative to the workspace. */
export function relativeReportPath(cwd: string, reportPath: string): string {
  return path.relative(cwd, reportPath) || reportPath;
}
