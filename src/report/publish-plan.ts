import type { CommentMode } from '../config/publish-settings.js';
import { renderComparisonMarkdown, type RenderedComparison } from './comparison-markdown.js';
import { renderMarkdown, type RenderedRun } from './markdown.js';
import { byteLength } from './markdown-text.js';

/** What decides how the results are published and whether the step fails. */
export interface PublishPolicy {
  comment: CommentMode;
  failOnError: boolean;
  failOnRegression: boolean;
}

export interface PublishInput {
  runs: readonly RenderedRun[];
  comparisons: readonly RenderedComparison[];
  /** The user's or the world's problems: a bad file, a model that could not be had. */
  problems: readonly string[];
  policy: PublishPolicy;
  /** What the run can comment on. */
  context: { pullRequest: boolean; hasToken: boolean };
  /** GitHub's limits, and the marker appended to the comment (with a blank line). */
  limits: { summaryBytes: number; commentChars: number };
  markerLength: number;
  /** Markdown of the accuracy trend from the history (see trend.ts), put under the results; '' for none. */
  trend?: string;
  /** The uploaded report artifact's page, linked from the results; null or absent for none. */
  artifactUrl?: string | null;
}

/**
 * post: create the comment or update ours. update-only: a clean run under `on-change` keeps an
 * earlier comment current but starts none. skip: say why, at `level`.
 */
export type CommentPlan =
  | { kind: 'post'; body: string }
  | { kind: 'update-only'; body: string }
  | { kind: 'skip'; level: 'debug' | 'notice'; reason: string };

export interface PublishPlan {
  /** The job summary. */
  summary: string;
  /** The comment's markdown, also the step's `summary` output. */
  commentBody: string;
  comment: CommentPlan;
  /** Problems and regressions the policy lets pass: warnings, not failures. */
  warnings: string[];
  /** Why the step fails, one problem or regression a line; null when it passes. */
  failure: string | null;
}

/** Room left in the job summary for the line ending it appends. */
const SUMMARY_SLACK_BYTES = 64;

/**
 * How to publish a finished run: the markdown for the summary and the comment within GitHub's
 * limits, whether and how to comment, and whether the step fails (after publishing) and why.
 */
export function planPublishing(input: PublishInput): PublishPlan {
  const { runs, comparisons, problems, policy } = input;
  const commentBody = withTrend(
    input.trend ?? '',
    input.limits.commentChars - input.markerLength - 2,
    (max) => composeMarkdown(runs, comparisons, problems, max, input.artifactUrl ?? null),
  );
  const regressions = regressionLines(comparisons);
  const warnings: string[] = [];
  const failures: string[] = [];
  if (policy.failOnError) failures.push(...problems);
  else warnings.push(...problems.map((problem) => `${problem} (not failing: fail-on-error is false)`));
  if (regressions.length > 0) {
    if (policy.failOnRegression) failures.push(...regressions);
    else warnings.push(`Regression (not failing: fail-on-regression is false):\n${regressions.join('\n')}`);
  }
  return {
    summary: withTrend(input.trend ?? '', input.limits.summaryBytes - SUMMARY_SLACK_BYTES, (max) =>
      composeMarkdown(runs, comparisons, problems, max, input.artifactUrl ?? null),
    ),
    commentBody,
    comment: planComment(input, commentBody),
    warnings,
    failure: failures.length > 0 ? failures.join('\n') : null,
  };
}

/**
 * The results with the trend under them. The trend gives way first: it is left out when it would
 * take more than a quarter of the room.
 */
function withTrend(trend: string, maxLength: number, compose: (maxLength: number) => string): string {
  const size = byteLength(trend) + 1;
  if (trend === '' || size > maxLength / 4) return compose(maxLength);
  return `${compose(maxLength - size)}\n${trend}`;
}

/**
 * `comment: on-change` posts when something needs a look; a clean run only updates a comment
 * posted earlier, so it never goes stale, and never starts a new one.
 */
function planComment(input: PublishInput, body: string): CommentPlan {
  if (input.policy.comment === 'false') {
    return { kind: 'skip', level: 'debug', reason: 'the comment input is false.' };
  }
  if (!input.context.pullRequest) {
    return { kind: 'skip', level: 'debug', reason: 'this run was not started by a pull request.' };
  }
  if (!input.context.hasToken) {
    return {
      kind: 'skip',
      level: 'notice',
      reason: 'the github-token input is empty. The results are in the job summary.',
    };
  }
  if (input.policy.comment === 'on-change' && !needsAttention(input)) return { kind: 'update-only', body };
  return { kind: 'post', body };
}

/**
 * A row did not pass, a model could not be run, a file was bad, something regressed, or a model
 * could not be judged because the server failed too many rows.
 */
function needsAttention({ runs, problems, comparisons }: PublishInput): boolean {
  const flagged = comparisons.some(
    ({ comparison }) => comparison.regressed || comparison.inconclusive.length > 0,
  );
  if (problems.length > 0 || flagged) return true;
  return runs.some(({ run }) =>
    run.models.some(
      (model) =>
        model.status !== 'completed' ||
        model.rows.some((row) => row.status !== 'passed' && row.status !== 'answered'),
    ),
  );
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
  runs: readonly RenderedRun[],
  comparisons: readonly RenderedComparison[],
  problems: readonly string[],
  maxLength: number,
  artifactUrl: string | null,
): string {
  const options = { problems: [...problems], artifactUrl };
  if (comparisons.length === 0) return renderMarkdown(runs, { maxLength, ...options });
  const heading = '## exbench: comparison with the baseline\n\n';
  const separator = '\n';
  // The results' tables are never cut, so the comparison leaves room for them at their leanest.
  const leanest = renderMarkdown(runs, { maxLength: 0, ...options });
  const comparisonBudget = Math.max(0, maxLength - byteLength(leanest) - byteLength(heading + separator));
  const comparison = heading + renderComparisonMarkdown(comparisons, { maxLength: comparisonBudget });
  const remaining = maxLength - byteLength(comparison + separator);
  return comparison + separator + renderMarkdown(runs, { maxLength: remaining, ...options });
}
