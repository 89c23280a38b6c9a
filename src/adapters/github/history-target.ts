import { context as actionsContext } from '@actions/github';
import type { RunOrigin } from '../../report/history-index.js';

/** Where this workflow run's history goes and what it records about the run. */
export interface HistoryTarget {
  /** `<server>/<owner>/<repo>.git`: github.com, a GitHub Enterprise server, or a `file://` remote. */
  remote: string;
  origin: RunOrigin;
  /** Null when this run is recorded; else why not (a pull request, another branch). */
  notRecorded: string | null;
}

/** Events whose runs are history: the default branch's pushes, schedules and manual runs on it. */
const RECORDED_EVENTS = new Set(['push', 'schedule', 'workflow_dispatch']);

/**
 * The history target of this run, from the runner's variables and the event payload. Runs of
 * pull requests and of branches other than the default one are not recorded: they would mix
 * unmerged code into the trend.
 */
export function historyTarget(
  env: Readonly<Record<string, string | undefined>> = process.env,
  event: { eventName: string; payload: unknown } = actionsContext,
): HistoryTarget {
  const server = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
  const repository = env.GITHUB_REPOSITORY ?? '';
  const runId = env.GITHUB_RUN_ID ?? '';
  const ref = env.GITHUB_REF ?? null;
  const repo = field(event.payload, 'repository');
  const defaultBranch = field(repo, 'default_branch');
  const onDefault = typeof defaultBranch === 'string' && ref === `refs/heads/${defaultBranch}`;
  let notRecorded: string | null = null;
  if (!RECORDED_EVENTS.has(event.eventName)) {
    notRecorded = `"${event.eventName}" runs are not recorded, only the default branch's pushes, schedules and manual runs`;
  } else if (event.eventName !== 'schedule' && !onDefault) {
    notRecorded = `${ref ?? 'this ref'} is not the default branch${typeof defaultBranch === 'string' ? ` (${defaultBranch})` : ''}`;
  }
  return {
    remote: `${server}/${repository}.git`,
    origin: {
      commit: env.GITHUB_SHA ?? null,
      ref,
      runUrl:
        repository !== '' && runId !== '' && /^https?:/.test(server)
          ? `${server}/${repository}/actions/runs/${runId}`
          : null,
    },
    notRecorded,
  };
}

function field(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  return (value as Record<string, unknown>)[key];
}
