import { createHash } from 'node:crypto';
import { ExternalError } from '../errors.js';
import type { BranchChange, HistoryBranch } from '../ports.js';
import { renderDashboard } from '../report/dashboard-page.js';
import {
  appendToHistory,
  EMPTY_HISTORY,
  historyEntry,
  readHistoryIndex,
  type HistoryIndex,
  type RunOrigin,
} from '../report/history-index.js';
import { reportFileStem } from '../report/report-file-name.js';
import type { Report } from '../report/report-schema.js';

/** A report to add to the history, with where its run came from. */
export interface HistoryRun {
  report: Report;
  origin: RunOrigin;
}

/** The site's files, relative to its folder: the data index, the stored reports and index.html. */
export const INDEX_FILE = 'data/index.json';

/**
 * A stored report's id: its benchmark and start time (as report files are named) and a short hash
 * of its contents, so two jobs that start in the same second never take one id.
 */
export function historyId(report: Report, compact: string): string {
  const hash = createHash('sha256').update(compact, 'utf8').digest('hex').slice(0, 8);
  return `${reportFileStem(report.benchmark_name, new Date(report.started_at))}_${hash}`;
}

/**
 * The change that adds `runs` to a site whose index is `index`: each report stored compact (one
 * line, already redacted when it was written), the index updated and cut to `maxHistory` runs per
 * benchmark (the reports of runs cut are removed), and the dashboard rewritten with the index in it.
 */
export function addRuns(
  index: HistoryIndex,
  runs: readonly HistoryRun[],
  maxHistory: number,
  title?: string,
): { index: HistoryIndex; write: Record<string, string>; remove: string[] } {
  const write: Record<string, string> = {};
  const remove = new Set<string>();
  let current = index;
  for (const { report, origin } of runs) {
    const compact = JSON.stringify(report);
    const entry = historyEntry(report, historyId(report, compact), origin);
    write[`data/${entry.report}`] = `${compact}\n`;
    const appended = appendToHistory(current, entry, maxHistory);
    current = appended.index;
    for (const dropped of appended.dropped) remove.add(`data/${dropped}`);
  }
  for (const file of remove) delete write[file];
  write[INDEX_FILE] = `${JSON.stringify(current)}\n`;
  write['index.html'] = renderDashboard(current, title === undefined ? {} : { title });
  return { index: current, write, remove: [...remove] };
}

/** Parses the index text read from a site; an index that is not one is the world's problem, named. */
export function parseIndexText(text: string | null, where: string): HistoryIndex {
  if (text === null) return EMPTY_HISTORY;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error: unknown) {
    throw new ExternalError(`${where} is not JSON (${String(error)}); fix or remove it to go on`);
  }
  const read = readHistoryIndex(value);
  if (!read.ok) throw new ExternalError(`${where} is not an exbench history index: ${read.problem}`);
  return read.index;
}

/**
 * Adds the runs to the history on `branch` under `dir` (`.` for the branch's root), retrying on the
 * newest commit when another job pushed first; the branch is created when missing.
 */
export async function publishHistory(
  branch: HistoryBranch,
  runs: readonly HistoryRun[],
  options: { dir: string; maxHistory: number; title?: string },
): Promise<{ commit: string; attempts: number; created: boolean; runs: number }> {
  const prefix = options.dir === '' || options.dir === '.' ? '' : `${options.dir.replace(/\/+$/, '')}/`;
  let stored = 0;
  const result = await branch.update(async (files): Promise<BranchChange> => {
    const index = parseIndexText(await files.read(`${prefix}${INDEX_FILE}`), `${prefix}${INDEX_FILE}`);
    const change = addRuns(index, runs, options.maxHistory, options.title);
    stored = change.index.entries.length;
    return {
      write: Object.fromEntries(
        Object.entries(change.write).map(([file, text]) => [`${prefix}${file}`, text]),
      ),
      remove: change.remove.map((file) => `${prefix}${file}`),
      message: `exbench: add ${runs.map((r) => r.report.benchmark_name).join(', ')} (${runs.length} run${runs.length === 1 ? '' : 's'})`,
    };
  });
  return { ...result, runs: stored };
}
