import { GitHistoryBranch } from '../adapters/git/git-history-branch.js';
import { historyTarget, type HistoryTarget } from '../adapters/github/history-target.js';
import { INDEX_FILE, parseIndexText, publishHistory } from '../app/history-site.js';
import { describeError } from '../errors.js';
import type { Logger } from '../ports.js';
import type { HistoryIndex } from '../report/history-index.js';
import type { Report } from '../report/report-schema.js';
import { renderTrend } from '../report/trend.js';
import type { ActionSettings } from './inputs.js';

/** The history branch as the action uses it; null when `publish` is empty. */
export interface ActionHistory {
  target: HistoryTarget;
  branch: GitHistoryBranch;
  dir: string;
}

export function actionHistory(settings: ActionSettings, logger: Logger): ActionHistory | null {
  if (settings.publish === '') return null;
  const target = historyTarget();
  return {
    target,
    branch: new GitHistoryBranch({
      remote: target.remote,
      branch: settings.publish,
      token: settings.githubToken,
      logger,
    }),
    dir: settings.publishDir,
  };
}

/** The comment's trend from the history; '' when there is none or it cannot be read (a warning). */
export async function readTrend(
  history: ActionHistory | null,
  reports: readonly Report[],
  logger: Logger,
): Promise<string> {
  if (history === null || reports.length === 0) return '';
  const file = `${history.dir === '.' || history.dir === '' ? '' : `${history.dir.replace(/\/+$/, '')}/`}${INDEX_FILE}`;
  try {
    const index: HistoryIndex = parseIndexText(await history.branch.read(file), file);
    return renderTrend(index, reports);
  } catch (error: unknown) {
    logger.warning(`Could not read the history for the trend: ${describeError(error)}`);
    return '';
  }
}

/** Stores the reports on the history branch when this run is recorded; a failure is a warning. */
export async function recordHistory(
  history: ActionHistory | null,
  reports: readonly Report[],
  maxHistory: number,
  logger: Logger,
): Promise<void> {
  if (history === null || reports.length === 0) return;
  if (history.target.notRecorded !== null) {
    logger.info(`History not recorded: ${history.target.notRecorded}.`);
    return;
  }
  try {
    const result = await publishHistory(
      history.branch,
      reports.map((report) => ({ report, origin: history.target.origin })),
      { dir: history.dir, maxHistory },
    );
    logger.info(
      `History: ${result.runs} run(s) on the branch${result.created ? ' (created)' : ''}, commit ${result.commit.slice(0, 12)}.`,
    );
  } catch (error: unknown) {
    logger.warning(`Could not record the history: ${describeError(error)}`);
  }
}
