import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { RUNNER_ENV } from '../../constants.js';
import type { CommentMarker, CommentOutcome, GitHub, Logger, PullRequestRef } from '../../ports.js';
import { artifactPageUrl, uploadReports } from './artifact-store.js';
import { hasMarkedComment } from './existing-comment.js';
import { JOB_SUMMARY_LIMIT_BYTES, writeJobSummary } from './job-summary.js';
import {
  COMMENT_BODY_LIMIT,
  commentMarker,
  jobCommentMarker,
  upsertPullRequestComment,
} from './pr-comment.js';
import { pullRequestContext } from './pull-request-context.js';

/** GitHub through @actions/core, @actions/artifact and Octokit, as the action's runner provides them. */
export class ActionsGitHub implements GitHub {
  readonly limits = { summaryBytes: JOB_SUMMARY_LIMIT_BYTES, commentChars: COMMENT_BODY_LIMIT };

  constructor(
    private readonly token: string,
    private readonly logger: Logger,
    /** The `comment-key` input: matrix legs that want a comment each give each leg its own. */
    private readonly commentKey = '',
  ) {}

  pullRequest(): PullRequestRef | null {
    const pr = pullRequestContext();
    return pr === null ? null : { owner: pr.owner, repo: pr.repo, number: pr.number };
  }

  commentMarker(benchmarkNames: readonly string[]): CommentMarker {
    const workflow = process.env[RUNNER_ENV.workflow] ?? '';
    return {
      current: jobCommentMarker(workflow, process.env[RUNNER_ENV.job] ?? '', this.commentKey),
      earlier: benchmarkNames.length === 0 ? [] : [commentMarker(workflow, benchmarkNames.join(', '))],
    };
  }

  async uploadReports(request: {
    name: string;
    files: string[];
    rootDirectory: string;
  }): Promise<string | null> {
    const uploaded = await uploadReports({ ...request, logger: this.logger });
    return uploaded?.id == null ? null : artifactPageUrl(uploaded.id);
  }

  async writeSummary(markdown: string): Promise<void> {
    await writeJobSummary(markdown, this.logger);
  }

  hasComment(pr: PullRequestRef, marker: CommentMarker): Promise<boolean | null> {
    return hasMarkedComment({
      ...this.target(pr),
      marker: marker.current,
      earlierMarkers: marker.earlier,
      logger: this.logger,
    });
  }

  async upsertComment(pr: PullRequestRef, marker: CommentMarker, body: string): Promise<CommentOutcome> {
    const result = await upsertPullRequestComment({
      ...this.target(pr),
      marker: marker.current,
      earlierMarkers: marker.earlier,
      body,
      logger: this.logger,
    });
    return { action: result.action, refused: result.refused === true, reason: result.reason ?? null };
  }

  setOutputs(outputs: Readonly<Record<string, string>>): void {
    for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
  }

  saveState(name: string, value: string): void {
    core.saveState(name, value);
  }

  private target(pr: PullRequestRef) {
    return { octokit: getOctokit(this.token), owner: pr.owner, repo: pr.repo, issueNumber: pr.number };
  }
}
