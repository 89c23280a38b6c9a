import type { BenchmarkFile } from '../config/benchmark-file.js';
import { describeError } from '../errors.js';
import type { ReportStore, RunJournal } from '../ports.js';
import { buildJsonReport, type ReportMeta } from '../report/json-report.js';
import type { Report } from '../report/report-schema.js';
import { reportFileStem } from '../report/report-file-name.js';
import { reportFolderFiles } from '../report/report-folder.js';
import { onlyJson } from '../config/report-formats.js';
import { streamJson } from '../report/stream-json.js';
import { redactDeep, type Redact } from '../core/redact.js';
import { runBenchmark, type RunPorts } from '../core/run-benchmark.js';
import type { BenchmarkRun, RunSettings } from '../core/types.js';
import { shardBenchmark } from './shard.js';
import {
  bothObservers,
  journalHeader,
  resumeJournal,
  startJournal,
  type OpenedJournal,
} from './run-journal.js';
import type { PriorResults } from '../core/prior-results.js';

export interface BenchmarkJobResult {
  run: BenchmarkRun;
  report: Report;
  /** The JSON report. */
  reportPath: string;
  /** Every file written: the JSON report alone, or the whole folder of formats (JSON report first). */
  reportFiles: string[];
}

/**
 * Runs a benchmark and writes its report; the one sequence the CLI and the action share. The run
 * comes back with every secret redacted (`redact`), so neither the report nor anything rendered
 * from the run can carry one. The report is written only after runBenchmark returned, that is after
 * every snippet of the run is dead, also when the run was interrupted.
 */
export async function runBenchmarkJob(
  benchmark: BenchmarkFile,
  settings: RunSettings,
  ports: RunPorts & {
    reports: ReportStore;
    redact: Redact;
    /** Where the report goes when `reports` fails at the end (the system's temporary folder). */
    fallbackReports?: ReportStore;
    /** Journal each finished result beside the report (see run-journal.ts), when `reports` can. */
    journal?: boolean;
    /**
     * The journal of a stopped run to finish (`--resume`): its results that stand are not asked
     * again, and the report is written beside it, replacing one there. `reports` is its folder.
     */
    resume?: RunJournal;
  },
  /** May still be coming (a machine fingerprint probed while the rows run); awaited after the run. */
  meta: ReportMeta | PromiseLike<ReportMeta>,
): Promise<BenchmarkJobResult> {
  for (const key of benchmark.unknownKeys) {
    ports.logger.warning(`${benchmark.fileName}: unknown field "${key}" is ignored`);
  }
  // Found out now, not after every row has run.
  await ports.reports.prepare();
  const sharded = settings.shard === null ? null : shardBenchmark(benchmark, settings.shard);
  const opened = await openJournal(benchmark, settings, ports);
  try {
    const observer = opened === null ? ports.observer : bothObservers(opened.observer, ports.observer);
    const run = redactDeep(
      await runBenchmark(sharded?.benchmark ?? benchmark, settings, {
        ...ports,
        ...(observer ? { observer } : {}),
        ...(opened?.prior ? { prior: opened.prior } : {}),
      }),
      ports.redact,
    );
    const report = redactDeep(
      buildJsonReport(run, sharded === null ? await meta : { ...(await meta), shard: sharded.record }),
      ports.redact,
    );
    // With a journal the report goes beside it, under its name.
    const stem = opened?.journal.reportStem ?? reportFileStem(benchmark.benchmarkName, run.startedAt);
    const write = async (store: ReportStore): Promise<string[]> =>
      onlyJson(settings.formats)
        ? [
            // A resumed run's report takes the place of the one its interruption wrote.
            ports.resume && store === ports.reports && store.replace
              ? await store.replace(stem, streamJson(report))
              : await store.write(stem, streamJson(report)),
          ]
        : await store.writeFolder(
            stem,
            reportFolderFiles(report, settings.formats, stem).map((file) => ({
              name: file.name,
              chunks: file.render(),
            })),
          );
    let reportFiles: string[];
    try {
      reportFiles = await write(ports.reports);
    } catch (error: unknown) {
      if (!ports.fallbackReports) throw error;
      ports.logger.error(
        `could not write the report to ${ports.reports.location} (${describeError(error)}); writing it to ${ports.fallbackReports.location} instead`,
      );
      reportFiles = await write(ports.fallbackReports);
      ports.logger.warning(`the report is at ${reportFiles[0] ?? ports.fallbackReports.location}`);
    }
    // The JSON report comes first in either layout.
    const reportPath = reportFiles[0] ?? '';
    return { run, report, reportPath, reportFiles };
  } catch (error: unknown) {
    // A run that failed before its first result (the server unreachable) leaves no journal behind.
    if (opened !== null && opened.prior === undefined && opened.written() === 0)
      await opened.journal.discard();
    throw error;
  } finally {
    await opened?.journal.close();
  }
}

/** The run's journal: the one resumed, or a new one when asked for and the report store can keep it. */
async function openJournal(
  benchmark: BenchmarkFile,
  settings: RunSettings,
  ports: RunPorts & { reports: ReportStore; redact: Redact; journal?: boolean; resume?: RunJournal },
): Promise<(OpenedJournal & { prior?: PriorResults }) | null> {
  const startedAt = ports.clock.date();
  const header = journalHeader(benchmark, settings, startedAt);
  if (ports.resume) {
    const opened = await resumeJournal(ports.resume, header, ports.redact);
    ports.logger.info(`resuming the run journaled in ${ports.resume.path}`);
    return opened;
  }
  if (ports.journal !== true || !ports.reports.createJournal) return null;
  const journal = await ports.reports.createJournal(reportFileStem(benchmark.benchmarkName, startedAt));
  return startJournal(journal, header, ports.redact);
}

/** The file's options overridden by the caller's. */
export function mergeOptions(
  benchmark: BenchmarkFile,
  overrides: RunSettings['options'],
): RunSettings['options'] {
  return { ...benchmark.options, ...overrides };
}
