import { context as actionsContext } from '@actions/github';

export interface PullRequestContext {
  /** The repository the pull request targets, where its comments live. */
  owner: string;
  repo: string;
  number: number;
  /**
   * Whether the head branch lives in another repository. On `pull_request` that means a read-only
   * token; on `pull_request_target` the token can write even for forks.
   */
  isFork: boolean;
  /** The last commit of the head branch (not the merge commit that `GITHUB_SHA` names). */
  headSha: string;
  /** The branch the pull request merges into (`pull_request.base.ref`); null when the payload lacks it. */
  baseRef: string | null;
}

/** What we read from `@actions/github`'s `context`. */
export interface EventContext {
  eventName: string;
  payload: unknown;
}

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

/**
 * The pull request that triggered this run, from the event payload (`GITHUB_EVENT_PATH`), or null
 * when the event is not `pull_request`/`pull_request_target` or its payload lacks the fields.
 */
export function pullRequestContext(context: EventContext = actionsContext): PullRequestContext | null {
  if (!PULL_REQUEST_EVENTS.has(context.eventName)) return null;
  const pullRequest = field(context.payload, 'pull_request');
  const number = field(pullRequest, 'number');
  const head = field(pullRequest, 'head');
  const headSha = field(head, 'sha');
  const base = field(pullRequest, 'base');
  const baseRepo = field(base, 'repo');
  const owner = field(field(baseRepo, 'owner'), 'login');
  const repo = field(baseRepo, 'name');
  if (typeof number !== 'number' || !Number.isInteger(number) || number <= 0) return null;
  if (typeof headSha !== 'string' || typeof owner !== 'string' || typeof repo !== 'string') return null;
  // A head repository that was deleted comes as null; it was a fork.
  const headRepoName = field(field(head, 'repo'), 'full_name');
  const isFork =
    typeof headRepoName !== 'string' || headRepoName.toLowerCase() !== `${owner}/${repo}`.toLowerCase();
  const baseRef = field(base, 'ref');
  return {
    owner,
    repo,
    number,
    isFork,
    headSha,
    baseRef: typeof baseRef === 'string' && baseRef !== '' ? baseRef : null,
  };
}

function field(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  return (value as Record<string, unknown>)[key];
}
