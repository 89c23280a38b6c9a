import { describeError } from '../../errors.js';
import type { Logger } from '../../ports.js';
import { httpStatus } from './http-status.js';

/** GitHub refuses a longer comment body ("body is too long (maximum is 65536 characters)"). */
export const COMMENT_BODY_LIMIT = 65_536;

/** Who writes the comment when the workflow uses the default GITHUB_TOKEN. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

/** The fields of an issue comment we read (a subset of GitHub's response). */
export interface IssueComment {
  id: number;
  body?: string | undefined;
  html_url: string;
  user: { login: string; type?: string } | null;
}

// Type aliases, not interfaces: Octokit's parameter types carry an index signature.
type ListCommentsParams = { owner: string; repo: string; issue_number: number; per_page?: number };
type CreateCommentParams = { owner: string; repo: string; issue_number: number; body: string };
type UpdateCommentParams = { owner: string; repo: string; comment_id: number; body: string };
type ListComments = (params: ListCommentsParams) => Promise<{ data: IssueComment[] }>;

/** The part of an Octokit (e.g. from `getOctokit`) this adapter uses. */
export interface CommentsClient {
  rest: {
    issues: {
      listComments: ListComments;
      createComment(params: CreateCommentParams): Promise<{ data: IssueComment }>;
      updateComment(params: UpdateCommentParams): Promise<{ data: IssueComment }>;
    };
  };
  paginate(method: ListComments, params: ListCommentsParams): Promise<IssueComment[]>;
}

export interface UpsertCommentOptions {
  octokit: CommentsClient;
  owner: string;
  repo: string;
  issueNumber: number;
  /** Hidden HTML comment that identifies our comment, from `jobCommentMarker`. */
  marker: string;
  /** Markers of comments written by earlier versions, to update rather than duplicate. */
  earlierMarkers?: readonly string[];
  body: string;
  logger: Logger;
  /** Preferred author when several comments carry the marker; defaults to the Actions bot. */
  author?: string;
}

export interface UpsertCommentResult {
  action: 'created' | 'updated' | 'skipped';
  url: string | null;
  reason?: string;
  /** GitHub refused the token here (HTTP 403 or 404): a fork's read-only token, say. */
  refused?: boolean;
}

/** The body, marker included, is longer than GitHub accepts: the renderer should have cut it. */
export class CommentTooLongError extends Error {
  override readonly name = 'CommentTooLongError';
  constructor(
    readonly length: number,
    readonly limit: number,
  ) {
    super(
      `The pull request comment is ${length} characters with its marker; GitHub accepts at most ` +
        `${limit}. Truncate the markdown before posting it.`,
    );
  }
}

/**
 * The hidden marker of one workflow's job, e.g. `<!-- exbench:workflow=Bench%20PR;job=bench -->`,
 * with `;key=<comment-key>` for matrix legs that want a comment each. Keyed by where it runs, not
 * by which benchmarks ran, so a run with another set of files updates the same comment. Values are
 * percent-encoded, so neither `-->` nor the separators can occur inside them.
 */
export function jobCommentMarker(workflow: string, job: string, key: string): string {
  const encode = (value: string) => encodeURIComponent(value.trim());
  const keyPart = key.trim() === '' ? '' : `;key=${encode(key)}`;
  return `<!-- exbench:workflow=${encode(workflow)};job=${encode(job)}${keyPart} -->`;
}

/**
 * The marker exbench used before `jobCommentMarker`, for one workflow and benchmark, still looked
 * for so a pull request's earlier comment is updated (and takes the new marker) instead of left
 * stale beside a new one. For example
 * `<!-- exbench:workflow=Bench%20PR;benchmark=python-basics -->`. Values are percent-encoded, so
 * neither `-->` nor the `;` and `=` separators can occur inside them and no marker is a prefix of
 * another.
 */
export function commentMarker(workflow: string, benchmark: string): string {
  const encode = (value: string) => encodeURIComponent(value.trim());
  return `<!-- exbench:workflow=${encode(workflow)};benchmark=${encode(benchmark)} -->`;
}

/**
 * Creates the pull request comment carrying `marker`, or edits the one already there so a PR keeps
 * one comment per workflow and benchmark. Never throws for a failed request: a read-only token
 * (pull requests from forks and Dependabot get one) or a missing PR gives `skipped` with a notice
 * pointing at the job summary; other failures give `skipped` with a warning. Throws
 * `CommentTooLongError` before any request when the body is over GitHub's limit.
 */
export async function upsertPullRequestComment(options: UpsertCommentOptions): Promise<UpsertCommentResult> {
  const { octokit, owner, repo, issueNumber, marker, logger } = options;
  if (!/^<!--[\s\S]*-->$/.test(marker) || marker.slice(4, -3).includes('-->')) {
    throw new Error(`The comment marker must be one hidden HTML comment (got ${JSON.stringify(marker)}).`);
  }
  const body = options.body.includes(marker) ? options.body : `${options.body}\n\n${marker}`;
  // `length` counts UTF-16 units, never fewer than GitHub's characters, so this errs on the safe side.
  if (body.length > COMMENT_BODY_LIMIT) throw new CommentTooLongError(body.length, COMMENT_BODY_LIMIT);

  const where = `${owner}/${repo}#${issueNumber}`;
  let step = 'list the comments on';
  try {
    const existing = await findMarkedComment(options);
    if (existing) {
      step = 'update the comment on';
      logger.debug(`Updating comment ${existing.id} on ${where}.`);
      const { data } = await octokit.rest.issues.updateComment({
        owner,
        repo,
        comment_id: existing.id,
        body,
      });
      logger.info(`Updated the benchmark comment on ${where}: ${data.html_url}`);
      return { action: 'updated', url: data.html_url };
    }
    step = 'comment on';
    const { data } = await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: issueNumber,
      body,
    });
    logger.info(`Commented the benchmark results on ${where}: ${data.html_url}`);
    return { action: 'created', url: data.html_url };
  } catch (error: unknown) {
    const status = httpStatus(error);
    const reason = `${status === null ? '' : `HTTP ${status}: `}${describeError(error)}`;
    if (status === 403) {
      // Notice level: expected on forks and Dependabot, and the results are still published.
      logger.info(
        `Could not ${step} ${where} (${reason}). The token is read-only here (pull requests from forks ` +
          'and Dependabot get a read-only GITHUB_TOKEN) or lacks the "pull-requests: write" permission. ' +
          'The results are in the job summary.',
      );
      return { action: 'skipped', url: null, reason, refused: true };
    }
    if (status === 404) {
      logger.info(
        `Could not ${step} ${where} (${reason}): the pull request was not found or the token cannot see it. ` +
          'The results are in the job summary.',
      );
      return { action: 'skipped', url: null, reason, refused: true };
    }
    logger.warning(`Could not ${step} ${where}: ${reason}. The results are in the job summary.`);
    return { action: 'skipped', url: null, reason };
  }
}

/**
 * The comment an upsert would edit: among the pull request's comments carrying `marker`, the
 * preferred author's first (see `pickComment`). Undefined when there is none; request errors throw.
 */
export async function findMarkedComment(options: {
  octokit: CommentsClient;
  owner: string;
  repo: string;
  issueNumber: number;
  marker: string;
  earlierMarkers?: readonly string[];
  author?: string;
}): Promise<IssueComment | undefined> {
  const { octokit, owner, repo, issueNumber, marker } = options;
  const earlier = options.earlierMarkers ?? [];
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner,
    repo,
    issue_number: issueNumber,
    per_page: 100,
  });
  const author = options.author ?? ACTIONS_BOT_LOGIN;
  return (
    pickComment(comments, marker, author) ??
    earlier.map((old) => pickComment(comments, old, author)).find((c) => c !== undefined)
  );
}

/**
 * The comment to edit among those carrying the marker: the preferred author's first, then any bot's,
 * then anyone's; the oldest wins a tie so the comment keeps its place in the thread.
 */
function pickComment(comments: IssueComment[], marker: string, author: string): IssueComment | undefined {
  const rank = (comment: IssueComment) => {
    if (comment.user?.login === author) return 0;
    if (comment.user?.type === 'Bot') return 1;
    return 2;
  };
  let best: IssueComment | undefined;
  for (const comment of comments) {
    if (!comment.body?.includes(marker)) continue;
    if (best === undefined || rank(comment) < rank(best)) best = comment;
  }
  return best;
}
