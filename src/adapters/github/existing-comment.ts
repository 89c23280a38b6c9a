import { describeError } from '../../errors.js';
import type { Logger } from '../../ports.js';
import { findMarkedComment, type CommentsClient } from './pr-comment.js';

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
  earlierMarkers?: readonly string[];
  logger: Logger;
}): Promise<boolean | null> {
  const { owner, repo, issueNumber, logger } = options;
  try {
    return (await findMarkedComment(options)) !== undefined;
  } catch (error: unknown) {
    logger.info(
      `Could not list the comments on ${owner}/${repo}#${issueNumber}: ${describeError(error)}. ` +
        'The results are in the job summary.',
    );
    return null;
  }
}
