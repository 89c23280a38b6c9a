import { describeError } from '../../errors.js';
import type { Logger } from '../../ports.js';
import type { CommentsClient } from './pr-comment.js';

/**
 * Whether the pull request already has a comment carrying `marker`, so `comment: on-change` can
 * keep an earlier comment current without starting one for a clean run. Null when it cannot tell
 * (the reason is logged); the caller then leaves the pull request alone.
 */
export async function hasMarkedComment(options: {
  octokit: CommentsClient;
  owner: string;
  repo: string;
  issueNumber: number;
  marker: string;
  logger: Logger;
}): Promise<boolean | null> {
  const { octokit, owner, repo, issueNumber, marker, logger } = options;
  try {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: issueNumber,
      per_page: 100,
    });
    return comments.some((comment) => comment.body?.includes(marker) ?? false);
  } catch (error: unknown) {
    logger.info(
      `Could not list the comments on ${owner}/${repo}#${issueNumber}: ${describeError(error)}. ` +
        'The results are in the job summary.',
    );
    return null;
  }
}
